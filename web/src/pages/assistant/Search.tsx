import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiClient } from '../../api/client';
import { search, type SearchHit } from '../../api/conversations';
import { useT } from '../../i18n';
import { navigate } from '../../router';
import { explain, Field, Link, Notice, Screen } from '../../ui';
import { whenText } from './common';
import { useLocale, useZone } from './live';
import { snippetPieces } from './snippet';

/**
 * Search in the person's messages (`?q=` in the address, so a search can be reopened). The
 * snippet comes HTML-escaped with `<mark>` around matches: it is split and decoded into text and
 * `<mark>` elements, never inserted as HTML.
 */
export function Search({ api, query }: { api: ApiClient; query: URLSearchParams }) {
  const t = useT();
  const zone = useZone();
  const locale = useLocale();
  const q = query.get('q') ?? '';
  const field = useRef<HTMLInputElement>(null);
  const [hits, setHits] = useState<{ q: string; items: readonly SearchHit[] } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (q.trim() === '') return;
    let live = true;
    void search(api, q).then((result) => {
      if (!live) return;
      if (result.ok) {
        setHits({ q, items: result.value.items });
        setErrors({});
        setError(null);
      } else {
        const explained = explain(result, t, ['q']);
        setErrors(explained.fields);
        setError(explained.fields.q === undefined ? explained.notice : null);
        setHits(null);
      }
    });
    return () => {
      live = false;
    };
  }, [api, q, t]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    if (wanted === '') {
      setErrors({ q: [t('search.empty')] });
      field.current?.focus();
      return;
    }
    navigate(`/search?q=${encodeURIComponent(wanted)}`, { replace: true });
  }

  const shown = hits !== null && hits.q === q ? hits.items : null;
  return (
    <Screen title={t('search.title')}>
      {error !== null && <Notice kind="error">{error}</Notice>}
      <form className="add" role="search" onSubmit={submit} noValidate>
        <Field ref={field} key={q} label={t('search.label')} name="q" type="search" defaultValue={q} maxLength={200} autoComplete="off" errors={errors.q} />
        <button type="submit" className="button">
          {t('search.submit')}
        </button>
      </form>
      <div role="status">
        {shown !== null && <p className="hint">{shown.length === 0 ? t('search.none', { q }) : t('search.count', { count: shown.length, q })}</p>}
      </div>
      {shown !== null && shown.length > 0 && (
        <ul className="hits">
          {shown.map((hit) => (
            <li key={hit.messageId} className="hit">
              <p className="meta">
                {t(hit.author === 'user' ? 'conversation.you' : hit.author === 'assistant' ? 'conversation.assistant' : 'conversation.system')}
                {' · '}
                <time dateTime={hit.createdAt}>{whenText(t, hit.createdAt, zone, locale)}</time>
              </p>
              <p className="snippet">
                {snippetPieces(hit.snippet).map((piece, index) => (piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
              </p>
              <Link href={`/conversation/${encodeURIComponent(hit.conversationId)}`}>{t('search.open')}</Link>
            </li>
          ))}
        </ul>
      )}
    </Screen>
  );
}
