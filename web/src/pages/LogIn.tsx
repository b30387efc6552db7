import { useRef, useState, type FormEvent } from 'react';
import type { ApiClient, MfaChallenge, SecondFactor } from '../api/client';
import { problemKind } from '../api/problem';
import { useT } from '../i18n';
import { navigate } from '../router';
import { CodeForm, explain, Field, Link, Notice, Screen, useFocusFirstInvalid } from '../ui';

/** Log in, then the second step when the account has one (TOTP, SMS or a backup code). */
export function LogIn({ api, needed }: { api: ApiClient; needed: boolean }) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<MfaChallenge | null>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    const result = await api.logIn(String(data.get('email') ?? ''), String(data.get('password') ?? ''));
    setBusy(false);
    if (!result.ok) {
      const explained = explain(result, t, ['email', 'password'], { 'invalid-credentials': 'login.invalid' });
      setErrors(explained.fields);
      setNotice(explained.notice);
      return;
    }
    if (result.value === 'signed-in') navigate('/today');
    else setChallenge(result.value);
  }

  if (challenge !== null) {
    return (
      <SecondStep
        api={api}
        challenge={challenge}
        onRestart={() => {
          setChallenge(null);
          setNotice(t('mfa.expired'));
        }}
      />
    );
  }
  return (
    <Screen title={t('login.title')}>
      {notice !== null ? (
        <Notice kind="error">{notice}</Notice>
      ) : (
        needed && <Notice kind="info">{t('login.needed')}</Notice>
      )}
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('common.email')} name="email" type="email" autoComplete="username" required errors={errors.email} />
        <Field
          label={t('common.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={errors.password}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.working') : t('login.submit')}
        </button>
      </form>
      <p className="secondary">
        <Link href="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p className="secondary">
        <Link href="/register">{t('login.register')}</Link>
      </p>
    </Screen>
  );
}

function SecondStep({ api, challenge, onRestart }: { api: ApiClient; challenge: MfaChallenge; onRestart: () => void }) {
  const t = useT();
  const [method, setMethod] = useState<SecondFactor>(challenge.methods[0] ?? 'totp');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function sendSms() {
    setBusy(true);
    const result = await api.sendSmsCode(challenge.mfaToken);
    setBusy(false);
    if (result.ok) setNotice({ kind: 'ok', text: t('mfa.smsSent', { to: result.value.sentTo }) });
    else if (problemKind(result.problem) === 'invalid-mfa-token') onRestart();
    else setNotice({ kind: 'error', text: explain(result, t, []).notice ?? t('common.unexpected') });
  }

  async function confirm(typed: string) {
    const code = typed.replace(/\s+/g, '');
    setBusy(true);
    const result = await api.verifySecondFactor(challenge.mfaToken, method, code);
    setBusy(false);
    if (result.ok) {
      navigate('/today');
      return;
    }
    if (problemKind(result.problem) === 'invalid-mfa-token') {
      onRestart();
      return;
    }
    const explained = explain(result, t, ['code'], { 'invalid-mfa-code': 'code.wrong' });
    setErrors(problemKind(result.problem) === 'invalid-mfa-code' ? { code: [t('code.wrong')] } : explained.fields);
    setNotice(problemKind(result.problem) === 'invalid-mfa-code' || explained.notice === null ? null : { kind: 'error', text: explained.notice });
  }

  const others = challenge.methods.filter((other) => other !== method);
  return (
    <Screen title={t('mfa.title')}>
      {notice !== null && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {method === 'sms' && (
        <button type="button" className="button" disabled={busy} onClick={() => void sendSms()}>
          {t('mfa.sendSms')}
        </button>
      )}
      <CodeForm
        key={method}
        label={t(`mfa.${method}.label`)}
        submit={t('mfa.submit')}
        busy={busy}
        errors={errors.code}
        onCode={(typed) => void confirm(typed)}
        input={{ inputMode: method === 'backup_code' ? 'text' : 'numeric', maxLength: undefined }}
      />
      {others.map((other) => (
        <p className="secondary" key={other}>
          <button
            type="button"
            className="link"
            onClick={() => {
              setMethod(other);
              setErrors({});
              setNotice(null);
            }}
          >
            {t(`mfa.use.${other}`)}
          </button>
        </p>
      ))}
    </Screen>
  );
}
