import { NETWORK_PROBLEM, parseProblem, type Problem } from './problem';

/** What every call answers: the value of a success, or the problem of a refusal. */
export type ApiResult<T> =
  | { readonly ok: true; readonly status: number; readonly value: T }
  | { readonly ok: false; readonly status: number; readonly problem: Problem; readonly retryAfter?: number };

export interface Tokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly tokenType: string;
  readonly expiresIn: number;
}

export type SecondFactor = 'totp' | 'sms' | 'backup_code';

export interface MfaChallenge {
  readonly mfaRequired: true;
  readonly mfaToken: string;
  readonly methods: readonly SecondFactor[];
}

export interface Task {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly status: 'open' | 'done';
  readonly createdAt: string;
  readonly doneAt: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface Me {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly locale?: string;
  readonly emailVerified?: boolean;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * The API as the web app calls it: JSON in and out, the access token in this object's memory
 * only (never in storage, so a reload asks to log in again), every refusal read as a problem.
 * The refresh token of a login is dropped on purpose: nothing a script can read keeps it
 * (the HttpOnly cookie that will carry it comes from the API side, docs/web.md).
 */
export class ApiClient {
  private accessToken: string | null = null;
  private readonly fetchImpl: Fetch;
  private readonly base: string;
  private readonly listeners = new Set<() => void>();

  constructor(fetchImpl: Fetch = (input, init) => fetch(input, init), base = '/api/v1') {
    this.fetchImpl = fetchImpl;
    this.base = base;
  }

  get signedIn(): boolean {
    return this.accessToken !== null;
  }

  /** Called whenever the client signs in or out (a 401 signs it out). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setToken(token: string | null): void {
    if (token === this.accessToken) return;
    this.accessToken = token;
    for (const listener of this.listeners) listener();
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.accessToken !== null) headers.Authorization = `Bearer ${this.accessToken}`;
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
    if (response.status === 401 && this.accessToken !== null) {
      this.setToken(null);
    }
    const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    return {
      ok: false,
      status: response.status,
      problem: parseProblem(response.status, parsed),
      ...(Number.isFinite(retryAfter) ? { retryAfter } : {}),
    };
  }

  register(email: string, password: string, displayName: string): Promise<ApiResult<Me>> {
    return this.request('POST', '/auth/register', { email, password, displayName });
  }

  verifyEmail(token: string): Promise<ApiResult<null>> {
    return this.request('POST', '/auth/verify-email', { token });
  }

  /** Logs in: signed in at once, or the second step the API asks for. */
  async logIn(email: string, password: string): Promise<ApiResult<'signed-in' | MfaChallenge>> {
    const result = await this.request<Tokens | MfaChallenge>('POST', '/auth/login', { email, password });
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
    const result = await this.request<Tokens>('POST', '/auth/mfa/verify', { mfaToken, method, code });
    return this.signInWith(result);
  }

  private signInWith(result: ApiResult<Tokens | MfaChallenge>): ApiResult<'signed-in' | MfaChallenge> {
    if (!result.ok) return result;
    if ('mfaRequired' in result.value) return { ok: true, status: result.status, value: result.value };
    this.setToken(result.value.accessToken);
    return { ok: true, status: result.status, value: 'signed-in' };
  }

  forgotPassword(email: string): Promise<ApiResult<null>> {
    return this.request('POST', '/auth/password/forgot', { email });
  }

  resetPassword(token: string, newPassword: string): Promise<ApiResult<null>> {
    return this.request('POST', '/auth/password/reset', { token, newPassword });
  }

  /** Ends the session on the server; the token is forgotten here whatever the answer. */
  async logOut(): Promise<void> {
    if (this.accessToken === null) return;
    await this.request('POST', '/auth/logout');
    this.setToken(null);
  }

  me(): Promise<ApiResult<Me>> {
    return this.request('GET', '/users/me');
  }

  openTasks(): Promise<ApiResult<Page<Task>>> {
    return this.request('GET', '/tasks?status=open&limit=100');
  }

  addTask(title: string): Promise<ApiResult<Task>> {
    return this.request('POST', '/tasks', { title });
  }

  completeTask(id: string): Promise<ApiResult<Task>> {
    return this.request('PATCH', `/tasks/${encodeURIComponent(id)}`, { status: 'done' });
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
