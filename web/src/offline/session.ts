import type { Offline } from './offline';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The access token the app holds during an offline start: never sent. The API cannot be asked
 * whether the session lives, so when the silent refresh of the start fails on the network and
 * this browser holds the saved Today of the account last signed in, the refresh is answered with
 * this placeholder: the app opens signed in on what it saved. A call made with it goes without
 * any token: offline it fails on the network like every call; online the API answers 401, so the
 * client refreshes for real (the HttpOnly cookie decides, as always) and retries once; an ended
 * session shows the login as before.
 */
export const OFFLINE_TOKEN = 'offline-placeholder';
const OFFLINE_LIFETIME_S = 900;

const AUTH = '/api/v1/auth/';
const SIGNS_IN = new Set([AUTH + 'login', AUTH + 'mfa/verify', AUTH + 'refresh']);

/**
 * Wraps the ApiClient's fetch (src/main.tsx): learns the signed-in account from the access token
 * the API gives (its `sub`), clears the offline store on sign-out, tells the offline side when the
 * network fails or answers, and opens the app offline (see OFFLINE_TOKEN).
 */
export function offlineAwareFetch(fetchImpl: Fetch, offline: Offline): Fetch {
  let sessionSeen = false;
  return async (input, init = {}) => {
    const path = input.split('?')[0] ?? input;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    if (headers.get('Authorization') === `Bearer ${OFFLINE_TOKEN}`) {
      // Never sent: the call goes without it. Offline it fails on the network as any call (the
      // saved data answers); online the API's 401 makes the client refresh for real and retry.
      headers.delete('Authorization');
      init = { ...init, headers };
    }
    if (method === 'POST' && path === AUTH + 'logout') void offline.signedOut();
    let response: Response;
    try {
      response = await fetchImpl(input, init);
    } catch (failure) {
      offline.setOnline(false);
      if (method === 'POST' && path === AUTH + 'refresh' && !sessionSeen) {
        const account = await offline.storedAccount();
        if (account !== null) {
          await offline.signedIn(account);
          return new Response(JSON.stringify({ accessToken: OFFLINE_TOKEN, tokenType: 'Bearer', expiresIn: OFFLINE_LIFETIME_S }), {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          });
        }
      }
      throw failure;
    }
    offline.setOnline(true);
    if (response.ok && method === 'POST' && SIGNS_IN.has(path)) {
      const account = accountOf(await response.clone().json().catch(() => null));
      if (account !== null) {
        sessionSeen = true;
        await offline.signedIn(account);
      }
    }
    return response;
  };
}

/** The `sub` of the access token in a login or refresh answer (a JWT), or null. */
export function accountOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('accessToken' in body)) return null;
  const token = (body as { accessToken: unknown }).accessToken;
  if (typeof token !== 'string') return null;
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='))) as unknown;
    const sub = typeof json === 'object' && json !== null && 'sub' in json ? (json as { sub: unknown }).sub : null;
    return typeof sub === 'string' && sub !== '' ? sub : null;
  } catch {
    return null;
  }
}
