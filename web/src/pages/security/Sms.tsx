import { useRef, useState, type FormEvent } from 'react';
import type { ApiClient } from '../../api/client';
import { problemKind } from '../../api/problem';
import { confirmPhoneCode, disableSmsCodes, sendPhoneCode, type CodeSent } from '../../api/security';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { useSession } from '../../session';
import { CodeForm, explain, Field, Link, Notice, Question, Screen, useFocusFirstInvalid } from '../../ui';
import { cleanCode, cleanPhone, looksE164, maskPhone } from './format';
import { useStepUp } from './StepUp';

type Purpose = 'phone' | 'mfa';
type Shown = { kind: 'error' | 'ok'; text: string } | null;

/** The problems of texting a code and of confirming it, in the person's words. */
const PHONE_PROBLEMS: Readonly<Record<string, MessageKey>> = {
  'sms-undeliverable': 'security.sms.undeliverable',
  'phone-in-use': 'security.sms.inUse',
  'nothing-to-confirm': 'security.sms.expired',
  'reauthentication-required': 'stepUp.cancelled',
  'service-unavailable': 'security.sms.unavailable',
};

/**
 * The verified phone and text-message codes: verify a number (a code texted to it), turn SMS
 * codes on for it (a second factor after the authenticator app), or off. Replacing a verified
 * number and turning codes off go through the step-up prompt.
 */
export function Sms({ api }: { api: ApiClient }) {
  const t = useT();
  const { me, reload } = useSession();
  const { withStepUp, dialog } = useStepUp(api);
  const [flow, setFlow] = useState<Purpose | null>(null);
  const [notice, setNotice] = useState<Shown>(null);
  const [confirmingOff, setConfirmingOff] = useState(false);
  const [busy, setBusy] = useState(false);

  async function turnOff() {
    setBusy(true);
    const result = await withStepUp(() => disableSmsCodes(api));
    setBusy(false);
    setConfirmingOff(false);
    if (result.ok || problemKind(result.problem) === 'sms-mfa-not-enabled') {
      await reload();
      setNotice({ kind: 'ok', text: t('security.sms.turnedOff') });
    } else {
      setNotice({ kind: 'error', text: explain(result, t, [], PHONE_PROBLEMS).notice ?? t('common.unexpected') });
    }
  }

  if (me === null) {
    return (
      <Screen title={t('security.sms.title')}>
        <p aria-live="polite">{t('security.loading')}</p>
      </Screen>
    );
  }
  const phone = me.phone ?? null;
  const smsOn = me.mfa.methods.includes('sms');
  const done = (purpose: Purpose, verified: string) => {
    setFlow(null);
    setNotice({ kind: 'ok', text: t(purpose === 'mfa' ? 'security.sms.turnedOn' : 'security.sms.verified', { phone: maskPhone(verified) }) });
    void reload();
  };

  return (
    <Screen title={t('security.sms.title')}>
      {dialog}
      {notice !== null && <Notice kind={notice.kind}>{notice.text}</Notice>}
      <h2>{t('security.sms.phone.title')}</h2>
      {phone !== null && <p>{t('security.phone.verified', { phone: maskPhone(phone) })}</p>}
      {flow !== null ? (
        <CodeFlow
          api={api}
          purpose={flow}
          initialPhone={flow === 'mfa' ? (phone ?? '') : ''}
          withStepUp={withStepUp}
          onDone={(verified) => done(flow, verified)}
          onCancel={() => setFlow(null)}
        />
      ) : phone === null ? (
        <>
          <p>{t('security.sms.phone.none')}</p>
          <button type="button" className="button primary" onClick={() => setFlow('phone')}>
            {t('security.sms.phone.add')}
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => setFlow('phone')}>
          {t('security.sms.phone.replace')}
        </button>
      )}

      <h2>{t('security.overview.sms')}</h2>
      {smsOn ? (
        <>
          <p>
            <span className="state on">{t('security.on')}</span> {t('security.sms.codes.onBody', { phone: phone !== null ? maskPhone(phone) : '' })}
          </p>
          {confirmingOff ? (
            <Question
              question={t('security.sms.codes.offQuestion')}
              yes={t('security.sms.codes.offYes')}
              no={t('security.totp.offNo')}
              busy={busy}
              onYes={() => void turnOff()}
              onNo={() => setConfirmingOff(false)}
            />
          ) : (
            <button type="button" className="button" onClick={() => setConfirmingOff(true)}>
              {t('security.sms.codes.turnOff')}
            </button>
          )}
        </>
      ) : (
        <>
          <p>
            <span className="state">{t('security.off')}</span> {t('security.sms.codes.offBody')}
          </p>
          {flow === null && (
            <button type="button" className={phone !== null ? 'button primary' : 'button'} onClick={() => setFlow('mfa')}>
              {t('security.sms.codes.turnOn')}
            </button>
          )}
        </>
      )}
      <p className="secondary">
        <Link href="/security">{t('security.back')}</Link>
      </p>
    </Screen>
  );
}

/** Two steps: the number (a code texted to it), then the code. */
function CodeFlow({
  api,
  purpose,
  initialPhone,
  withStepUp,
  onDone,
  onCancel,
}: {
  api: ApiClient;
  purpose: Purpose;
  initialPhone: string;
  withStepUp: ReturnType<typeof useStepUp>['withStepUp'];
  onDone: (phone: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [sent, setSent] = useState<CodeSent | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(form, errors);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const phone = cleanPhone(String(new FormData(event.currentTarget).get('phone') ?? ''));
    if (!looksE164(phone)) {
      setErrors({ phone: [t('security.sms.phone.shape')] });
      setNotice(null);
      return;
    }
    setBusy(true);
    const result = await withStepUp(() => sendPhoneCode(api, purpose, phone));
    setBusy(false);
    if (result.ok) {
      setErrors({});
      setNotice(null);
      setSent(result.value);
      return;
    }
    const explained = explain(result, t, ['phone'], PHONE_PROBLEMS);
    const fields = result.status === 422 && Object.keys(explained.fields).length === 0 ? { phone: [t('security.sms.phone.refused')] } : explained.fields;
    setErrors(fields);
    setNotice(result.status === 422 ? null : explained.notice);
  }

  async function confirm(typed: string) {
    const code = cleanCode(typed);
    if (code === '') {
      setErrors({ code: [t('code.empty')] });
      return;
    }
    setBusy(true);
    const result = await confirmPhoneCode(api, purpose, code);
    setBusy(false);
    if (result.ok) {
      onDone(result.value.phone);
      return;
    }
    const kind = problemKind(result.problem);
    if (kind === 'nothing-to-confirm') {
      setSent(null);
      setErrors({});
      setNotice(t('security.sms.expired'));
      return;
    }
    if (result.status === 422) {
      setErrors({ code: [t('code.wrong')] });
      setNotice(null);
      return;
    }
    const explained = explain(result, t, ['code'], PHONE_PROBLEMS);
    setErrors(explained.fields);
    setNotice(explained.notice);
  }

  return (
    <div className="flow">
      {notice !== null && <Notice kind="error">{notice}</Notice>}
      {sent === null ? (
        <form ref={form} onSubmit={(event) => void send(event)} noValidate key="phone">
          <Field
            label={t('security.sms.phone.label')}
            hint={t('security.sms.phone.hint')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            defaultValue={initialPhone}
            placeholder="+15551234567"
            required
            errors={errors.phone}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? t('common.working') : t('security.sms.send')}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {t('stepUp.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <CodeForm
          ref={form}
          key="code"
          label={t('security.sms.code')}
          busy={busy}
          errors={errors.code}
          onCode={(typed) => void confirm(typed)}
          before={<Notice kind="ok">{t('security.sms.sent', { to: sent.sentTo, minutes: Math.round(sent.expiresIn / 60) })}</Notice>}
          actions={
            <button
              type="button"
              className="button"
              onClick={() => {
                setSent(null);
                setErrors({});
              }}
            >
              {t('security.sms.again')}
            </button>
          }
        />
      )}
    </div>
  );
}
