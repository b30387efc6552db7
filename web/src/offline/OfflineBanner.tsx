import { useContext, useEffect, useSyncExternalStore } from 'react';
import type { ApiClient } from '../api/client';
import { sender } from '../api/tasks';
import { LocaleContext, useT } from '../i18n';
import { offline } from './offline';
import { updates } from './updates';
import './offline.css';

/** How often a queue that could not be sent is tried again while the page stays open. */
const RETRY_MS = 30_000;
const WATCH_MS = 3_000;
/** How long "your changes were sent" stays before it goes by itself (a refusal stays until OK). */
const SAID_MS = 10_000;

/**
 * The calm line above each page for the installed app (docs/web/offline.md): offline and showing
 * saved data (since when), changes waiting, what the last send did, and "a new version is ready"
 * with a Reload button (the app never reloads by itself). It also sends the queue: on start, when
 * the session begins, on the browser's `online` event (or its flag turning true), and every 30 s
 * while something waits.
 */
export function OfflineBanner({ api }: { api: ApiClient }) {
  const t = useT();
  const { locale } = useContext(LocaleContext);
  const view = useSyncExternalStore(
    (listener) => offline.subscribe(listener),
    () => offline.state,
  );
  const update = useSyncExternalStore(
    (listener) => updates.subscribe(listener),
    () => updates.current,
  );

  useEffect(() => {
    const flush = () => {
      if (api.signedIn && offline.account !== null) void offline.flush(sender(api));
    };
    const online = () => {
      offline.setOnline(true);
      flush();
    };
    const away = () => offline.setOnline(false);
    flush();
    const unsubscribe = api.subscribe(flush);
    window.addEventListener('online', online);
    window.addEventListener('offline', away);
    // The browser's events are not always sent (an emulated network, some systems): its flag
    // is looked at every few seconds too while the app believes it is offline.
    const watch = setInterval(() => {
      if (!offline.state.online && navigator.onLine) online();
    }, WATCH_MS);
    const timer = setInterval(() => {
      if (offline.state.pending > 0) flush();
    }, RETRY_MS);
    return () => {
      unsubscribe();
      window.removeEventListener('online', online);
      window.removeEventListener('offline', away);
      clearInterval(watch);
      clearInterval(timer);
    };
  }, [api]);

  const sentOnly = (view.lastFlush?.sent ?? 0) > 0 && (view.lastFlush?.dropped.length ?? 0) === 0;
  useEffect(() => {
    if (!sentOnly) return;
    const timer = setTimeout(() => offline.acknowledge(), SAID_MS);
    return () => clearTimeout(timer);
  }, [sentOnly]);

  const time = (iso: string) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  const lines: string[] = [];
  if (!view.online) lines.push(view.showingSavedAt !== null ? t('offline.saved', { time: time(view.showingSavedAt) }) : t('offline.offline'));
  if (view.pending > 0) lines.push(view.pending === 1 ? t('offline.pending.one') : t('offline.pending.other', { count: view.pending }));
  const sent = view.lastFlush?.sent ?? 0;
  if (view.online && sent > 0) lines.push(sent === 1 ? t('offline.sent.one') : t('offline.sent.other', { count: sent }));
  const dropped = view.lastFlush?.dropped ?? [];

  return (
    <div className="offline-banner">
      <div role="status">
        {lines.length > 0 && (
          <div className="notice info">
            {lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
        {update !== 'none' && (
          <div className="notice info update">
            <p>{t('offline.update')}</p>
            <button type="button" className="button" onClick={() => void updates.apply()} disabled={update === 'applying'}>
              {t('offline.reload')}
            </button>
          </div>
        )}
      </div>
      {dropped.length > 0 && (
        <div className="notice error" role="alert">
          {dropped.map((title, index) => (
            <p key={`${index}-${title}`}>{t('offline.dropped', { title })}</p>
          ))}
          <button type="button" className="button" onClick={() => offline.acknowledge()}>
            {t('offline.ok')}
          </button>
        </div>
      )}
    </div>
  );
}

/** "waiting to be sent" next to a task added offline, until its add reached the API. */
export function PendingMark({ id }: { id: string }) {
  const t = useT();
  const queued = useSyncExternalStore(
    (listener) => offline.subscribe(listener),
    () => offline.state.queuedTasks.includes(id),
  );
  return queued ? <span className="pending-mark">{t('offline.pendingTask')}</span> : null;
}
