import { useEffect, useRef, useState } from 'react';
import type { ApiClient, ApiResult } from '../api/client';
import { problemKind } from '../api/problem';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { Link, Notice, Screen } from '../ui';

type State = { kind: 'working' } | { kind: 'done'; ok: boolean; message: MessageKey };

/** The page the verification email links to (`/verify-email?token=...`): it sends the token once, at once. */
export function VerifyEmail({ api, token }: { api: ApiClient; token: string | null }) {
  const t = useT();
  const [state, setState] = useState<State>(
    token === null || token === '' ? { kind: 'done', ok: false, message: 'verify.missing' } : { kind: 'working' },
  );

  // A token works once: the request is made once per page, even when React runs the effect twice.
  const sent = useRef<Promise<ApiResult<null>> | null>(null);

  useEffect(() => {
    if (token === null || token === '') return;
    let live = true;
    sent.current ??= api.verifyEmail(token);
    void sent.current.then((result) => {
      if (!live) return;
      if (result.ok) setState({ kind: 'done', ok: true, message: 'verify.ok' });
      else if (result.status === 0) setState({ kind: 'done', ok: false, message: 'common.networkError' });
      else if (result.status >= 500 || result.status === 429) setState({ kind: 'done', ok: false, message: 'common.unexpected' });
      else
        setState({
          kind: 'done',
          ok: false,
          message: problemKind(result.problem) === 'invalid-or-expired-token' ? 'verify.invalid' : 'verify.missing',
        });
    });
    return () => {
      live = false;
    };
  }, [api, token]);

  return (
    <Screen title={t('verify.title')}>
      {state.kind === 'working' ? (
        <Notice kind="info">{t('common.working')}</Notice>
      ) : (
        <>
          <Notice kind={state.ok ? 'ok' : 'error'}>{t(state.message)}</Notice>
          <Link className="button primary" href={api.signedIn ? '/today' : '/login'}>
            {api.signedIn ? t('notFound.home') : t('common.toLogin')}
          </Link>
        </>
      )}
    </Screen>
  );
}
