import { useRef, useState, type FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import { problemKind } from '../api/problem';
import { useT } from '../i18n';
import { explain, Field, Link, Notice, Screen, useFocusFirstInvalid } from '../ui';

/** The page the reset email links to (`/reset-password?token=...`). */
export function ResetPassword({ api, token }: { api: ApiClient; token: string | null }) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<'form' | 'done' | 'invalid'>(token === null || token === '' ? 'invalid' : 'form');
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    setBusy(true);
    const result = await api.resetPassword(token ?? '', password);
    setBusy(false);
    if (result.ok) {
      setState('done');
      return;
    }
    if (problemKind(result.problem) === 'invalid-or-expired-token') {
      setState('invalid');
      return;
    }
    // The API names the field newPassword; the form shows it as password.
    const explained = explain(result, t, ['password'], {}, { newPassword: 'password' });
    setErrors(explained.fields);
    setNotice(explained.notice);
  }

  if (state === 'done' || state === 'invalid') {
    return (
      <Screen title={t('reset.title')}>
        <Notice kind={state === 'done' ? 'ok' : 'error'}>{t(state === 'done' ? 'reset.done' : 'reset.invalid')}</Notice>
        {state === 'done' ? (
          <Link className="button primary" href="/login">
            {t('common.toLogin')}
          </Link>
        ) : (
          <Link className="button primary" href="/forgot-password">
            {t('reset.again')}
          </Link>
        )}
      </Screen>
    );
  }
  return (
    <Screen title={t('reset.title')}>
      {notice !== null && <Notice kind="error">{notice}</Notice>}
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('reset.password')}
          hint={t('register.passwordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          errors={errors.password}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.working') : t('reset.submit')}
        </button>
      </form>
    </Screen>
  );
}
