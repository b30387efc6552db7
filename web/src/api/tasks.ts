import { offline as pageOffline, type Offline } from '../offline/offline';
import type { ApiClient, ApiResult, Page } from './client';
import { NETWORK_PROBLEM } from './problem';

/**
 * A task as `GET /tasks/{id}` shows it, and one the app queued while offline (`pending: true`).
 *
 * The one addition to the API's shape: `pending`, present and true only on a provisional task (an
 * add queued offline): its `id` is a local one (`local-<uuid>`), its `number` is 0 (the API gives
 * the real one when it gets it), `createdAt` the time it was queued. Completing it works as for
 * any task (the complete is queued after its add, or sent to the API's id once the add was).
 */
export interface Task {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly status: 'open' | 'done';
  readonly createdAt: string;
  readonly doneAt: string | null;
  readonly pending?: true;
}

/*
 * The task calls of the app. Every page adds, completes and lists tasks through these, so the
 * offline queue (which keeps them while the network is away) has one place to stand
 * (docs/web/offline.md). The signatures and the results of the API are unchanged; when the API
 * cannot be reached (a network failure, status 0) and an account is signed in on this browser:
 *
 * - `openTasks` answers the Today saved at the last successful listing (with the changes queued
 *   since): `{ ok: true, status: 200, value: { items, nextCursor: null } }`, and the offline banner
 *   says "Showing what you had at HH:MM". Every successful listing saves it.
 * - `addTask` queues the task (its Idempotency-Key made once, now) and answers
 *   `{ ok: true, status: 202, value: <the provisional task, pending: true> }`.
 * - `completeTask` queues the complete and answers `{ ok: true, status: 202, value: <the task, done> }`
 *   (the title is the one the page passes, else empty: `completeTask(api, id, title?)`).
 * - `reopenTask` is not queued (it is the undo of a moment ago; offline it fails as before).
 *
 * Refusals (4xx, 5xx) are answered as before. The queue is sent when the network comes back
 * (src/offline/OfflineBanner.tsx: on start and on `online`), each change once.
 */

/** The calls the queue replays: the API's own, never queued again. */
export function sender(api: ApiClient) {
  return {
    add: (title: string, key: string) => api.request<Task>('POST', '/tasks', { title }, { headers: { 'Idempotency-Key': key } }),
    complete: (id: string) => api.request<Task>('PATCH', `/tasks/${encodeURIComponent(id)}`, { status: 'done' }),
  };
}

export async function openTasks(api: ApiClient, offline: Offline = pageOffline): Promise<ApiResult<Page<Task>>> {
  const result = await api.request<Page<Task>>('GET', '/tasks?status=open&limit=100');
  if (result.ok) {
    const queued = await offline.queue()?.entries();
    // What is still queued stays visible over the API's list until it is sent.
    const pendingTasks = ((await offline.readToday())?.tasks ?? []).filter((task) => task.pending === true);
    const completing = new Set((queued ?? []).filter((change) => change.kind === 'complete').map((change) => change.taskId));
    const items = [...result.value.items.filter((task) => !completing.has(task.id)), ...pendingTasks.filter((task) => !completing.has(task.id))];
    await offline.saveToday(items);
    return queued === undefined || queued.length === 0 ? result : { ...result, value: { ...result.value, items } };
  }
  if (result.status !== 0) return result;
  const saved = await offline.savedToday();
  if (saved === null) return result;
  return { ok: true, status: 200, value: { items: saved.tasks, nextCursor: null } };
}

export async function addTask(api: ApiClient, title: string, offline: Offline = pageOffline): Promise<ApiResult<Task>> {
  const queue = offline.queue();
  // One key for this task, whether it is sent now or queued: an answer lost on the way still
  // names the task the API made, and the queue's later send gets it back instead of a second one.
  const key = crypto.randomUUID();
  const result = await sender(api).add(title, key);
  if (result.ok) {
    await offline.changeToday((tasks) => [...tasks, result.value]);
    return result;
  }
  if (result.status !== 0 || queue === null) return result;
  const change = await queue.add(title.trim(), key);
  const task: Task = { id: change.localId, number: 0, title: change.title, status: 'open', createdAt: change.queuedAt, doneAt: null, pending: true };
  await offline.changeToday((tasks) => [...tasks, task]);
  await offline.countPending();
  return { ok: true, status: 202, value: task };
}

export async function completeTask(api: ApiClient, id: string, title = '', offline: Offline = pageOffline): Promise<ApiResult<Task>> {
  const queue = offline.queue();
  const resolved = queue === null ? id : await queue.resolve(id);
  const result = resolved === null ? null : await sender(api).complete(resolved);
  if (result !== null && result.ok) {
    await offline.changeToday((tasks) => tasks.filter((task) => task.id !== id && task.id !== result.value.id));
    return result;
  }
  // A task still queued (no API id yet), or the network failed: queue the complete.
  if ((result !== null && result.status !== 0) || queue === null) return result ?? { ok: false, status: 0, problem: NETWORK_PROBLEM };
  const saved = (await offline.readToday())?.tasks.find((task) => task.id === id) ?? null;
  await queue.complete(id, title || saved?.title || '');
  await offline.changeToday((tasks) => tasks.filter((task) => task.id !== id));
  await offline.countPending();
  const now = new Date().toISOString();
  const base: Task = saved ?? { id, number: 0, title, status: 'open', createdAt: now, doneAt: null };
  return { ok: true, status: 202, value: { ...base, status: 'done', doneAt: now, pending: true } };
}

export function reopenTask(api: ApiClient, id: string): Promise<ApiResult<Task>> {
  return api.request('PATCH', `/tasks/${encodeURIComponent(id)}`, { status: 'open' });
}

export function deleteTask(api: ApiClient, id: string): Promise<ApiResult<null>> {
  return api.request('DELETE', `/tasks/${encodeURIComponent(id)}`);
}
