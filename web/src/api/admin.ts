import type { ApiClient, ApiResult, Page } from './client';
import type { UsageGrouping, UsageReport } from './account';

/* The administration calls (docs/api.md, "Administration", "Audit trail", "Background jobs", "SMS"). */

export type RoleName = 'user' | 'premium' | 'administrator';
export const ROLE_NAMES: readonly RoleName[] = ['user', 'premium', 'administrator'];
export type AccountState = 'active' | 'disabled' | 'unverified';
export const ACCOUNT_STATES: readonly AccountState[] = ['active', 'unverified', 'disabled'];

/** An account as `GET /admin/users` lists it. */
export interface AdminAccount {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly state: AccountState;
  readonly emailVerified: boolean;
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

/** `GET /admin/users/{id}`: the account and its second factors (never a secret). */
export interface AdminAccountDetail extends AdminAccount {
  readonly secondFactors: { readonly totpEnabled: boolean; readonly smsEnabled: boolean; readonly backupCodesRemaining: number };
}

export interface UserSearch {
  readonly q?: string;
  readonly role?: string;
  readonly state?: string;
  readonly cursor?: string | null;
}

export interface AuditEntry {
  readonly at: string;
  readonly category: 'decision' | 'security' | 'administration' | string;
  readonly action: string;
  readonly actorId: string | null;
  readonly subjectId: string | null;
  readonly resource: string | null;
  readonly decision: 'allow' | 'deny' | null;
  readonly address: string | null;
  readonly userAgent: string | null;
  readonly requestId: string | null;
}

export interface AuditFilters {
  readonly actor?: string;
  readonly subject?: string;
  readonly action?: string;
  readonly decision?: string;
  readonly category?: string;
  readonly from?: string;
  readonly to?: string;
  readonly cursor?: string | null;
}

export interface Jobs {
  readonly scheduler: readonly {
    readonly name: string;
    readonly state: 'running' | 'failing' | 'scheduled' | string;
    readonly nextRunAt: string | null;
    readonly lastSuccessAt: string | null;
    readonly lastFailureAt: string | null;
    readonly consecutiveFailures: number;
  }[];
  readonly queues: readonly { readonly name: string; readonly due: number; readonly retrying: number; readonly deadLetters: number }[];
  readonly recentFailures: readonly { readonly source: string; readonly at: string; readonly error: string }[];
}

/** `?a=1&b=2` of the values given (empty ones left out), or '' when none. */
export function query(values: Readonly<Record<string, string | null | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value.trim() !== '') params.set(name, value.trim());
  }
  const text = params.toString();
  return text === '' ? '' : '?' + text;
}

export function users(api: ApiClient, search: UserSearch): Promise<ApiResult<Page<AdminAccount>>> {
  return api.request('GET', '/admin/users' + query({ q: search.q, role: search.role, state: search.state, cursor: search.cursor }));
}

export function user(api: ApiClient, id: string): Promise<ApiResult<AdminAccountDetail>> {
  return api.request('GET', `/admin/users/${encodeURIComponent(id)}`);
}

export function setRoles(api: ApiClient, id: string, roles: readonly string[]): Promise<ApiResult<{ id: string; roles: string[] }>> {
  return api.request('PUT', `/admin/users/${encodeURIComponent(id)}/roles`, { roles });
}

export function disableUser(api: ApiClient, id: string): Promise<ApiResult<AdminAccount>> {
  return api.request('POST', `/admin/users/${encodeURIComponent(id)}/disable`, {});
}

export function enableUser(api: ApiClient, id: string): Promise<ApiResult<AdminAccount>> {
  return api.request('POST', `/admin/users/${encodeURIComponent(id)}/enable`, {});
}

export function resetSecondFactors(api: ApiClient, id: string): Promise<ApiResult<null>> {
  return api.request('POST', `/admin/users/${encodeURIComponent(id)}/second-factors/reset`, {});
}

export function audit(api: ApiClient, filters: AuditFilters): Promise<ApiResult<Page<AuditEntry>>> {
  return api.request(
    'GET',
    '/admin/audit' +
      query({
        actor: filters.actor,
        subject: filters.subject,
        action: filters.action,
        decision: filters.decision,
        category: filters.category,
        from: filters.from,
        to: filters.to,
        cursor: filters.cursor,
        limit: '50',
      }),
  );
}

export function jobs(api: ApiClient): Promise<ApiResult<Jobs>> {
  return api.request('GET', '/admin/jobs');
}

export function allSmsUsage(api: ApiClient, by: UsageGrouping): Promise<ApiResult<UsageReport>> {
  return api.request('GET', `/admin/sms/usage?by=${by}`);
}
