import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../api/client';
import type { Task } from '../api/tasks';
import { OfflineQueue, webLock, type Sender } from './queue';
import { memoryStore } from './store';

function task(id: string, title: string, status: 'open' | 'done' = 'open'): Task {
  return { id, number: 1, title, status, createdAt: '2026-12-03T08:00:00Z', doneAt: status === 'done' ? '2026-12-03T08:01:00Z' : null };
}

const ok = (value: Task): ApiResult<Task> => ({ ok: true, status: 201, value });
const refused = (status: number): ApiResult<Task> => ({ ok: false, status, problem: { type: 'x', title: 'x', status } });

/** A fake API: records every call; `answers` decides each one (default: success). */
function fakeApi(answers: Partial<Record<string, (call: number) => ApiResult<Task>>> = {}) {
  const calls: string[] = [];
  const created = new Map<string, Task>();
  let next = 0;
  const sender: Sender = {
    add(title, key) {
      calls.push(`add ${title} ${key}`);
      const answer = answers[`add ${title}`]?.(calls.length);
      if (answer !== undefined) return Promise.resolve(answer);
      const existing = created.get(key) ?? task(`t${++next}`, title);
      created.set(key, existing);
      return Promise.resolve(ok(existing));
    },
    complete(id) {
      calls.push(`complete ${id}`);
      const answer = answers[`complete ${id}`]?.(calls.length);
      return Promise.resolve(answer ?? ok(task(id, 'done', 'done')));
    },
  };
  return { calls, created, sender };
}

let ids = 0;
const newId = () => `id${++ids}`;

describe('the offline queue', () => {
  it('makes the Idempotency-Key once, at queue time, and sends every change in order, once', async () => {
    const store = memoryStore();
    const queue = new OfflineQueue(store, 'sam', newId);
    const first = await queue.add('buy bread');
    await queue.complete('t-existing', 'call mum');
    await queue.add('water plants');
    const api = fakeApi();

    const report = await queue.flush(api.sender, webLock('test', undefined));

    expect(api.calls).toEqual([`add buy bread ${first.key}`, 'complete t-existing', expect.stringMatching(/^add water plants id\d+$/)]);
    expect(report.sent).toHaveLength(3);
    expect(report.stopped).toBeNull();
    expect(await queue.entries()).toEqual([]);
    await queue.flush(api.sender, webLock('test', undefined));
    expect(api.calls).toHaveLength(3);
  });

  it('stops at a network failure, keeps the rest, and sends the same key again next time', async () => {
    const queue = new OfflineQueue(memoryStore(), 'sam', newId);
    const added = await queue.add('buy bread');
    await queue.add('water plants');
    let down = true;
    const api = fakeApi({ 'add buy bread': () => (down ? refused(0) : ok(task('t9', 'buy bread'))) });

    const stopped = await queue.flush(api.sender, webLock('test', undefined));
    expect(stopped.stopped).toBe('network');
    expect(stopped.sent).toEqual([]);
    expect(await queue.entries()).toHaveLength(2);

    down = false;
    const report = await queue.flush(api.sender, webLock('test', undefined));
    expect(report.sent.map(({ task }) => task.title)).toEqual(['buy bread', 'water plants']);
    expect(api.calls.filter((call) => call.startsWith('add buy bread'))).toEqual([`add buy bread ${added.key}`, `add buy bread ${added.key}`]);
  });

  it.each([401, 429, 503])('keeps everything after a %i for a later flush', async (status) => {
    const queue = new OfflineQueue(memoryStore(), 'sam', newId);
    await queue.add('buy bread');
    const report = await queue.flush(fakeApi({ 'add buy bread': () => refused(status) }).sender, webLock('test', undefined));
    expect(report.stopped).toBe(status === 401 ? 'signed-out' : 'later');
    expect(await queue.entries()).toHaveLength(1);
  });

  it('drops a change the API refuses for good, says so, and goes on with the next', async () => {
    const queue = new OfflineQueue(memoryStore(), 'sam', newId);
    await queue.complete('t-deleted-elsewhere', 'old task');
    await queue.add('buy bread');
    const report = await queue.flush(fakeApi({ 'complete t-deleted-elsewhere': () => refused(404) }).sender, webLock('test', undefined));
    expect(report.dropped).toEqual([{ change: expect.objectContaining({ taskId: 't-deleted-elsewhere', title: 'old task' }), status: 404 }]);
    expect(report.sent.map(({ task }) => task.title)).toEqual(['buy bread']);
    expect(await queue.entries()).toEqual([]);
  });

  it('completes a task added offline under the API id its add was given, and forgets it when the add was refused', async () => {
    const queue = new OfflineQueue(memoryStore(), 'sam', newId);
    const added = await queue.add('buy bread');
    await queue.complete(added.localId, 'buy bread');
    const refusedAdd = await queue.add('x'.repeat(3));
    await queue.complete(refusedAdd.localId, 'xxx');
    const api = fakeApi({ 'add xxx': () => refused(422) });

    const report = await queue.flush(api.sender, webLock('test', undefined));

    expect(api.calls).toEqual([`add buy bread ${added.key}`, 'complete t1', `add xxx ${refusedAdd.key}`]);
    expect(report.dropped.map(({ change }) => change.title)).toEqual(['xxx']);
    expect(await queue.resolve(added.localId)).toBe('t1');
    expect(await queue.resolve(refusedAdd.localId)).toBeNull();
    expect(await queue.resolve('t-api')).toBe('t-api');
  });

  it('queues a complete of one task once', async () => {
    const queue = new OfflineQueue(memoryStore(), 'sam', newId);
    await queue.complete('t1', 'a');
    await queue.complete('t1', 'a');
    expect(await queue.entries()).toHaveLength(1);
  });

  it('keeps each account to its own queue', async () => {
    const store = memoryStore();
    await new OfflineQueue(store, 'sam', newId).add('mine');
    expect(await new OfflineQueue(store, 'alex', newId).entries()).toEqual([]);
  });

  it('sends each change once when two tabs flush at the same time under one lock', async () => {
    const store = memoryStore();
    const lock = webLock('shared', undefined);
    await new OfflineQueue(store, 'sam', newId).add('buy bread');
    await new OfflineQueue(store, 'sam', newId).complete('t-existing', 'call mum');
    const api = fakeApi();
    // Two tabs: two queue objects on one store, flushing at once through the same lock.
    const [one, two] = await Promise.all([
      new OfflineQueue(store, 'sam', newId).flush(api.sender, lock),
      new OfflineQueue(store, 'sam', newId).flush(api.sender, lock),
    ]);
    expect(api.calls.filter((call) => call.startsWith('add'))).toHaveLength(1);
    expect(api.calls.filter((call) => call.startsWith('complete'))).toHaveLength(1);
    expect(one.sent.length + two.sent.length).toBe(2);
  });

  it('without a lock two flushes would send twice: the lock is what prevents it', async () => {
    const store = memoryStore();
    await new OfflineQueue(store, 'sam', newId).add('buy bread');
    const api = fakeApi();
    const noLock = <T,>(work: () => Promise<T>) => work();
    await Promise.all([new OfflineQueue(store, 'sam', newId).flush(api.sender, noLock), new OfflineQueue(store, 'sam', newId).flush(api.sender, noLock)]);
    expect(api.calls.filter((call) => call.startsWith('add'))).toHaveLength(2);
  });
});
