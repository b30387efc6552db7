import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient, ApiResult } from '../../api/client';
import { problemKind } from '../../api/problem';
import { reauthenticate, sendReauthenticationSms } from '../../api/security';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { useSession } from '../../session';
import { CodeForm, explain, Notice } from '../../ui';
import { proofMethods, proofOf, StepUpPrompt, type Method } from './stepUp';

export { needsStepUp } from './stepUp';

export interface StepUp {
  /** Runs a call; a 403 `reauthentication-required` opens the prompt, and after the proof the call is retried once. A cancelled prompt gives back the 403. */
  readonly withStepUp: <T>(call: () => Promise<ApiResult<T>>) => Promise<ApiResult<T>>;
  /** The prompt: render it anywhere in the page (it shows itself as a modal dialog when needed). */
  readonly dialog: ReactNode;
}

/**
 * The step-up prompt, for any page: `const { withStepUp, dialog } = useStepUp(api)`, then
 * `await withStepUp(() => disableTotp(api))` and `{dialog}` in the page. The prompt asks for the
 * password, or a code of a second factor the account has (authenticator, texted code, backup
 * code), posts `POST /auth/reauthenticate`, and gives the keyboard back where it was.
 */
export function useStepUp(api: ApiClient): StepUp {
  const [prompt] = useState(() => new StepUpPrompt());
  const open = useSyncExternalStore(prompt.subscribe, prompt.isOpen);
  const finish = useCallback(
    (proven: boolean) => {
      const back = prompt.finish(proven);
      // Once the dialog is gone and the page has drawn what the call changed: back to what opened
      // the prompt, or the screen's title when that is gone or disabled.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const active = document.activeElement;
          if (active !== null && active !== document.body && active.closest('dialog') === null) return;
          const target = back !== null && back.isConnected && !back.matches(':disabled') ? back : document.getElementById('screen-title');
          target?.focus();
        }),
      );
    },
    [prompt],
  );
  // A page left while the prompt is open: the call waiting on it gives up.
  useEffect(() => () => void prompt.finish(false), [prompt]);
  const dialog = open ? <StepUpDialog api={api} onDone={finish} /> : null;
  return { withStepUp: prompt.run, dialog };
}

const LABELS: Readonly<Record<Method, MessageKey>> = {
  password: 'common.password',
  totp: 'mfa.totp.label',
  sms: 'mfa.sms.label',
  backup_code: 'mfa.backup_code.label',
};
const SWITCH: Readonly<Record<Method, MessageKey>> = {
  password: 'stepUp.use.password',
  totp: 'mfa.use.totp',
  sms: 'mfa.use.sms',
  backup_code: 'mfa.use.backup_code',
};

function StepUpDialog({ api, onDone }: { api: ApiClient; onDone: (proven: boolean) => void }) {
  const t = useT();
  const { me } = useSession();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const methods = proofMethods(me);
  const [method, setMethod] = useState<Method>('password');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const close = (proven: boolean) => {
    dialog.current?.close();
    onDone(proven);
  };

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    return () => {
      if (element?.open === true) element.close();
    };
  }, []);

  async function sendSms() {
    setBusy(true);
    const result = await sendReauthenticationSms(api);
    setBusy(false);
    if (result.ok) setNotice({ kind: 'ok', text: t('mfa.smsSent', { to: result.value.sentTo }) });
    else setNotice({ kind: 'error', text: explain(result, t, [], { 'sms-mfa-not-enabled': 'stepUp.smsOff', 'sms-undeliverable': 'security.sms.undeliverable' }).notice ?? t('common.unexpected') });
  }

  async function submit(typed: string) {
    if (typed.trim() === '') {
      setErrors({ proof: [t(method === 'password' ? 'stepUp.emptyPassword' : 'code.empty')] });
      return;
    }
    setBusy(true);
    const result = await reauthenticate(api, proofOf(method, typed));
    setBusy(false);
    if (result.ok) {
      close(true);
      return;
    }
    if (problemKind(result.problem) === 'invalid-credentials') {
      setErrors({ proof: [t(method === 'password' ? 'stepUp.wrongPassword' : 'code.wrong')] });
      setNotice(null);
      return;
    }
    const explained = explain(result, t, []);
    setErrors({});
    setNotice(explained.notice === null ? null : { kind: 'error', text: explained.notice });
  }

  return (
    <dialog
      ref={dialog}
      className="step-up"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        // The keyboard stays in the dialog: Tab from the last control goes to the first, Shift+Tab back.
        if (event.key !== 'Tab' || dialog.current === null) return;
        const controls = [...dialog.current.querySelectorAll<HTMLElement>('button:not(:disabled), input:not(:disabled), a[href]')];
        const first = controls[0];
        const last = controls[controls.length - 1];
        if (first === undefined || last === undefined) return;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }}
      onCancel={(event) => {
        // Escape: closed by us, so the page hears of it.
        event.preventDefault();
        close(false);
      }}
    >
      <h2 id={titleId}>{t('stepUp.title')}</h2>
      <p>{t('stepUp.body')}</p>
      {notice !== null && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {method === 'sms' && (
        <button type="button" className="button" disabled={busy} onClick={() => void sendSms()}>
          {t('mfa.sendSms')}
        </button>
      )}
      <CodeForm
        key={method}
        label={t(LABELS[method])}
        name="proof"
        busy={busy}
        errors={errors.proof}
        onCode={(typed) => void submit(typed)}
        input={{
          type: method === 'password' ? 'password' : 'text',
          autoComplete: method === 'password' ? 'current-password' : 'one-time-code',
          inputMode: method === 'totp' || method === 'sms' ? 'numeric' : undefined,
          maxLength: undefined,
          autoFocus: true,
        }}
        actions={
          <button type="button" className="button" onClick={() => close(false)}>
            {t('stepUp.cancel')}
          </button>
        }
      />
      {methods
        .filter((other) => other !== method)
        .map((other) => (
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
              {t(SWITCH[other])}
            </button>
          </p>
        ))}
    </dialog>
  );
}
