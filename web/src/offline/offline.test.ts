import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/client';
import { addTask, completeTask, openTasks, sender, type Task } from '../api/tasks';
import { Offline } from './offline';
import { accountOf, OFFLINE_TOKEN, offlineAwareFetch } from './session';
import { memoryStore } from './store';
import { webLock } from './queue';

/** A JWT-shaped token whose payload names `sub` (the signature is not checked by the app). */
function token(sub: string): string {
  const part = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'ES256' })}.${part({ sub, exp: 9999999999 })}.signature`;
}

function task(id: string, title: string): Task {
  return { id, number: 1, title, status: 'open', createdAt: '2026-12-03T08:00:00Z', doneAt: null };
}

/** A fake API behind fetch: the network can be cut; records what reached it. */
function fakeNetwork() {
  const state = { down: false, tasks: [task('t1', 'call mum')], calls: [] as string[], headers: [] as string[], keys: new Map<string, Task>() };
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetchImpl = (input: string, init: RequestInit = {}) => {
    if (state.down) return Promise.reject(new TypeError('Failed to fetch'));
    const method = init.method ?? 'GET';
    const headers = new Headers(init.headers);
    state.calls.push(`${method} ${input}${headers.has('Idempotency-Key') ? ' key' : ''}`);
    state.headers.push(headers.get('Authorization') ?? '');
    if (input.includes('/tasks') && !(headers.get('Authorization') ?? '').startsWith('Bearer ey')) {
      return Promise.resolve(json(401, { type: 'unauthorized', title: 'Unauthorized', status: 401 }));
    }
    if (input.endsWith('/auth/refresh') || input.endsWith('/auth/login')) return Promise.resolve(json(200, { accessToken: token('account-sam'), tokenType: 'Bearer', expiresIn: 900 }));
    if (input.endsWith('/auth/logout')) return Promise.resolve(new Response(null, { status: 204 }));
    if (method === 'GET') return Promise.resolve(json(200, { items: state.tasks, nextCursor: null }));
    if (method === 'POST') {
      const key = headers.get('Idempotency-Key') ?? String(Math.random());
      const { title } = JSON.parse(String(init.body)) as { title: string };
      const known = state.keys.get(key);
      if (known !== undefined) return Promise.resolve(json(200, known));
      const made = task(`t${state.tasks.length + 10}`, title);
      state.keys.set(key, made);
      state.tasks = [...state.tasks, made];
      return Promise.resolve(json(201, made));
    }
    const id = decodeURIComponent(input.split('/').at(-1) ?? '');
    const found = state.tasks.find((one) => one.id === id);
    if (found === undefined) return Promise.resolve(json(404, { type: 'not-found', title: 'Not found', status: 404 }));
    state.tasks = state.tasks.filter((one) => one.id !== id);
    return Promise.resolve(json(200, { ...found, status: 'done' }));
  };
  return { state, fetchImpl };
}

async function signedIn() {
  const network = fakeNetwork();
  const offline = new Offline(memoryStore(), webLock('test', undefined));
  const api = new ApiClient(offlineAwareFetch(network.fetchImpl, offline), '/api/v1');
  await api.start();
  return { network, offline, api };
}

describe('the offline side of the task calls', () => {
  it('learns the account from the access token and saves each listing of Today', async () => {
    const { offline, api } = await signedIn();
    expect(offline.account).toBe('account-sam');
    await openTasks(api, offline);
    expect((await offline.readToday())?.tasks.map((one) => one.title)).toEqual(['call mum']);
    expect(offline.state.showingSavedAt).toBeNull();
  });

  it('offline: shows the saved Today, queues an add and a complete, answers provisional tasks, then sends each once', async () => {
    const { network, offline, api } = await signedIn();
    await openTasks(api, offline);
    network.state.down = true;

    const listed = await openTasks(api, offline);
    expect(listed.ok && listed.value.items.map((one) => one.title)).toEqual(['call mum']);
    expect(offline.state.showingSavedAt).not.toBeNull();
    expect(offline.state.online).toBe(false);

    const added = await addTask(api, 'buy bread', offline);
    expect(added).toMatchObject({ ok: true, status: 202, value: { title: 'buy bread', number: 0, pending: true } });
    const completed = await completeTask(api, 't1', 'call mum', offline);
    expect(completed).toMatchObject({ ok: true, status: 202, value: { id: 't1', status: 'done', pending: true } });
    expect(offline.state.pending).toBe(2);
    const reloaded = await openTasks(api, offline);
    expect(reloaded.ok && reloaded.value.items.map((one) => one.title)).toEqual(['buy bread']);

    network.state.down = false;
    await offline.flush(sender(api));
    await offline.flush(sender(api));
    // The add reached the API once (the first attempt failed before it), with its key.
    expect(network.state.calls.filter((call) => call.startsWith('POST /api/v1/tasks'))).toEqual(['POST /api/v1/tasks key']);
    expect(network.state.tasks.map((one) => one.title)).toEqual(['buy bread']);
    expect(offline.state).toMatchObject({ pending: 0, lastFlush: { sent: 2, dropped: [] } });
    expect((await offline.readToday())?.tasks.map((one) => [one.title, one.pending])).toEqual([['buy bread', undefined]]);
  });

  it('completes a task added offline after its add was sent, under its API id', async () => {
    const { network, offline, api } = await signedIn();
    await openTasks(api, offline);
    network.state.down = true;
    const added = await addTask(api, 'buy bread', offline);
    network.state.down = false;
    await offline.flush(sender(api));
    const localId = added.ok ? added.value.id : '';

    const done = await completeTask(api, localId, 'buy bread', offline);

    expect(done).toMatchObject({ ok: true, status: 200, value: { title: 'buy bread', status: 'done' } });
    expect(network.state.tasks.map((one) => one.title)).toEqual(['call mum']);
  });

  it('leaves refusals as they were: a 404 is not queued', async () => {
    const { offline, api } = await signedIn();
    const result = await completeTask(api, 'nope', 'x', offline);
    expect(result).toMatchObject({ ok: false, status: 404 });
    expect(offline.state.pending).toBe(0);
  });

  it('sign-out clears everything the account left in the browser', async () => {
    const { offline, api } = await signedIn();
    await openTasks(api, offline);
    await api.logOut();
    await offline.signedOut();
    expect(offline.account).toBeNull();
    expect(await offline.storedAccount()).toBeNull();
  });

  it('another account signing in clears the first one\'s data', async () => {
    const store = memoryStore();
    const offline = new Offline(store, webLock('test', undefined));
    await offline.signedIn('account-sam');
    await offline.saveToday([task('t1', 'sam only')]);
    await offline.signedIn('account-alex');
    expect(await offline.readToday()).toBeNull();
    expect(await store.get('today:account-sam')).toBeUndefined();
  });

  it('an offline start opens signed in on the saved Today, and the placeholder token never reaches the network', async () => {
    const network = fakeNetwork();
    const store = memoryStore();
    const first = new Offline(store, webLock('test', undefined));
    const before = new ApiClient(offlineAwareFetch(network.fetchImpl, first), '/api/v1');
    await before.start();
    await openTasks(before, first);

    // A reload while offline: a new page, the same store.
    network.state.down = true;
    const offline = new Offline(store, webLock('test', undefined));
    const api = new ApiClient(offlineAwareFetch(network.fetchImpl, offline), '/api/v1');
    await api.start();
    expect(api.session).toBe('signed-in');
    const listed = await openTasks(api, offline);
    expect(listed.ok && listed.value.items.map((one) => one.title)).toEqual(['call mum']);

    network.state.down = false;
    network.state.calls = [];
    const online = await openTasks(api, offline);
    expect(online.ok).toBe(true);
    // The first try goes without the placeholder (the API's 401), then the real refresh and the retry.
    expect(network.state.calls).toEqual(['GET /api/v1/tasks?status=open&limit=100', 'POST /api/v1/auth/refresh', 'GET /api/v1/tasks?status=open&limit=100']);
    expect(network.state.headers.some((sent) => sent.includes(OFFLINE_TOKEN))).toBe(false);
  });

  it('without saved data an offline start stays signed out (the login)', async () => {
    const network = fakeNetwork();
    network.state.down = true;
    const api = new ApiClient(offlineAwareFetch(network.fetchImpl, new Offline(memoryStore(), webLock('test', undefined))), '/api/v1');
    await api.start();
    expect(api.session).toBe('signed-out');
  });
});

describe('accountOf', () => {
  it('reads the sub of a JWT access token and nothing else', () => {
    expect(accountOf({ accessToken: token('abc-123') })).toBe('abc-123');
    expect(accountOf({ accessToken: OFFLINE_TOKEN })).toBeNull();
    expect(accountOf({ mfaRequired: true })).toBeNull();
    expect(accountOf({ accessToken: 'a.!!!.c' })).toBeNull();
    expect(accountOf(null)).toBeNull();
  });
});
