import { useCallback, useContext, useEffect, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { endOtherSessions, endSession, listSessions, type SessionInfo } from '../../api/security';
import { LocaleContext, useT } from '../../i18n';
import { useSession } from '../../session';
import { explain, Link, Notice, Question, Screen } from '../../ui';
import { formatWhen, orderSessions } from './format';

type Shown = { kind: 'error' | 'ok'; text: string } | null;

/**
 * Where the account is signed in: this device first and marked, the others by last use; sign one
 * out, or every other one, each after a calm "are you sure".
 */
export function Sessions({ api }: { api: ApiClient }) {
  const t = useT();
  const { locale } = useContext(LocaleContext);
  const timezone = useSession().me?.timezone;
  const [sessions, setSessions] = useState<readonly SessionInfo[] | null>(null);
  const [notice, setNotice] = useState<Shown>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const result = await listSessions(api);
    if (result.ok) setSessions(orderSessions(result.value.items));
    else setNotice({ kind: 'error', text: explain(result, t, []).notice ?? t('common.unexpected') });
  }, [api, t]);

  useEffect(() => {
    let live = true;
    void listSessions(api).then((result) => {
      if (!live) return;
      if (result.ok) setSessions(orderSessions(result.value.items));
      else setNotice({ kind: 'error', text: explain(result, t, []).notice ?? t('common.unexpected') });
    });
    return () => {
      live = false;
    };
  }, [api, t]);

  async function end(session: SessionInfo | 'others') {
    setBusy(true);
    const result = session === 'others' ? await endOtherSessions(api) : await endSession(api, session.id);
    setBusy(false);
    setAsking(null);
    if (result.ok || result.status === 404) {
      setNotice({ kind: 'ok', text: session === 'others' ? t('security.sessions.endedOthers') : t('security.sessions.ended', { device: deviceName(session) }) });
    } else {
      setNotice({ kind: 'error', text: explain(result, t, []).notice ?? t('common.unexpected') });
    }
    await load();
    document.getElementById('screen-title')?.focus();
  }

  function deviceName(session: SessionInfo): string {
    return session.device !== null && session.device.trim() !== '' ? session.device : t('security.sessions.unknownDevice');
  }

  const others = sessions?.filter((session) => !session.current) ?? [];
  return (
    <Screen title={t('security.sessions.title')}>
      <p>{t('security.sessions.intro')}</p>
      {notice !== null && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {sessions === null ? (
        <p aria-live="polite">{t('security.loading')}</p>
      ) : (
        <ul className="sessions">
          {sessions.map((session) => (
            <li key={session.id} className={session.current ? 'session current' : 'session'}>
              <p className="device">
                {deviceName(session)}
                {session.current && <span className="badge">{t('security.sessions.thisDevice')}</span>}
              </p>
              <p className="meta">
                {session.ipAddress !== null && <span>{t('security.sessions.ip', { ip: session.ipAddress })}</span>}
                <span>
                  {t('security.sessions.lastSeen', { when: formatWhen(session.lastSeenAt ?? session.createdAt, locale, timezone) })}
                </span>
              </p>
              {!session.current &&
                (asking === session.id ? (
                  <Question
                    question={t('security.sessions.endQuestion', { device: deviceName(session) })}
                    yes={t('security.sessions.endYes')}
                    no={t('security.sessions.keep')}
                    busy={busy}
                    onYes={() => void end(session)}
                    onNo={() => setAsking(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-label={t('security.sessions.endLabel', { device: deviceName(session) })}
                    onClick={() => setAsking(session.id)}
                  >
                    {t('security.sessions.end')}
                  </button>
                ))}
            </li>
          ))}
        </ul>
      )}
      {others.length > 1 &&
        (asking === 'others' ? (
          <Question
            question={t('security.sessions.othersQuestion', { count: others.length })}
            yes={t('security.sessions.endYes')}
            no={t('security.sessions.keep')}
            busy={busy}
            primary
            onYes={() => void end('others')}
            onNo={() => setAsking(null)}
          />
        ) : (
          <button type="button" className="button primary" onClick={() => setAsking('others')}>
            {t('security.sessions.endOthers')}
          </button>
        ))}
      {sessions !== null && others.length === 0 && <p className="empty">{t('security.sessions.onlyThis')}</p>}
      <p className="secondary">
        <Link href="/security">{t('security.back')}</Link>
      </p>
    </Screen>
  );
}
