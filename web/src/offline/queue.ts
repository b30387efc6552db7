import type { ApiResult } from '../api/client';
import type { Task } from '../api/tasks';
import type { OfflineStore } from './store';

/**
 * The changes made while the API could not be reached, kept in order in the offline store per
 * account, and sent in that order when it can be reached again (docs/web/offline.md).
 *
 * - An added task gets its `Idempotency-Key` here, once, when it is queued: every later attempt
 *   sends the same key, so the API creates it once even when an answer was lost (decision 0029). It
 *   also gets a local id (`local-...`), under which the page shows it until it is sent.
 * - A completed task is `PATCH {status: "done"}`, the same however often it is sent. Completing a
 *   task that is itself still queued queues the complete after its add, which names it by local id.
 * - `flush` sends the queue under one lock (a Web Lock, shared by every tab of the origin): a second
 *   tab's flush waits, then finds the entries already sent gone. Each entry leaves the queue only
 *   once its answer came: a success, or a refusal (4xx other than 401, 408 and 429) that sending
 *   again cannot change, which is dropped and reported. A network failure, a 401 (signed out), a
 *   408, a 429 or a 5xx stops the flush and keeps the rest for the next one.
 */
export type QueuedChange =
  | { readonly kind: 'add'; readonly id: string; readonly localId: string; readonly key: string; readonly title: string; readonly queuedAt: string }
  | { readonly kind: 'complete'; readonly id: string; readonly taskId: string; readonly title: string; readonly queuedAt: string };

/** What sends a change: the API's task calls, without the offline layer. */
export interface Sender {
  add(title: string, key: string): Promise<ApiResult<Task>>;
  complete(taskId: string): Promise<ApiResult<Task>>;
}

/** Runs `work` alone among every tab (navigator.locks in the browser). */
export type Lock = <T>(work: () => Promise<T>) => Promise<T>;

export interface FlushReport {
  /** The changes the API took, with its answer. */
  readonly sent: readonly { readonly change: QueuedChange; readonly task: Task }[];
  /** The changes it refused for good (a 4xx), with the status. */
  readonly dropped: readonly { readonly change: QueuedChange; readonly status: number }[];
  /** Why the flush stopped before the end of the queue: null when the queue is empty. */
  readonly stopped: null | 'network' | 'signed-out' | 'later';
}

export const LOCAL_PREFIX = 'local-';

export function isLocalId(id: string): boolean {
  return id.startsWith(LOCAL_PREFIX);
}

const queueKey = (account: string) => `queue:${account}`;
const idsKey = (account: string) => `ids:${account}`;

/** The queue of one account, in the store. */
export class OfflineQueue {
  private readonly store: OfflineStore;
  private readonly account: string;
  private readonly newId: () => string;

  constructor(store: OfflineStore, account: string, newId: () => string = () => crypto.randomUUID()) {
    this.store = store;
    this.account = account;
    this.newId = newId;
  }

  async entries(): Promise<readonly QueuedChange[]> {
    return (await this.store.get<QueuedChange[]>(queueKey(this.account))) ?? [];
  }

  /**
   * Queues an added task: its local id, and its Idempotency-Key unless the failed attempt had one
   * already (which must then be kept), are made now, once.
   */
  async add(title: string, key: string = this.newId(), now: Date = new Date()): Promise<QueuedChange & { kind: 'add' }> {
    const change = { kind: 'add', id: this.newId(), localId: LOCAL_PREFIX + this.newId(), key, title, queuedAt: now.toISOString() } as const;
    await this.store.update<QueuedChange[]>(queueKey(this.account), (queue) => [...(queue ?? []), change]);
    return change;
  }

  /**
   * Queues a complete. A task completed twice is queued once; a queued task completed before it
   * was sent keeps its add, then its complete (the API then has it, done).
   */
  async complete(taskId: string, title: string, now: Date = new Date()): Promise<void> {
    const change = { kind: 'complete', id: this.newId(), taskId, title, queuedAt: now.toISOString() } as const;
    await this.store.update<QueuedChange[]>(queueKey(this.account), (queue) =>
      (queue ?? []).some((other) => other.kind === 'complete' && other.taskId === taskId) ? (queue ?? []) : [...(queue ?? []), change],
    );
  }

  /** The API's id of a task first shown under a local id, once its add was sent. */
  async resolve(id: string): Promise<string | null> {
    if (!isLocalId(id)) return id;
    return (await this.store.get<Record<string, string>>(idsKey(this.account)))?.[id] ?? null;
  }

  /** Sends the queue in order, alone among the tabs (see the type's comment). */
  flush(sender: Sender, lock: Lock): Promise<FlushReport> {
    return lock(async () => {
      const sent: { change: QueuedChange; task: Task }[] = [];
      const dropped: { change: QueuedChange; status: number }[] = [];
      for (;;) {
        const [change] = await this.entries();
        if (change === undefined) return { sent, dropped, stopped: null };
        const result = await this.send(change, sender);
        if (result === 'dropped-add') {
          // reported once, with its add
        } else if (result.ok) {
          if (change.kind === 'add') {
            const realId = result.value.id;
            await this.store.update<Record<string, string>>(idsKey(this.account), (ids) => ({ ...ids, [change.localId]: realId }));
          }
          sent.push({ change, task: result.value });
        } else if (result.status === 0) {
          return { sent, dropped, stopped: 'network' };
        } else if (result.status === 401) {
          return { sent, dropped, stopped: 'signed-out' };
        } else if (result.status === 408 || result.status === 429 || result.status >= 500) {
          return { sent, dropped, stopped: 'later' };
        } else {
          dropped.push({ change, status: result.status });
        }
        await this.store.update<QueuedChange[]>(queueKey(this.account), (queue) => (queue ?? []).filter((other) => other.id !== change.id));
      }
    });
  }

  private async send(change: QueuedChange, sender: Sender): Promise<ApiResult<Task> | 'dropped-add'> {
    if (change.kind === 'add') return sender.add(change.title, change.key);
    const id = await this.resolve(change.taskId);
    // Its add was refused and dropped: there is no task to complete.
    if (id === null) return 'dropped-add';
    return sender.complete(id);
  }
}

/** A lock across tabs through the Web Locks API; where it is missing, one within this tab. */
export function webLock(name = 'assistant-offline-queue', locks: LockManager | undefined = globalThis.navigator?.locks): Lock {
  // The lock is held until the promise `work` returns settles; request answers that promise's value.
  if (locks !== undefined) return <T,>(work: () => Promise<T>) => locks.request(name, work) as unknown as Promise<T>;
  let tail: Promise<unknown> = Promise.resolve();
  return <T,>(work: () => Promise<T>) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}
