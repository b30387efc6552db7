import { useRef, useState, type FormEvent } from 'react';
import type { ApiClient } from '../../api/client';
import { problemKind } from '../../api/problem';
import { changePassword } from '../../api/security';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { explain, Field, Link, Notice, Screen, useFocusFirstInvalid } from '../../ui';

/**
 * A new password: the current one (the proof it is them), the new one (the policy's messages under
 * it). Afterwards every other session is signed out; this one stays.
 */
export function Password({ api }: { api: ApiClient }) {
  const t = useT();
  const email = useSession().me?.email ?? '';
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const current = String(data.get('currentPassword') ?? '');
    const next = String(data.get('newPassword') ?? '');
    const missing: Record<string, string[]> = {};
    if (current === '') missing.currentPassword = [t('security.password.currentMissing')];
    if (next === '') missing.newPassword = [t('security.password.newMissing')];
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setNotice(null);
      return;
    }
    setBusy(true);
    const result = await changePassword(api, current, next);
    setBusy(false);
    if (result.ok) {
      element.reset();
      setErrors({});
      setNotice({ kind: 'ok', text: t('security.password.changed') });
      document.getElementById('screen-title')?.focus();
      return;
    }
    if (problemKind(result.problem) === 'wrong-current-password') {
      setErrors({ currentPassword: [t('security.password.wrongCurrent')] });
      setNotice(null);
      return;
    }
    const explained = explain(result, t, ['currentPassword', 'newPassword']);
    setErrors(explained.fields);
    setNotice(explained.notice === null ? null : { kind: 'error', text: explained.notice });
  }

  return (
    <Screen title={t('security.password.title')}>
      {notice !== null && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
        {/* For password managers: the account this password belongs to (not shown, not focusable). */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <Field
          label={t('security.password.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          errors={errors.currentPassword}
        />
        <Field
          label={t('security.password.new')}
          hint={t('register.passwordHint')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          errors={errors.newPassword}
        />
        <p className="hint">{t('security.password.othersSignedOut')}</p>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.working') : t('security.password.submit')}
        </button>
      </form>
      <p className="secondary">
        <Link href="/security">{t('security.back')}</Link>
      </p>
    </Screen>
  );
}
