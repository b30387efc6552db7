import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { problemKind } from '../../api/problem';
import { resendVerificationEmail } from '../../api/security';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { explain, Link, Notice, Screen } from '../../ui';
import { maskPhone } from './format';

/**
 * What protects the account, in one calm list: the password, the authenticator app and its backup
 * codes, text-message codes and the verified phone, the sessions; an unconfirmed email first.
 * One primary next step: confirm the email, else turn on an authenticator app, else none.
 */
export function Overview({ api }: { api: ApiClient }) {
  const t = useT();
  const { me, reload } = useSession();
  const [notice, setNotice] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function resend() {
    setBusy(true);
    const result = await resendVerificationEmail(api);
    setBusy(false);
    if (result.ok) {
      setNotice({ kind: 'ok', text: t('security.verify.sent', { email: me?.email ?? '' }) });
    } else if (problemKind(result.problem) === 'email-already-verified') {
      setNotice({ kind: 'ok', text: t('security.verify.already') });
      await reload();
    } else {
      setNotice({ kind: 'error', text: explain(result, t, []).notice ?? t('common.unexpected') });
    }
  }

  if (me === null) {
    return (
      <Screen title={t('security.title')}>
        <p aria-live="polite">{t('security.loading')}</p>
      </Screen>
    );
  }
  const totp = me.mfa.totpEnabled;
  const sms = me.mfa.methods.includes('sms');
  const phone = me.phone ?? null;
  const emailFirst = !me.emailVerified;
  return (
    <Screen title={t('security.title')}>
      {notice !== null && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {emailFirst ? (
        <div className="next-step">
          <p>{t('security.verify.pending', { email: me.email })}</p>
          <button type="button" className="button primary" disabled={busy} onClick={() => void resend()}>
            {busy ? t('common.working') : t('security.verify.resend')}
          </button>
        </div>
      ) : (
        !totp && (
          <div className="next-step">
            <p>{t('security.next.totp')}</p>
            <Link className="button primary" href="/security/authenticator">
              {t('security.overview.totp.turnOn')}
            </Link>
          </div>
        )
      )}
      <ul className="facts">
        <li>
          <h2>{t('security.overview.password.title')}</h2>
          <p>{t('security.overview.password.summary')}</p>
          <Link href="/security/password">{t('security.overview.password.change')}</Link>
        </li>
        <li>
          <h2>{t('security.overview.totp.title')}</h2>
          <p>
            <span className={totp ? 'state on' : 'state'}>{t(totp ? 'security.on' : 'security.off')}</span>{' '}
            {totp ? t('security.backup.left', { count: me.mfa.backupCodesRemaining }) : t('security.overview.totp.summary')}
          </p>
          {(totp || emailFirst) && (
            <Link href="/security/authenticator">{t(totp ? 'security.manage' : 'security.overview.totp.turnOn')}</Link>
          )}
        </li>
        <li>
          <h2>{t('security.overview.sms')}</h2>
          <p>
            <span className={sms ? 'state on' : 'state'}>{t(sms ? 'security.on' : 'security.off')}</span>{' '}
            {phone !== null ? t('security.phone.verified', { phone: maskPhone(phone) }) : t('security.phone.none')}
          </p>
          <Link href="/security/sms">{t('security.manage')}</Link>
        </li>
        <li>
          <h2>{t('security.sessions.title')}</h2>
          <p>{t('security.overview.sessions.summary')}</p>
          <Link href="/security/sessions">{t('security.overview.sessions.see')}</Link>
        </li>
      </ul>
    </Screen>
  );
}
