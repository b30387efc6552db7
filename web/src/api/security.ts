import type { ApiClient, ApiResult } from './client';

/*
 * The calls of the security pages (docs/api.md: accounts, second factors, sessions). Each answers
 * an ApiResult; the changes that need a recent authentication answer 403 reauthentication-required
 * without one, which the pages hand to the step-up prompt (pages/security/StepUp.tsx).
 */

export interface TotpSetup {
  readonly secret: string;
  readonly otpauthUri: string;
  readonly qrCode: string;
}

export interface BackupCodes {
  readonly backupCodes: readonly string[];
}

export interface CodeSent {
  readonly sentTo: string;
  readonly expiresIn: number;
}

export interface PhoneVerified {
  readonly phone: string;
  readonly verified: true;
  readonly smsMfa: boolean;
}

/** One session as `GET /sessions` shows it; `current` is the one making the call. */
export interface SessionInfo {
  readonly id: string;
  readonly device: string | null;
  readonly ipAddress: string | null;
  readonly createdAt: string;
  readonly lastSeenAt: string | null;
  readonly expiresAt: string;
  readonly current: boolean;
}

/** How the person proves it is them again: the password, or a code of a second factor. */
export type Proof =
  | { readonly password: string }
  | { readonly method: 'totp' | 'backup_code' | 'sms'; readonly code: string };

export function resendVerificationEmail(api: ApiClient): Promise<ApiResult<null>> {
  return api.request('POST', '/auth/verify-email/resend');
}

export function reauthenticate(api: ApiClient, proof: Proof): Promise<ApiResult<null>> {
  return api.request('POST', '/auth/reauthenticate', proof);
}

export function sendReauthenticationSms(api: ApiClient): Promise<ApiResult<CodeSent>> {
  return api.request('POST', '/auth/reauthenticate/sms/send');
}

export function startTotpSetup(api: ApiClient): Promise<ApiResult<TotpSetup>> {
  return api.request('POST', '/mfa/totp/setup');
}

/**
 * The QR code of the pending setup as a `data:` URL (the CSP allows `img-src 'self' data:`, not
 * `blob:`), fetched with the bearer token; null when it could not be had.
 */
export async function totpQrCode(api: ApiClient): Promise<string | null> {
  const { status, response } = await api.fetchRaw('/mfa/totp/qr.png', { headers: { Accept: 'image/png' } });
  if (status !== 200 || response === null) return null;
  return pngDataUrl(new Uint8Array(await response.arrayBuffer()));
}

/** Bytes as a `data:image/png;base64,` URL. */
export function pngDataUrl(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return 'data:image/png;base64,' + btoa(binary);
}

export function confirmTotp(api: ApiClient, code: string): Promise<ApiResult<BackupCodes>> {
  return api.request('POST', '/mfa/totp/confirm', { code });
}

export function disableTotp(api: ApiClient): Promise<ApiResult<null>> {
  return api.request('DELETE', '/mfa/totp');
}

export function newBackupCodes(api: ApiClient): Promise<ApiResult<BackupCodes>> {
  return api.request('POST', '/mfa/backup-codes');
}

export function listSessions(api: ApiClient): Promise<ApiResult<{ readonly items: readonly SessionInfo[] }>> {
  return api.request('GET', '/sessions');
}

export function endSession(api: ApiClient, id: string): Promise<ApiResult<null>> {
  return api.request('DELETE', `/sessions/${encodeURIComponent(id)}`);
}

export function endOtherSessions(api: ApiClient): Promise<ApiResult<null>> {
  return api.request('DELETE', '/sessions');
}

export function changePassword(api: ApiClient, currentPassword: string, newPassword: string): Promise<ApiResult<null>> {
  return api.request('POST', '/users/me/password', { currentPassword, newPassword });
}

/** Texts a code to verify a phone: for the profile alone (`phone`), or to turn SMS codes on (`mfa`). */
export function sendPhoneCode(api: ApiClient, purpose: 'phone' | 'mfa', phone: string): Promise<ApiResult<CodeSent>> {
  return api.request('POST', purpose === 'phone' ? '/users/me/phone' : '/mfa/sms/setup', { phone });
}

export function confirmPhoneCode(api: ApiClient, purpose: 'phone' | 'mfa', code: string): Promise<ApiResult<PhoneVerified>> {
  return api.request('POST', purpose === 'phone' ? '/users/me/phone/verify' : '/mfa/sms/confirm', { code });
}

export function disableSmsCodes(api: ApiClient): Promise<ApiResult<null>> {
  return api.request('DELETE', '/mfa/sms');
}
