import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from './client';
import { completeTask, openTasks } from './tasks';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

/** A fetch that answers from a list, and remembers what it was asked. */
function fakeFetch(...answers: (Response | Error)[]) {
  const calls: Call[] = [];
  const fetchImpl = (url: string, init?: RequestInit) => {
    calls.push({
      url,
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      credentials: init?.credentials,
    });
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no answer left for ' + url);
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { calls, fetchImpl };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const problem = (status: number, kind: string, extra: object = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: `https://assistant.tdah.org/problems/${kind}`, title: kind, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
const tokens = { accessToken: 'access-1', tokenType: 'Bearer', expiresIn: 900 };
const refreshed = (n: number) => json(200, { accessToken: `access-${n}`, tokenType: 'Bearer', expiresIn: 900 });
const COOKIE_MODE = { 'X-Token-Transport': 'cookie', 'Content-Type': 'application/json' };

describe('ApiClient', () => {
  it('logs in, keeps the access token in memory and sends it as a bearer token', async () => {
    const { calls, fetchImpl } = fakeFetch(json(200, tokens), json(200, { items: [], nextCursor: null }));
    const api = new ApiClient(fetchImpl);

    expect(await api.logIn('sam@example.org', 'purple elephants dance quietly')).toEqual({
      ok: true,
      status: 200,
      value: 'signed-in',
    });
    expect(api.signedIn).toBe(true);
    await openTasks(api);

    expect(calls[0]).toMatchObject({
      url: '/api/v1/auth/login',
      method: 'POST',
      body: { email: 'sam@example.org', password: 'purple elephants dance quietly' },
    });
    expect(calls[0]?.headers.Authorization).toBeUndefined();
    expect(calls[1]).toMatchObject({ url: '/api/v1/tasks?status=open&limit=100', method: 'GET' });
    expect(calls[1]?.headers.Authorization).toBe('Bearer access-1');
  });

  it('answers the second step the API asks for, and signs in after it', async () => {
    const challenge = { mfaRequired: true, mfaToken: 'mfa-1', methods: ['totp', 'backup_code'] };
    const { calls, fetchImpl } = fakeFetch(json(200, challenge), json(200, tokens));
    const api = new ApiClient(fetchImpl);

    expect(await api.logIn('sam@example.org', 'pw')).toEqual({ ok: true, status: 200, value: challenge });
    expect(api.signedIn).toBe(false);
    expect(await api.verifySecondFactor('mfa-1', 'totp', '123456')).toMatchObject({ ok: true, value: 'signed-in' });

    expect(calls[1]).toMatchObject({
      url: '/api/v1/auth/mfa/verify',
      body: { mfaToken: 'mfa-1', method: 'totp', code: '123456' },
    });
    expect(api.signedIn).toBe(true);
  });

  it('reads a refusal as its problem, with Retry-After when rate limited', async () => {
    const { fetchImpl } = fakeFetch(
      problem(422, 'validation-failed', { errors: [{ field: 'password', message: 'Too short.' }] }),
      problem(429, 'rate-limited', {}, { 'Retry-After': '30' }),
    );
    const api = new ApiClient(fetchImpl);

    const weak = await api.request('POST', '/auth/register', { email: 'sam@example.org', password: 'short', displayName: 'Sam' });
    expect(weak).toMatchObject({ ok: false, status: 422, problem: { errors: [{ field: 'password', message: 'Too short.' }] } });
    expect(await api.forgotPassword('sam@example.org')).toMatchObject({ ok: false, status: 429, retryAfter: 30 });
  });

  it('takes an empty 204 as a success', async () => {
    const { fetchImpl } = fakeFetch(new Response(null, { status: 204 }));
    expect(await new ApiClient(fetchImpl).verifyEmail('tok')).toEqual({ ok: true, status: 204, value: null });
  });

  it('answers a network failure as a problem of status 0, never as an exception', async () => {
    const { fetchImpl } = fakeFetch(new TypeError('Failed to fetch'));
    expect(await new ApiClient(fetchImpl).forgotPassword('a@b.c')).toMatchObject({
      ok: false,
      status: 0,
      problem: { type: 'network-error' },
    });
  });

  it('completes a task with one PATCH, its id escaped', async () => {
    const done = { id: 'a/b', number: 1, title: 't', status: 'done', createdAt: 'x', doneAt: 'y' };
    const { calls, fetchImpl } = fakeFetch(json(200, done));
    await completeTask(new ApiClient(fetchImpl), 'a/b');
    expect(calls[0]).toMatchObject({ url: '/api/v1/tasks/a%2Fb', method: 'PATCH', body: { status: 'done' } });
  });
});

describe('ApiClient in cookie mode (the refresh token in the HttpOnly cookie, decision 0028)', () => {
  // Vitest runs in Node: the browser's storages and document.cookie are stood in for by recorders,
  // so anything the client wrote to them would show.
  const written: string[] = [];
  const storage = () => ({
    setItem: (key: string, value: string) => written.push(`${key}=${value}`),
    getItem: () => null,
    removeItem: () => undefined,
    clear: () => undefined,
    key: () => null,
    length: 0,
  });
  beforeEach(() => {
    written.length = 0;
    vi.stubGlobal('localStorage', storage());
    vi.stubGlobal('sessionStorage', storage());
    vi.stubGlobal('document', {
      get cookie() {
        return '';
      },
      set cookie(value: string) {
        written.push(value);
      },
    });
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /** What the client wrote where a script could read it. */
  const readable = () => written.join(';');

  it('sends X-Token-Transport: cookie with JSON and same-origin credentials on login, second step, refresh and logout', async () => {
    const challenge = { mfaRequired: true, mfaToken: 'mfa-1', methods: ['totp'] };
    const { calls, fetchImpl } = fakeFetch(
      json(200, challenge),
      json(200, tokens),
      refreshed(2),
      new Response(null, { status: 204 }),
    );
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    await api.verifySecondFactor('mfa-1', 'totp', '123456');
    expect(await api.refresh()).toBe(true);
    await api.logOut();

    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/mfa/verify',
      'POST /api/v1/auth/refresh',
      'POST /api/v1/auth/logout',
    ]);
    for (const call of calls) {
      expect(call.headers).toMatchObject(COOKIE_MODE);
      expect(call.credentials).toBe('same-origin');
    }
    expect(calls[2]?.body).toEqual({});
    expect(calls[0]?.headers.Authorization).toBeUndefined();
    expect(calls[1]?.headers.Authorization).toBeUndefined();
    expect(calls[2]?.headers.Authorization).toBeUndefined();
    expect(calls[3]?.headers.Authorization).toBe('Bearer access-2');
    expect(api.signedIn).toBe(false);
  });

  it('sends the header on no other call', async () => {
    const { calls, fetchImpl } = fakeFetch(json(200, tokens), json(200, { items: [], nextCursor: null }));
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    await openTasks(api);
    expect(calls[1]?.headers['X-Token-Transport']).toBeUndefined();
  });

  it('stores no token anywhere: not in localStorage, sessionStorage or document.cookie, nor the refresh token in the client', async () => {
    const before = readable();
    const { fetchImpl } = fakeFetch(
      json(200, { ...tokens, refreshToken: 'refresh-1' }),
      json(200, { accessToken: 'access-2', refreshToken: 'refresh-2', tokenType: 'Bearer', expiresIn: 900 }),
    );
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    await api.refresh();
    expect(readable()).toBe(before);
    expect(readable()).not.toMatch(/access-|refresh-/);
    // Even an API that still sent one in the body (it does not in cookie mode) would not be kept.
    expect(JSON.stringify(Object.values(api))).not.toContain('refresh-');
  });

  it('restores the session on start with one silent refresh (a reload keeps the person signed in)', async () => {
    const { calls, fetchImpl } = fakeFetch(refreshed(1), json(200, { items: [], nextCursor: null }));
    const api = new ApiClient(fetchImpl);
    const states: string[] = [];
    api.subscribe(() => states.push(api.session));
    expect(api.session).toBe('unknown');

    await Promise.all([api.start(), api.start()]); // React's StrictMode runs the effect twice
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ url: '/api/v1/auth/refresh', method: 'POST', body: {} });
    expect(api.session).toBe('signed-in');
    expect(states).toEqual(['signed-in']);
    await openTasks(api);
    expect(calls[1]?.headers.Authorization).toBe('Bearer access-1');
  });

  it.each([
    [401, 'invalid-refresh-token'],
    [403, 'csrf-rejected'],
  ])('shows the login when the silent refresh of the start answers %i', async (status, kind) => {
    const { calls, fetchImpl } = fakeFetch(problem(status, kind));
    const api = new ApiClient(fetchImpl);
    await api.start();
    expect(api.session).toBe('signed-out');
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(calls).toHaveLength(1); // nothing scheduled after a refusal
  });

  it('refreshes a minute before the access token expires when it was used, and lets an unused one lapse', async () => {
    const { calls, fetchImpl } = fakeFetch(json(200, tokens), json(200, { items: [] }), refreshed(2), refreshed(3));
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    await api.request('GET', '/tasks');

    await vi.advanceTimersByTimeAsync(13 * 60_000 + 59_000);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(3);
    expect(calls[2]).toMatchObject({ url: '/api/v1/auth/refresh', body: {} });
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(calls).toHaveLength(3); // no call since that refresh: the API's idle timeout is left to apply
    expect(api.signedIn).toBe(true);
  });

  it('on concurrent 401s refreshes once, then retries each call once with the new token', async () => {
    const calls: Call[] = [];
    let endRefresh: (response: Response) => void = () => undefined;
    const fetchImpl = (url: string, init?: RequestInit) => {
      const headers = (init?.headers ?? {}) as Record<string, string>;
      calls.push({ url, method: init?.method ?? 'GET', headers, body: init?.body, credentials: init?.credentials });
      if (url.endsWith('/auth/login')) return Promise.resolve(json(200, tokens));
      if (url.endsWith('/auth/refresh')) return new Promise<Response>((resolve) => (endRefresh = resolve));
      return Promise.resolve(
        headers.Authorization === 'Bearer access-2'
          ? json(200, { items: [], nextCursor: null })
          : problem(401, 'authentication-required'),
      );
    };
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');

    const answers = Promise.all([openTasks(api), api.me(), openTasks(api)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.filter((call) => call.url.endsWith('/auth/refresh'))).toHaveLength(1);
    endRefresh(refreshed(2));
    const results = await answers;

    expect(results.map((result) => result.status)).toEqual([200, 200, 200]);
    expect(calls.filter((call) => call.url.endsWith('/auth/refresh'))).toHaveLength(1);
    const apiCalls = calls.filter((call) => !call.url.includes('/auth/'));
    expect(apiCalls.map((call) => call.headers.Authorization)).toEqual([
      'Bearer access-1',
      'Bearer access-1',
      'Bearer access-1',
      'Bearer access-2',
      'Bearer access-2',
      'Bearer access-2',
    ]);
    expect(api.signedIn).toBe(true);
  });

  it('retries only once: a 401 after the refresh signs out', async () => {
    const { calls, fetchImpl } = fakeFetch(
      json(200, tokens),
      problem(401, 'authentication-required'),
      refreshed(2),
      problem(401, 'authentication-required'),
    );
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    expect(await openTasks(api)).toMatchObject({ ok: false, status: 401 });
    expect(calls).toHaveLength(4);
    expect(api.signedIn).toBe(false);
  });

  it('signs out when the refresh after a 401 is refused, without retrying the call', async () => {
    const { calls, fetchImpl } = fakeFetch(
      json(200, tokens),
      problem(401, 'authentication-required'),
      problem(401, 'invalid-refresh-token'),
    );
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    expect(await openTasks(api)).toMatchObject({ ok: false, status: 401 });
    expect(calls).toHaveLength(3);
    expect(api.signedIn).toBe(false);
  });

  it('never refreshes on a refused login (its 401 is the wrong password)', async () => {
    const { calls, fetchImpl } = fakeFetch(problem(401, 'invalid-credentials'));
    const api = new ApiClient(fetchImpl);
    expect(await api.logIn('sam@example.org', 'wrong')).toMatchObject({ ok: false, status: 401 });
    expect(calls).toHaveLength(1);
  });

  it('never refreshes on a refused re-authentication (its 401 is the wrong password, the token is fine)', async () => {
    const { calls, fetchImpl } = fakeFetch(json(200, tokens), problem(401, 'invalid-credentials'));
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    expect(await api.request('POST', '/auth/reauthenticate', { password: 'wrong' })).toMatchObject({ ok: false, status: 401 });
    expect(calls).toHaveLength(2);
    expect(calls[1]?.headers.Authorization).toBe('Bearer access-1');
    expect(api.signedIn).toBe(true);
  });

  it('logs out with the bearer token and the header, forgets the token and stops refreshing, even when the server refuses', async () => {
    const { calls, fetchImpl } = fakeFetch(json(200, tokens), problem(503, 'service-unavailable'));
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    await api.logOut();
    expect(calls[1]).toMatchObject({ url: '/api/v1/auth/logout', method: 'POST' });
    expect(calls[1]?.headers).toMatchObject({ ...COOKIE_MODE, Authorization: 'Bearer access-1' });
    expect(api.signedIn).toBe(false);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(calls).toHaveLength(2);
  });
});

describe('ApiClient.fetchRaw (answers that are not JSON: an image, an event stream)', () => {
  it('sends the bearer token, and on a 401 refreshes once and retries with the new token', async () => {
    const seen: (string | null)[] = [];
    const fetchImpl = (url: string, init?: RequestInit) => {
      if (url.endsWith('/auth/login')) return Promise.resolve(json(200, tokens));
      if (url.endsWith('/auth/refresh')) return Promise.resolve(refreshed(2));
      const authorization = new Headers(init?.headers).get('Authorization');
      seen.push(authorization);
      return Promise.resolve(
        authorization === 'Bearer access-2' ? new Response('png', { status: 200 }) : problem(401, 'authentication-required'),
      );
    };
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    const answer = await api.fetchRaw('/mfa/totp/qr.png', { headers: { Accept: 'image/png' } });
    expect(answer.status).toBe(200);
    expect(await answer.response?.text()).toBe('png');
    expect(seen).toEqual(['Bearer access-1', 'Bearer access-2']);
  });

  it('gives status 0 and no response when the network fails', async () => {
    const { fetchImpl } = fakeFetch(json(200, tokens), new TypeError('offline'));
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    expect(await api.fetchRaw('/events')).toEqual({ status: 0, response: null });
  });
});
