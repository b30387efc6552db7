import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ApiClient } from '../../api/client';
import {
  archiveConversation,
  getConversation,
  listConversations,
  listMessages,
  postMessage,
  startConversation,
  thread,
  type Conversation as ConversationData,
  type Message,
} from '../../api/conversations';
import type { LiveEvent } from '../../api/events';
import { useT } from '../../i18n';
import { navigate } from '../../router';
import { explain, Link, Notice, Screen } from '../../ui';
import { refusal, whenText } from './common';
import { merge } from './messages';
import { useLiveEvents, useLoad, useLocale, useZone } from './live';

function isMessage(data: unknown): data is Message {
  return typeof data === 'object' && data !== null && 'id' in data && 'conversationId' in data && 'body' in data;
}

function messageOf(event: LiveEvent): Message | null {
  return event.type === 'message.created' && 'data' in event && isMessage(event.data) ? event.data : null;
}

/**
 * The conversation with the assistant: the newest web conversation (or the one of the path),
 * oldest message at the top; one field to write. The assistant answers before the post returns
 * and its reply comes on /events, into the log, without a reload. A first message starts a
 * conversation when there is none.
 */
export function Conversation({ api, id }: { api: ApiClient; id?: string }) {
  const t = useT();
  const zone = useZone();
  const locale = useLocale();
  const [conversation, setConversation] = useState<ConversationData | 'none' | null>(null);
  const [messages, setMessages] = useState<readonly Message[]>([]);
  const [earlier, setEarlier] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = conversation !== null && conversation !== 'none' ? conversation : null;
  const currentId = current?.id ?? null;

  const loadLatest = useCallback(
    async (conversationId: string) => {
      const result = await listMessages(api, conversationId);
      if (result.ok) {
        setMessages((present) => merge(present, result.value.items));
        setEarlier((before) => before ?? result.value.nextCursor);
      } else setError(refusal(result, t));
    },
    [api, t],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      if (id !== undefined) {
        const found = await getConversation(api, id);
        if (!live) return;
        if (!found.ok) {
          setConversation('none');
          setError(refusal(found, t));
          return;
        }
        setConversation(found.value);
        await loadLatest(found.value.id);
        return;
      }
      const list = await listConversations(api, false);
      if (!live) return;
      if (!list.ok) {
        setConversation('none');
        setError(refusal(list, t));
        return;
      }
      const newest = list.value.items.find((item) => item.channel === 'web');
      setConversation(newest ?? 'none');
      if (newest !== undefined) await loadLatest(newest.id);
    })();
    return () => {
      live = false;
    };
  }, [api, id, loadLatest, t]);

  useLiveEvents(api, (event) => {
    const message = messageOf(event);
    if (message !== null && message.conversationId === currentId) setMessages((present) => merge(present, [message]));
    // A stream (re)opened: what came meanwhile is read again.
    if (event.type === 'open' && currentId !== null) void loadLatest(currentId);
  });

  async function showEarlier() {
    if (currentId === null || earlier === null) return;
    const result = await listMessages(api, currentId, earlier);
    if (result.ok) {
      setMessages((present) => merge(present, result.value.items));
      setEarlier(result.value.nextCursor);
    } else setError(refusal(result, t));
  }

  async function send(body: string): Promise<string | null> {
    let target = current;
    if (target === null) {
      const started = await startConversation(api);
      if (!started.ok) return refusal(started, t);
      target = started.value;
      setConversation(started.value);
    }
    const result = await postMessage(api, target.id, body);
    if (result.ok) {
      setMessages((present) => merge(present, [result.value]));
      setError(null);
      return null;
    }
    return explain(result, t, ['body']).fields.body?.join(' ') ?? refusal(result, t);
  }

  const replies = new Map<string, number>();
  for (const message of messages) if (message.replyTo !== null) replies.set(message.replyTo, (replies.get(message.replyTo) ?? 0) + 1);
  return (
    <Screen title={t('conversation.title')}>
      <p className="greeting">{t('conversation.intro')}</p>
      {error !== null && <Notice kind="error">{error}</Notice>}
      {conversation === null ? (
        <p aria-live="polite">{t('conversation.loading')}</p>
      ) : (
        <>
          {earlier !== null && (
            <button type="button" className="link" onClick={() => void showEarlier()}>
              {t('conversation.earlier')}
            </button>
          )}
          <MessageLog
            messages={messages}
            zone={zone}
            locale={locale}
            threadLink={(message) =>
              currentId !== null && (replies.get(message.id) ?? 0) > 0 ? `/conversation/${encodeURIComponent(currentId)}/thread/${encodeURIComponent(message.id)}` : null
            }
            empty={t('conversation.empty')}
          />
          {current?.archived === true ? <p className="hint">{t('conversation.archivedNote')}</p> : <Composer onSend={send} label={t('conversation.field')} />}
        </>
      )}
      <p className="secondary">
        <Link href="/conversations">{t('conversations.title')}</Link>
        {' · '}
        <Link href="/search">{t('search.title')}</Link>
      </p>
    </Screen>
  );
}

/** The messages as a log a screen reader follows politely, oldest at the top. */
function MessageLog({
  messages,
  zone,
  locale,
  threadLink,
  empty,
}: {
  messages: readonly Message[];
  zone: string;
  locale: string;
  threadLink: (message: Message) => string | null;
  empty: string;
}) {
  const t = useT();
  const end = useRef<HTMLLIElement>(null);
  const last = messages.at(-1)?.id;
  useEffect(() => {
    if (last !== undefined) end.current?.scrollIntoView({ block: 'nearest' });
  }, [last]);
  return (
    <div role="log" aria-live="polite" aria-label={t('conversation.log')}>
      <ol className="messages">
      {messages.length === 0 && <li className="empty">{empty}</li>}
      {messages.map((message) => {
        const link = threadLink(message);
        return (
          <li key={message.id} className={`message ${message.author}`} ref={message.id === last ? end : undefined}>
            <p className="meta">
              <span className="author">{t(message.author === 'user' ? 'conversation.you' : message.author === 'assistant' ? 'conversation.assistant' : 'conversation.system')}</span>{' '}
              <time dateTime={message.createdAt}>{whenText(t, message.createdAt, zone, locale)}</time>
            </p>
            <p className="body">{message.body}</p>
            {link !== null && (
              <Link className="thread-link" href={link}>
                {t('conversation.thread')}
              </Link>
            )}
          </li>
        );
      })}
      </ol>
    </div>
  );
}

/** One field to write; Enter sends, Shift+Enter goes to a new line. */
function Composer({ onSend, label }: { onSend: (body: string) => Promise<string | null>; label: string }) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const body = field.current?.value.trim() ?? '';
    if (body === '' || busy) return;
    setBusy(true);
    const problem = await onSend(body);
    setBusy(false);
    setRefused(problem);
    if (problem === null && field.current !== null) field.current.value = '';
    field.current?.focus();
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form className="composer" onSubmit={(event) => void submit(event)} noValidate>
      <div className={refused !== null ? 'field invalid' : 'field'}>
        <label htmlFor={id}>{label}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('conversation.hint')}
        </p>
        <textarea
          id={id}
          ref={field}
          name="body"
          rows={2}
          maxLength={4000}
          aria-invalid={refused !== null}
          aria-describedby={refused !== null ? `${id}-hint ${id}-error` : `${id}-hint`}
          onKeyDown={keyDown}
        />
        {refused !== null && (
          <p className="error" id={`${id}-error`} role="alert">
            {refused}
          </p>
        )}
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {t('conversation.send')}
      </button>
    </form>
  );
}

/** A message and every reply to it, oldest first, and one field to reply in the thread. */
export function Thread({ api, conversationId, messageId }: { api: ApiClient; conversationId: string; messageId: string }) {
  const t = useT();
  const zone = useZone();
  const locale = useLocale();
  const [messages, setMessages] = useState<readonly Message[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await thread(api, conversationId, messageId);
    if (result.ok) setMessages((present) => merge(present ?? [], result.value.items));
    else {
      setMessages((present) => present ?? []);
      setError(refusal(result, t));
    }
  }, [api, conversationId, messageId, t]);

  useLoad(load);

  useLiveEvents(api, (event) => {
    const message = messageOf(event);
    if (message !== null && message.replyTo !== null && messages?.some((known) => known.id === message.replyTo) === true) {
      setMessages((present) => merge(present ?? [], [message]));
    }
    if (event.type === 'open') void load();
  });

  async function reply(body: string): Promise<string | null> {
    const result = await postMessage(api, conversationId, body, messageId);
    if (result.ok) {
      setMessages((present) => merge(present ?? [], [result.value]));
      return null;
    }
    return explain(result, t, ['body', 'replyTo']).fields.body?.join(' ') ?? refusal(result, t);
  }

  return (
    <Screen title={t('thread.title')}>
      {error !== null && <Notice kind="error">{error}</Notice>}
      {messages === null ? (
        <p aria-live="polite">{t('conversation.loading')}</p>
      ) : (
        <>
          <MessageLog messages={messages} zone={zone} locale={locale} threadLink={() => null} empty={t('conversation.empty')} />
          {messages.length > 0 && <Composer onSend={reply} label={t('thread.field')} />}
        </>
      )}
      <p className="secondary">
        <Link href={`/conversation/${encodeURIComponent(conversationId)}`}>{t('thread.back')}</Link>
      </p>
    </Screen>
  );
}

/** Every conversation of the person, newest first; archive or bring one back; start a new one. */
export function Conversations({ api }: { api: ApiClient }) {
  const t = useT();
  const zone = useZone();
  const locale = useLocale();
  const [items, setItems] = useState<readonly ConversationData[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await listConversations(api);
    if (result.ok) setItems(result.value.items);
    else {
      setItems((present) => present ?? []);
      setError(refusal(result, t));
    }
  }, [api, t]);
  useLoad(load);
  useLiveEvents(api, (event) => {
    if (event.type === 'open' || event.type === 'conversation.changed') void load();
  });

  async function start() {
    const result = await startConversation(api);
    if (result.ok) navigate(`/conversation/${encodeURIComponent(result.value.id)}`);
    else setError(refusal(result, t));
  }

  async function archive(conversation: ConversationData, archived: boolean) {
    const result = await archiveConversation(api, conversation.id, archived);
    if (result.ok) {
      setItems((present) => (present ?? []).map((other) => (other.id === conversation.id ? result.value : other)));
      setNews(t(archived ? 'conversations.archivedNews' : 'conversations.restoredNews', { name: nameOf(conversation) }));
      setError(null);
    } else setError(refusal(result, t));
  }

  function nameOf(conversation: ConversationData): string {
    return conversation.title ?? t(conversation.channel === 'sms' ? 'conversations.sms' : 'conversations.untitled', { date: whenText(t, conversation.createdAt, zone, locale) });
  }

  const row = (conversation: ConversationData) => (
    <li key={conversation.id} className="conversation-row">
      <Link href={`/conversation/${encodeURIComponent(conversation.id)}`}>{nameOf(conversation)}</Link>
      {conversation.lastMessageAt !== null && <span className="when">{t('conversations.last', { when: whenText(t, conversation.lastMessageAt, zone, locale) })}</span>}
      <button
        type="button"
        className="link"
        aria-label={t(conversation.archived ? 'conversations.restoreFor' : 'conversations.archiveFor', { name: nameOf(conversation) })}
        onClick={() => void archive(conversation, !conversation.archived)}
      >
        {t(conversation.archived ? 'conversations.restore' : 'conversations.archive')}
      </button>
    </li>
  );
  const open = (items ?? []).filter((item) => !item.archived);
  const archived = (items ?? []).filter((item) => item.archived);
  return (
    <Screen title={t('conversations.title')}>
      <div className="status-line" role="status">
        {news !== null && <p className="notice ok">{news}</p>}
      </div>
      {error !== null && <Notice kind="error">{error}</Notice>}
      <button type="button" className="button primary" onClick={() => void start()}>
        {t('conversations.new')}
      </button>
      {items === null ? (
        <p aria-live="polite">{t('conversation.loading')}</p>
      ) : (
        <>
          {open.length === 0 ? <p className="empty">{t('conversations.none')}</p> : <ul className="conversations">{open.map(row)}</ul>}
          {archived.length > 0 && (
            <details className="rest">
              <summary>{t('conversations.archived', { count: archived.length })}</summary>
              <ul className="conversations">{archived.map(row)}</ul>
            </details>
          )}
        </>
      )}
    </Screen>
  );
}
