import type { ApiClient, ApiResult, Me } from './client';

/*
 * The person's own account calls: the profile (`PATCH /users/me`), the preferences of reminders,
 * their phone numbers and their SMS usage (docs/api.md, "Profile and preferences" and "SMS").
 */

/** What `PATCH /users/me` changes; a field left out keeps its value. */
export interface ProfileChange {
  readonly displayName?: string;
  readonly timezone?: string;
  readonly locale?: 'en' | 'fr';
  readonly smsConsent?: boolean;
}

export type Channel = 'sms' | 'email' | 'web';
export const CHANNELS: readonly Channel[] = ['sms', 'email', 'web'];

/** `GET`/`PUT /users/me/preferences`: local times `HH:MM` in the person's time zone. */
export interface Preferences {
  readonly quietHours: { readonly start: string; readonly end: string } | null;
  readonly nagIntervalMinutes: number;
  readonly maxNags: number;
  readonly checkInTime: string | null;
  readonly reminderChannels: readonly Channel[];
}

export interface PhoneNumber {
  readonly id: string;
  readonly phoneNumber: string;
  readonly mode: 'dedicated' | 'shared' | string;
  readonly status: 'active' | 'released' | string;
  readonly country: string | null;
  readonly createdAt: string;
  readonly releasedAt?: string | null;
}

/** One line of `GET /sms/usage` (the administrators' adds the account and the number). */
export interface UsageLine {
  readonly period: string;
  readonly direction: 'outbound' | 'inbound' | string;
  readonly messages: number;
  readonly segments: number;
  readonly cost: string;
  readonly currency: string;
  readonly estimated: boolean;
  readonly accountId?: string;
  readonly phoneNumber?: string | null;
}

export interface NumberFee {
  readonly period: string;
  readonly phoneNumber: string;
  readonly cost: string;
  readonly currency: string;
  readonly accountId?: string;
}

export interface UsageReport {
  readonly items: readonly UsageLine[];
  readonly numberFees: readonly NumberFee[];
}

export type UsageGrouping = 'month' | 'day';

/** Where a new account's person is: the browser's language (`en`, `fr`) and its IANA time zone. */
export interface Whereabouts {
  readonly locale: 'en' | 'fr';
  readonly timezone: string | undefined;
}

/** The browser's language and zone, so a new account reads and schedules right from its first login. */
export function browserWhereabouts(locale: 'en' | 'fr'): Whereabouts {
  let timezone: string | undefined;
  try {
    timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    timezone = undefined;
  }
  return { locale, timezone: timezone === '' ? undefined : timezone };
}

/**
 * `POST /auth/register` with the browser's language and time zone. A zone the API does not know
 * (a browser's own alias) must not stop a registration: refused for that alone, it is sent again
 * without it, and the profile says UTC until the person picks theirs.
 */
export async function register(
  api: ApiClient,
  account: { readonly email: string; readonly password: string; readonly displayName: string },
  where: Whereabouts,
): Promise<ApiResult<Me>> {
  const withZone = where.timezone === undefined ? {} : { timezone: where.timezone };
  const result = await api.request<Me>('POST', '/auth/register', { ...account, locale: where.locale, ...withZone });
  const fields = result.ok ? [] : (result.problem.errors ?? []).map((error) => error.field);
  if (!result.ok && result.status === 422 && fields.length > 0 && fields.every((field) => field === 'timezone')) {
    return api.request<Me>('POST', '/auth/register', { ...account, locale: where.locale });
  }
  return result;
}

export function updateProfile(api: ApiClient, change: ProfileChange): Promise<ApiResult<Me>> {
  return api.request('PATCH', '/users/me', change);
}

export function preferences(api: ApiClient): Promise<ApiResult<Preferences>> {
  return api.request('GET', '/users/me/preferences');
}

export function savePreferences(api: ApiClient, value: Preferences): Promise<ApiResult<Preferences>> {
  return api.request('PUT', '/users/me/preferences', value);
}

export function phoneNumbers(api: ApiClient): Promise<ApiResult<{ readonly items: readonly PhoneNumber[] }>> {
  return api.request('GET', '/phone-numbers');
}

/** `POST /phone-numbers`: only the fields given are sent (both optional). */
export function provisionNumber(api: ApiClient, areaCode: string, country: string): Promise<ApiResult<PhoneNumber>> {
  const body: Record<string, string> = {};
  if (areaCode.trim() !== '') body.areaCode = areaCode.trim();
  if (country.trim() !== '') body.country = country.trim().toUpperCase();
  return api.request('POST', '/phone-numbers', body);
}

export function releaseNumber(api: ApiClient, id: string): Promise<ApiResult<null>> {
  return api.request('DELETE', `/phone-numbers/${encodeURIComponent(id)}`);
}

export function smsUsage(api: ApiClient, by: UsageGrouping): Promise<ApiResult<UsageReport>> {
  return api.request('GET', `/sms/usage?by=${by}`);
}
