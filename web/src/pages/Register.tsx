import { useRef, useState, type FormEvent } from 'react';
import { browserWhereabouts, register } from '../api/account';
import type { ApiClient } from '../api/client';
import { pickLocale, useT } from '../i18n';
import { explain, Field, Link, Notice, Screen, useFocusFirstInvalid } from '../ui';

const FIELDS = ['displayName', 'email', 'password'] as const;

export function Register({ api }: { api: ApiClient }) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [registered, setRegistered] = useState<string | null>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '');
    setBusy(true);
    // The browser's language and time zone, so the new account reads and schedules right at once.
    const result = await register(
      api,
      { email, password: String(data.get('password') ?? ''), displayName: String(data.get('displayName') ?? '') },
      browserWhereabouts(pickLocale(navigator.languages)),
    );
    setBusy(false);
    if (result.ok) {
      setRegistered(email);
      return;
    }
    const explained = explain(result, t, FIELDS, { 'email-already-registered': 'register.taken' });
    setErrors(explained.fields);
    setNotice(explained.notice);
  }

  if (registered !== null) {
    return (
      <Screen title={t('register.done.title')}>
        <Notice kind="ok">{t('register.done.body', { email: registered })}</Notice>
        <Link className="button" href="/login">
          {t('common.toLogin')}
        </Link>
      </Screen>
    );
  }
  return (
    <Screen title={t('register.title')}>
      {notice !== null && <Notice kind="error">{notice}</Notice>}
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('register.name')} name="displayName" autoComplete="name" required errors={errors.displayName} />
        <Field label={t('common.email')} name="email" type="email" autoComplete="email" required errors={errors.email} />
        <Field
          label={t('common.password')}
          hint={t('register.passwordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          errors={errors.password}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.working') : t('register.submit')}
        </button>
      </form>
      <p className="secondary">
        <Link href="/login">{t('register.haveAccount')}</Link>
      </p>
    </Screen>
  );
}
