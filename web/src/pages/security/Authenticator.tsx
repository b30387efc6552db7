import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { problemKind } from '../../api/problem';
import { confirmTotp, disableTotp, newBackupCodes, startTotpSetup, totpQrCode, type TotpSetup } from '../../api/security';
import { useT } from '../../i18n';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { CodeForm, explain, Link, Notice, Question, Screen } from '../../ui';
import { backupCodesFile, cleanCode, groupSecret, textDataUrl } from './format';
import { useStepUp } from './StepUp';

type Shown = { kind: 'error' | 'ok'; text: string } | null;

/**
 * The authenticator app: set it up from the QR code (or the key typed by hand) and a first code,
 * then the backup codes shown once; when on, new backup codes and turning it off, both behind the
 * step-up prompt. The codes live in this screen's state only, gone when it is left.
 */
export function Authenticator({ api }: { api: ApiClient }) {
  const t = useT();
  const { me, reload } = useSession();
  const { withStepUp, dialog } = useStepUp(api);
  const [setup, setSetup] = useState<{ setup: TotpSetup; qr: string | null } | null>(null);
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [notice, setNotice] = useState<Shown>(null);
  const [confirmingOff, setConfirmingOff] = useState(false);
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    const result = await startTotpSetup(api);
    if (!result.ok) {
      setBusy(false);
      if (problemKind(result.problem) === 'totp-already-enabled') await reload();
      setNotice({ kind: 'error', text: explain(result, t, [], { 'totp-already-enabled': 'security.totp.alreadyOn' }).notice ?? t('common.unexpected') });
      return;
    }
    const qr = await totpQrCode(api);
    setBusy(false);
    setNotice(null);
    setSetup({ setup: result.value, qr });
  }

  async function regenerate() {
    setBusy(true);
    const result = await withStepUp(() => newBackupCodes(api));
    setBusy(false);
    if (result.ok) {
      setNotice(null);
      setCodes(result.value.backupCodes);
      await reload();
    } else {
      setNotice({ kind: 'error', text: explain(result, t, [], { 'reauthentication-required': 'stepUp.cancelled', 'totp-not-enabled': 'security.totp.alreadyOff' }).notice ?? t('common.unexpected') });
    }
  }

  async function turnOff() {
    setBusy(true);
    const result = await withStepUp(() => disableTotp(api));
    setBusy(false);
    setConfirmingOff(false);
    if (result.ok || problemKind(result.problem) === 'totp-not-enabled') {
      await reload();
      setNotice({ kind: 'ok', text: t('security.totp.turnedOff') });
    } else {
      setNotice({ kind: 'error', text: explain(result, t, [], { 'reauthentication-required': 'stepUp.cancelled' }).notice ?? t('common.unexpected') });
    }
  }

  if (codes !== null) {
    return (
      <BackupCodesShown
        codes={codes}
        fresh={setup !== null}
        onSaved={() => {
          setCodes(null);
          setSetup(null);
          navigate('/security');
        }}
      />
    );
  }
  if (setup !== null) {
    return (
      <Enrol
        api={api}
        setup={setup.setup}
        qr={setup.qr}
        onConfirmed={(backupCodes) => {
          setCodes(backupCodes);
          void reload();
        }}
        onExpired={() => {
          setSetup(null);
          setNotice({ kind: 'error', text: t('security.totp.expired') });
        }}
      />
    );
  }
  return (
    <Screen title={t('security.totp.title')}>
      {dialog}
      {notice !== null && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {me === null ? (
        <p aria-live="polite">{t('security.loading')}</p>
      ) : me.mfa.totpEnabled ? (
        <>
          <p>
            <span className="state on">{t('security.on')}</span> {t('security.totp.onBody')}
          </p>
          <p>{t('security.backup.left', { count: me.mfa.backupCodesRemaining })}</p>
          <div className="actions stacked">
            <button type="button" className="button" disabled={busy} onClick={() => void regenerate()}>
              {t('security.totp.newCodes')}
            </button>
            {confirmingOff ? (
              <Question
                question={t('security.totp.offQuestion')}
                yes={t('security.totp.offYes')}
                no={t('security.totp.offNo')}
                busy={busy}
                onYes={() => void turnOff()}
                onNo={() => setConfirmingOff(false)}
              />
            ) : (
              <button type="button" className="button" onClick={() => setConfirmingOff(true)}>
                {t('security.totp.turnOff')}
              </button>
            )}
          </div>
        </>
      ) : (
        <>
          <p>{t('security.totp.intro')}</p>
          <p>{t('security.totp.apps')}</p>
          <button type="button" className="button primary" disabled={busy} onClick={() => void start()}>
            {busy ? t('common.working') : t('security.totp.start')}
          </button>
        </>
      )}
      <p className="secondary">
        <Link href="/security">{t('security.back')}</Link>
      </p>
    </Screen>
  );
}

function Enrol({
  api,
  setup,
  qr,
  onConfirmed,
  onExpired,
}: {
  api: ApiClient;
  setup: TotpSetup;
  qr: string | null;
  onConfirmed: (codes: readonly string[]) => void;
  onExpired: () => void;
}) {
  const t = useT();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(typed: string) {
    const code = cleanCode(typed);
    if (!/^\d{6}$/.test(code)) {
      setErrors({ code: [t('security.totp.codeShape')] });
      return;
    }
    setBusy(true);
    const result = await confirmTotp(api, code);
    setBusy(false);
    if (result.ok) {
      onConfirmed(result.value.backupCodes);
      return;
    }
    const kind = problemKind(result.problem);
    if (kind === 'nothing-to-confirm') {
      onExpired();
      return;
    }
    if (result.status === 422) {
      setErrors({ code: [t('security.totp.wrongCode')] });
      setNotice(null);
      return;
    }
    const explained = explain(result, t, ['code'], { 'totp-already-enabled': 'security.totp.alreadyOn' });
    setErrors(explained.fields);
    setNotice(explained.notice);
  }

  return (
    <Screen title={t('security.totp.setup.title')}>
      {notice !== null && <Notice kind="error">{notice}</Notice>}
      <ol className="steps">
        <li>
          <p>{t('security.totp.setup.scan')}</p>
          {qr !== null ? (
            <img className="qr" src={qr} alt={t('security.totp.setup.qrAlt')} width={240} height={240} />
          ) : (
            <p>{t('security.totp.setup.noQr')}</p>
          )}
          <details className="manual" open={qr === null}>
            <summary>{t('security.totp.setup.manual')}</summary>
            <p>{t('security.totp.setup.manualBody')}</p>
            <p>
              <code className="secret" aria-label={t('security.totp.setup.secretLabel')}>
                {groupSecret(setup.secret)}
              </code>
            </p>
          </details>
        </li>
        <li>
          <CodeForm
            label={t('security.totp.setup.code')}
            hint={t('security.totp.setup.codeHint')}
            submit={t('security.totp.setup.confirm')}
            busy={busy}
            errors={errors.code}
            onCode={(typed) => void submit(typed)}
          />
        </li>
      </ol>
      <p className="secondary">
        <Link href="/security">{t('security.totp.setup.later')}</Link>
      </p>
    </Screen>
  );
}

/** The backup codes, this once: a list, copy, download as a text file, and "I have saved them" to leave. */
function BackupCodesShown({ codes, fresh, onSaved }: { codes: readonly string[]; fresh: boolean; onSaved: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState<boolean | null>(null);
  const file = backupCodesFile(t('security.backup.fileHeading'), codes);
  return (
    <Screen title={t('security.backup.title')}>
      {fresh && <Notice kind="ok">{t('security.totp.turnedOn')}</Notice>}
      <p>{t('security.backup.body')}</p>
      <ol className="codes" aria-label={t('security.backup.title')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            navigator.clipboard.writeText(codes.join('\n')).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t('security.backup.copy')}
        </button>
        <a className="button" href={textDataUrl(file)} download={t('security.backup.fileName')}>
          {t('security.backup.download')}
        </a>
      </div>
      {copied !== null && <Notice kind={copied ? 'ok' : 'error'}>{t(copied ? 'security.backup.copied' : 'security.backup.copyFailed')}</Notice>}
      <button type="button" className="button primary saved" onClick={onSaved}>
        {t('security.backup.saved')}
      </button>
    </Screen>
  );
}
