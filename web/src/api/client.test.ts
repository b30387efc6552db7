import { describe, expect, it } from 'vitest';
import { ApiClient } from './client';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
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
const tokens = { accessToken: 'access-1', refreshToken: 'refresh-1', tokenType: 'Bearer', expiresIn: 900 };

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
    await api.openTasks();

    expect(calls[0]).toMatchObject({
      url: '/api/v1/auth/login',
      method: 'POST',
      body: { email: 'sam@example.org', password: 'purple elephants dance quietly' },
    });
    expect(calls[0]?.headers.Authorization).toBeUndefined();
    expect(calls[1]).toMatchObject({ url: '/api/v1/tasks?status=open&limit=100', method: 'GET' });
    expect(calls[1]?.headers.Authorization).toBe('Bearer access-1');
  });

  it('keeps neither token anywhere a script could read them later: not in storage, not in cookies', async () => {
    const { fetchImpl } = fakeFetch(json(200, tokens));
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    expect(JSON.stringify(api)).not.toContain('refresh-1');
    expect(JSON.stringify(Object.values(api))).not.toContain('refresh-1');
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

    const weak = await api.register('sam@example.org', 'short', 'Sam');
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

  it('forgets the token on a 401, and tells its listeners', async () => {
    const { fetchImpl } = fakeFetch(json(200, tokens), problem(401, 'authentication-required'));
    const api = new ApiClient(fetchImpl);
    let changes = 0;
    api.subscribe(() => changes++);
    await api.logIn('sam@example.org', 'pw');
    await api.openTasks();
    expect(api.signedIn).toBe(false);
    expect(changes).toBe(2);
  });

  it('logs out on the server and forgets the token even when the server refuses', async () => {
    const { calls, fetchImpl } = fakeFetch(json(200, tokens), problem(503, 'service-unavailable'));
    const api = new ApiClient(fetchImpl);
    await api.logIn('sam@example.org', 'pw');
    await api.logOut();
    expect(calls[1]).toMatchObject({ url: '/api/v1/auth/logout', method: 'POST' });
    expect(api.signedIn).toBe(false);
  });

  it('completes a task with one PATCH, its id escaped', async () => {
    const done = { id: 'a/b', number: 1, title: 't', status: 'done', createdAt: 'x', doneAt: 'y' };
    const { calls, fetchImpl } = fakeFetch(json(200, done));
    await new ApiClient(fetchImpl).completeTask('a/b');
    expect(calls[0]).toMatchObject({ url: '/api/v1/tasks/a%2Fb', method: 'PATCH', body: { status: 'done' } });
  });
});
