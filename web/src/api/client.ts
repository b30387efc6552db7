import { NETWORK_PROBLEM, parseProblem, type Problem } from './problem';

/** What every call answers: the value of a success, or the problem of a refusal. */
export type ApiResult<T> =
  | { readonly ok: true; readonly status: number; readonly value: T }
  | { readonly ok: false; readonly status: number; readonly problem: Problem; readonly retryAfter?: number };

/** A login's or a refresh's answer in cookie mode: no refresh token, which stays in the HttpOnly cookie. */
export interface Tokens {
  readonly accessToken: string;
  readonly tokenType: string;
  readonly expiresIn: number;
}

/** Where the session stands: `unknown` until the silent refresh of the start has answered. */
export type SessionState = 'unknown' | 'signed-in' | 'signed-out';

/** Asks the API to carry the refresh token in an HttpOnly cookie (decision 0028); also its CSRF guard. */
const COOKIE_MODE = { 'X-Token-Transport': 'cookie' } as const;
/** How long before the access token expires it is refreshed, and how long to wait after a network failure. */
const REFRESH_AHEAD_MS = 60_000;
const RETRY_AFTER_NETWORK_MS = 30_000;
const INVALID_CREDENTIALS = 'https://assistant.tdah.org/problems/invalid-credentials';

interface Options {
  /** Headers added to the request (the cookie mode's). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent without the bearer token and never refreshed on a 401 (login, second step, refresh). */
  readonly anonymous?: boolean;
}

export type SecondFactor = 'totp' | 'sms' | 'backup_code';

export interface MfaChallenge {
  readonly mfaRequired: true;
  readonly mfaToken: string;
  readonly methods: readonly SecondFactor[];
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** The account as `GET /users/me` shows it (docs/api.md). */
export interface Me {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly emailVerified: boolean;
  readonly roles: readonly string[];
  readonly permissions: readonly string[];
  readonly createdAt: string;
  readonly timezone: string;
  readonly locale: string;
  readonly phone?: string | null;
  readonly mfa: { readonly totpEnabled: boolean; readonly methods: readonly string[]; readonly backupCodesRemaining: number };
  readonly smsConsent: { readonly given: boolean; readonly at: string; readonly source: 'profile' | 'sms' } | null;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The API as the web app calls it: JSON in and out, every refusal read as a problem. The access
 * token lives in this object's memory only; the refresh token is the API's HttpOnly cookie
 * (`X-Token-Transport: cookie` on login, second step, refresh and logout), which no script sees.
 * `start()` refreshes once silently, so a reload keeps the session; the token is refreshed again
 * shortly before it expires, and once on a 401, the call then retried once. Refreshes never run in
 * parallel: the API rotates the refresh token and takes a reused one for a theft (decision 0006).
 */
export class ApiClient {
  private accessToken: string | null = null;
  private state: SessionState = 'unknown';
  private readonly fetchImpl: Fetch;
  private readonly base: string;
  private readonly listeners = new Set<() => void>();
  private started: Promise<void> | null = null;
  private refreshing: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the person's calls used the access token since it was issued: only then is it renewed ahead. */
  private usedSinceRefresh = false;

  constructor(fetchImpl: Fetch = (input, init) => fetch(input, init), base = '/api/v1') {
    this.fetchImpl = fetchImpl;
    this.base = base;
  }

  get signedIn(): boolean {
    return this.state === 'signed-in';
  }

  get session(): SessionState {
    return this.state;
  }

  /** Called whenever the session changes (start, sign in, sign out, a refused refresh). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The silent refresh of the start, once however often it is called: a live cookie restores the session. */
  start(): Promise<void> {
    this.started ??= this.refresh().then(() => undefined);
    return this.started;
  }

  /**
   * Trades the cookie for a new access token (and the API a new cookie). Concurrent callers share
   * one request. True when signed in afterwards; a 401 or 403 signs out, a network failure keeps
   * a token still held and tries again a little later.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.refreshOnce().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async refreshOnce(): Promise<boolean> {
    const result = await this.request<Tokens>('POST', '/auth/refresh', {}, { headers: COOKIE_MODE, anonymous: true });
    if (result.ok) {
      this.signIn(result.value);
      return true;
    }
    if (result.status === 0 && this.accessToken !== null) {
      this.schedule(RETRY_AFTER_NETWORK_MS);
      return false;
    }
    this.signOut();
    return false;
  }

  private signIn(tokens: Tokens): void {
    this.accessToken = tokens.accessToken;
    this.usedSinceRefresh = false;
    const lifetime = tokens.expiresIn * 1000;
    this.schedule(Math.max(lifetime - REFRESH_AHEAD_MS, lifetime / 2));
    this.setState('signed-in');
  }

  private signOut(): void {
    this.accessToken = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.setState('signed-out');
  }

  private schedule(delay: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      // A tab left open and unused lets its access token lapse, so the API's idle timeout still
      // ends the session; the next call after a 401 refreshes if the session is still alive.
      if (this.usedSinceRefresh) void this.refresh();
    }, delay);
  }

  private setState(state: SessionState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  async request<T>(method: string, path: string, body?: unknown, options: Options = {}): Promise<ApiResult<T>> {
    const token = options.anonymous === true ? null : this.accessToken;
    if (token !== null) this.usedSinceRefresh = true;
    const result = await this.send<T>(method, path, body, token, options);
    // A 401 invalid-credentials of a call made with a valid token (a wrong password or code for
    // POST /auth/reauthenticate) refuses the proof, not the token: no refresh, still signed in.
    if (result.ok || result.status !== 401 || token === null || result.problem.type === INVALID_CREDENTIALS) return result;
    // The access token was refused: another call may have refreshed meanwhile; else refresh once
    // (shared with every other call refused at the same time), then retry this call once.
    if (this.accessToken === token && !(await this.refresh())) return result;
    if (this.accessToken === null) return result;
    const retried = await this.send<T>(method, path, body, this.accessToken, options);
    if (retried.status === 401) this.signOut();
    return retried;
  }

  private async send<T>(
    method: string,
    path: string,
    body: unknown,
    token: string | null,
    options: Options,
  ): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await this.fetchImpl(this.base + path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch {
      return { ok: false, status: 0, problem: NETWORK_PROBLEM };
    }
    const parsed = await readJson(response);
    if (response.ok) {
      return { ok: true, status: response.status, value: parsed as T };
    }
    const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    return {
      ok: false,
      status: response.status,
      problem: parseProblem(response.status, parsed),
      ...(Number.isFinite(retryAfter) ? { retryAfter } : {}),
    };
  }

  verifyEmail(token: string): Promise<ApiResult<null>> {
    return this.request('POST', '/auth/verify-email', { token });
  }

  /** Logs in: signed in at once, or the second step the API asks for. */
  async logIn(email: string, password: string): Promise<ApiResult<'signed-in' | MfaChallenge>> {
    const result = await this.request<Tokens | MfaChallenge>(
      'POST',
      '/auth/login',
      { email, password },
      { headers: COOKIE_MODE, anonymous: true },
    );
    return this.signInWith(result);
  }

  sendSmsCode(mfaToken: string): Promise<ApiResult<{ sentTo: string; expiresIn: number }>> {
    return this.request('POST', '/auth/mfa/sms/send', { mfaToken });
  }

  async verifySecondFactor(
    mfaToken: string,
    method: SecondFactor,
    code: string,
  ): Promise<ApiResult<'signed-in' | MfaChallenge>> {
    const result = await this.request<Tokens>(
      'POST',
      '/auth/mfa/verify',
      { mfaToken, method, code },
      { headers: COOKIE_MODE, anonymous: true },
    );
    return this.signInWith(result);
  }

  private signInWith(result: ApiResult<Tokens | MfaChallenge>): ApiResult<'signed-in' | MfaChallenge> {
    if (!result.ok) return result;
    if ('mfaRequired' in result.value) return { ok: true, status: result.status, value: result.value };
    this.signIn(result.value);
    return { ok: true, status: result.status, value: 'signed-in' };
  }

  forgotPassword(email: string): Promise<ApiResult<null>> {
    return this.request('POST', '/auth/password/forgot', { email });
  }

  resetPassword(token: string, newPassword: string): Promise<ApiResult<null>> {
    return this.request('POST', '/auth/password/reset', { token, newPassword });
  }

  /**
   * Ends the session on the server (the bearer token, and the header so the answer clears the
   * cookie); the token is forgotten here whatever the answer.
   */
  async logOut(): Promise<void> {
    if (this.accessToken !== null) await this.request('POST', '/auth/logout', {}, { headers: COOKIE_MODE });
    this.signOut();
  }

  me(): Promise<ApiResult<Me>> {
    return this.request('GET', '/users/me');
  }

  /**
   * A call whose answer is not JSON (an image, an event stream): the bearer token and the same
   * refresh-once-on-401 as `request`, the raw response given back. A network failure is status 0.
   */
  async fetchRaw(path: string, init: RequestInit = {}): Promise<{ readonly status: number; readonly response: Response | null }> {
    const once = async (token: string | null) => {
      const headers = new Headers(init.headers);
      if (token !== null) headers.set('Authorization', `Bearer ${token}`);
      try {
        const response = await this.fetchImpl(this.base + path, { ...init, headers, credentials: 'same-origin' });
        return { status: response.status, response };
      } catch {
        return { status: 0, response: null };
      }
    };
    const token = this.accessToken;
    if (token !== null) this.usedSinceRefresh = true;
    const answer = await once(token);
    if (answer.status !== 401 || token === null) return answer;
    if (this.accessToken === token && !(await this.refresh())) return answer;
    if (this.accessToken === null) return answer;
    const retried = await once(this.accessToken);
    if (retried.status === 401) this.signOut();
    return retried;
  }
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
