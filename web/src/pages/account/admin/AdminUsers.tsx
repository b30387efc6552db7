import { type FormEvent } from 'react';
import { ACCOUNT_STATES, ROLE_NAMES, users, type AdminAccount, type UserSearch } from '../../../api/admin';
import type { ApiClient } from '../../../api/client';
import { type Translate, useT } from '../../../i18n';
import { Field, Link, Screen } from '../../../ui';
import { AdminNav, Loaded, SelectField, ShowMore, Table, useFormat, usePages } from '../controls';

const FIELDS = ['q', 'role', 'state'] as const;

/** `/admin/users`: find an account by name or email, role and state, page after page. */
export function AdminUsers({ api }: { api: ApiClient }) {
  const t = useT();
  const format = useFormat();
  const { found, refused, errors, busy, search, more } = usePages<UserSearch, AdminAccount>(api, users, {}, FIELDS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    search({ q: String(data.get('q') ?? ''), role: String(data.get('role') ?? ''), state: String(data.get('state') ?? '') });
  }

  return (
    <Screen title={t('admin.users.title')}>
      <AdminNav />
      <form className="filters" onSubmit={submit} noValidate>
        <Field label={t('admin.users.q')} name="q" type="search" maxLength={200} autoComplete="off" errors={errors.q} />
        <div className="pair">
          <SelectField label={t('admin.users.role')} name="role" defaultValue="" errors={errors.role}>
            <option value="">{t('account.any')}</option>
            {ROLE_NAMES.filter((role) => role !== 'user').map((role) => (
              <option key={role} value={role}>
                {t(`admin.role.${role}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('admin.users.state')} name="state" defaultValue="" errors={errors.state}>
            <option value="">{t('account.any')}</option>
            {ACCOUNT_STATES.map((state) => (
              <option key={state} value={state}>
                {t(`admin.state.${state}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.working') : t('admin.users.search')}
        </button>
      </form>
      <Loaded value={found} refused={refused}>
        {(found) =>
          found.items.length === 0 ? (
            <p className="empty" role="status">
              {t('admin.users.empty')}
            </p>
          ) : (
            <>
              <Table
                caption={t('admin.users.caption')}
                columns={[t('admin.users.name'), t('admin.users.email'), t('admin.users.roles'), t('admin.users.state'), t('admin.users.created')]}
              >
                {found.items.map((account) => (
                  <tr key={account.id}>
                    <th scope="row">
                      <Link href={`/admin/users/${encodeURIComponent(account.id)}`}>{account.displayName}</Link>
                    </th>
                    <td className="email">{account.email}</td>
                    <td>{account.roles.map((role) => roleName(t, role)).join(', ')}</td>
                    <td>{stateName(t, account.state)}</td>
                    <td>{format.day(account.createdAt)}</td>
                  </tr>
                ))}
              </Table>
              {found.nextCursor !== null && <ShowMore busy={busy} onMore={more} />}
            </>
          )
        }
      </Loaded>
    </Screen>
  );
}

export function roleName(t: Translate, role: string): string {
  return role === 'user' || role === 'premium' || role === 'administrator' ? t(`admin.role.${role}`) : role;
}

export function stateName(t: Translate, state: string): string {
  return state === 'active' || state === 'unverified' || state === 'disabled' ? t(`admin.state.${state}`) : state;
}
