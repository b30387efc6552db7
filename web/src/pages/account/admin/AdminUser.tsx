import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { disableUser, enableUser, resetSecondFactors, ROLE_NAMES, setRoles, user, type AdminAccountDetail } from '../../../api/admin';
import type { ApiClient, ApiResult } from '../../../api/client';
import { useT } from '../../../i18n';
import type { MessageKey } from '../../../i18n/en';
import { Link, Notice, Screen } from '../../../ui';
import { AdminNav, CheckField, Confirm, refusal, RefusalNotice, useFormat, type Refusal } from '../controls';
import { rolesToSend } from '../logic';
import { roleName, stateName } from './AdminUsers';

/** The refusals of the administration's changes, in plain words. */
const REFUSALS: Readonly<Record<string, MessageKey>> = {
  'own-roles': 'admin.user.ownRoles',
  'own-account': 'admin.user.ownAccount',
  'last-administrator': 'admin.user.lastAdministrator',
  'not-found': 'admin.user.notFound',
};

type Action = 'roles' | 'disable' | 'enable' | 'reset';
type Status = { kind: 'ok'; text: string } | { kind: 'error'; refused: Refusal } | null;

/** `/admin/users/:id`: one account, its roles, and the changes an administrator may make, each confirmed first. */
export function AdminUser({ api, id }: { api: ApiClient; id: string }) {
  const t = useT();
  const format = useFormat();
  const [account, setAccount] = useState<AdminAccountDetail | null>(null);
  const [ticked, setTicked] = useState<readonly string[]>([]);
  const [status, setStatus] = useState<Status>(null);
  const [asking, setAsking] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    () =>
      user(api, id).then((result) => {
        if (result.ok) {
          setAccount(result.value);
          setTicked(result.value.roles);
        } else setStatus({ kind: 'error', refused: refusal(result, t, REFUSALS) });
      }),
    [api, id, t],
  );
  useEffect(() => {
    void load();
  }, [load]);

  async function act(action: Action) {
    if (account === null) return;
    setBusy(true);
    const calls: Record<Action, () => Promise<ApiResult<unknown>>> = {
      roles: () => setRoles(api, account.id, rolesToSend(ticked, ROLE_NAMES)),
      disable: () => disableUser(api, account.id),
      enable: () => enableUser(api, account.id),
      reset: () => resetSecondFactors(api, account.id),
    };
    const result = await calls[action]();
    setBusy(false);
    setAsking(null);
    if (result.ok) {
      const done: Record<Action, string> = {
        roles: t('admin.user.rolesSaved', { roles: rolesToSend(ticked, ROLE_NAMES).map((role) => roleName(t, role)).join(', ') }),
        disable: t('admin.user.disabled'),
        enable: t('admin.user.enabled'),
        reset: t('admin.user.resetDone'),
      };
      setStatus({ kind: 'ok', text: done[action] });
    } else {
      setStatus({ kind: 'error', refused: refusal(result, t, REFUSALS) });
    }
    await load();
  }

  function askRoles(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAsking('roles');
  }

  const name = account?.displayName ?? '';
  const questions: Record<Action, { title: MessageKey; body: MessageKey; confirm: MessageKey }> = {
    roles: { title: 'admin.user.rolesConfirmTitle', body: 'admin.user.rolesConfirmBody', confirm: 'admin.user.rolesConfirm' },
    disable: { title: 'admin.user.disableTitle', body: 'admin.user.disableBody', confirm: 'admin.user.disableConfirm' },
    enable: { title: 'admin.user.enableTitle', body: 'admin.user.enableBody', confirm: 'admin.user.enableConfirm' },
    reset: { title: 'admin.user.resetTitle', body: 'admin.user.resetBody', confirm: 'admin.user.resetConfirm' },
  };
  return (
    <Screen title={account === null ? t('admin.users.title') : account.displayName}>
      <AdminNav />
      <p className="secondary">
        <Link href="/admin/users">{t('admin.user.back')}</Link>
      </p>
      {status?.kind === 'ok' && <Notice kind="ok">{status.text}</Notice>}
      {status?.kind === 'error' && <RefusalNotice refused={status.refused} />}
      {account === null ? (
        status === null && <p aria-live="polite">{t('account.loading')}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t('admin.users.email')}</dt>
            <dd className="email">{account.email}</dd>
            <dt>{t('admin.users.state')}</dt>
            <dd>{stateName(t, account.state)}</dd>
            <dt>{t('admin.user.emailVerified')}</dt>
            <dd>{t(account.emailVerified ? 'account.yes' : 'account.no')}</dd>
            <dt>{t('admin.users.created')}</dt>
            <dd>{format.when(account.createdAt)}</dd>
            {account.disabledAt !== null && (
              <>
                <dt>{t('admin.user.disabledAt')}</dt>
                <dd>{format.when(account.disabledAt)}</dd>
              </>
            )}
            <dt>{t('admin.user.factors')}</dt>
            <dd>
              {t('admin.user.factorsText', {
                totp: t(account.secondFactors.totpEnabled ? 'admin.user.on' : 'admin.user.off'),
                sms: t(account.secondFactors.smsEnabled ? 'admin.user.on' : 'admin.user.off'),
                codes: account.secondFactors.backupCodesRemaining,
              })}
            </dd>
          </dl>
          <p className="secondary">
            <Link href={`/admin/audit?subject=${encodeURIComponent(account.id)}&category=administration`}>{t('admin.user.history')}</Link>
          </p>

          <section aria-labelledby="user-roles">
            <h2 id="user-roles">{t('admin.user.rolesTitle')}</h2>
            <form onSubmit={askRoles} noValidate>
              <fieldset className="choices">
                <legend className="visually-hidden">{t('admin.user.rolesTitle')}</legend>
                {ROLE_NAMES.map((role) => (
                  <CheckField
                    key={role}
                    name={`role-${role}`}
                    label={roleName(t, role)}
                    checked={role === 'user' || ticked.includes(role)}
                    disabled={role === 'user'}
                    {...(role === 'user' ? { hint: t('admin.user.userHint') } : {})}
                    onChange={(event) =>
                      setTicked((current) => (event.target.checked ? [...current, role] : current.filter((other) => other !== role)))
                    }
                  />
                ))}
              </fieldset>
              <button type="submit" className="button primary" disabled={busy}>
                {t('admin.user.saveRoles')}
              </button>
            </form>
          </section>

          <section aria-labelledby="user-account">
            <h2 id="user-account">{t('admin.user.accountTitle')}</h2>
            <div className="actions">
              {account.state === 'disabled' ? (
                <button type="button" className="button" onClick={() => setAsking('enable')}>
                  {t('admin.user.enable')}
                </button>
              ) : (
                <button type="button" className="button" onClick={() => setAsking('disable')}>
                  {t('admin.user.disable')}
                </button>
              )}
              <button type="button" className="button" onClick={() => setAsking('reset')}>
                {t('admin.user.reset')}
              </button>
            </div>
          </section>
        </>
      )}
      {asking !== null && (
        <Confirm
          title={t(questions[asking].title, { name })}
          body={t(questions[asking].body)}
          confirm={t(questions[asking].confirm)}
          busy={busy}
          onConfirm={() => void act(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
    </Screen>
  );
}
