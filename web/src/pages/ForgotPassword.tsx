import { useRef, useState, type FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import { useT } from '../i18n';
import { explain, Field, Link, Notice, Screen, useFocusFirstInvalid } from '../ui';

export function ForgotPassword({ api }: { api: ApiClient }) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '');
    setBusy(true);
    const result = await api.forgotPassword(email);
    setBusy(false);
    if (result.ok) {
      setSentTo(email);
      return;
    }
    const explained = explain(result, t, ['email']);
    setErrors(explained.fields);
    setNotice(explained.notice);
  }

  return (
    <Screen title={t('forgot.title')}>
      {sentTo !== null ? (
        <>
          <Notice kind="ok">{t('forgot.done', { email: sentTo })}</Notice>
          <Link className="button" href="/login">
            {t('common.toLogin')}
          </Link>
        </>
      ) : (
        <>
          {notice !== null && <Notice kind="error">{notice}</Notice>}
          <p>{t('forgot.body')}</p>
          <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
            <Field label={t('common.email')} name="email" type="email" autoComplete="email" required errors={errors.email} />
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('common.working') : t('forgot.submit')}
            </button>
          </form>
          <p className="secondary">
            <Link href="/login">{t('common.toLogin')}</Link>
          </p>
        </>
      )}
    </Screen>
  );
}
