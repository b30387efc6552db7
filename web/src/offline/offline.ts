import type { Task } from '../api/tasks';
import { OfflineQueue, type FlushReport, type Sender, type Lock, webLock } from './queue';
import { indexedDbStore, type OfflineStore } from './store';

/**
 * The app's offline side, one per page: which account's data the store holds (the last one
 * signed in on this browser who did not sign out), the last Today of that account, its queue,
 * and what the banner shows. The account comes from the API's answers (`session.ts` reads the
 * access token's `sub`); signing out, or another account signing in, clears the store.
 */
export interface SavedToday {
  readonly account: string;
  readonly savedAt: string;
  readonly tasks: readonly Task[];
}

export interface OfflineView {
  /** Whether the browser says it is online (and the last call did not fail on the network). */
  readonly online: boolean;
  /** When Today shows saved data: the time it was saved (ISO), else null. */
  readonly showingSavedAt: string | null;
  /** How many changes wait to be sent. */
  readonly pending: number;
  /** The local ids of the tasks whose add waits to be sent. */
  readonly queuedTasks: readonly string[];
  /** The last flush's outcome worth saying: how many were sent, which were refused. */
  readonly lastFlush: { readonly sent: number; readonly dropped: readonly string[] } | null;
}

const ACCOUNT_KEY = 'account';
const todayKey = (account: string) => `today:${account}`;

export class Offline {
  private readonly store: OfflineStore;
  private readonly lock: Lock;
  private current: string | null = null;
  /** Store work of sign-in and sign-out, which every other store call waits for. */
  private ready: Promise<void> = Promise.resolve();
  private view: OfflineView;
  private readonly listeners = new Set<() => void>();

  constructor(store: OfflineStore, lock: Lock = webLock(), online = true) {
    this.store = store;
    this.lock = lock;
    this.view = { online, showingSavedAt: null, pending: 0, queuedTasks: [], lastFlush: null };
  }

  get account(): string | null {
    return this.current;
  }

  get state(): OfflineView {
    return this.view;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(change: Partial<OfflineView>): void {
    this.view = { ...this.view, ...change };
    for (const listener of this.listeners) listener();
  }

  setOnline(online: boolean): void {
    if (online !== this.view.online) this.set({ online });
  }

  /** An account signed in (or its session came back): another account's data is cleared first. */
  signedIn(account: string): Promise<void> {
    if (this.current === account) return this.ready;
    this.current = account;
    this.ready = this.ready.then(async () => {
      const stored = await this.store.get<string>(ACCOUNT_KEY);
      if (stored !== account) {
        await this.store.clear();
        await this.store.update<string>(ACCOUNT_KEY, () => account);
      }
      await this.countPending();
    });
    return this.ready;
  }

  /** Sign-out: everything of the account leaves the browser (privacy), the queue too. */
  signedOut(): Promise<void> {
    this.current = null;
    this.ready = this.ready.then(() => this.store.clear());
    this.set({ showingSavedAt: null, pending: 0, queuedTasks: [], lastFlush: null });
    return this.ready;
  }

  /** The account whose data the store holds, for an offline start (no session can be checked). */
  async storedAccount(): Promise<string | null> {
    await this.ready;
    const account = (await this.store.get<string>(ACCOUNT_KEY)) ?? null;
    return account !== null && (await this.store.get<SavedToday>(todayKey(account))) !== undefined ? account : null;
  }

  async saveToday(tasks: readonly Task[], now: Date = new Date()): Promise<void> {
    const account = this.current;
    if (account === null) return;
    await this.ready;
    await this.store.update<SavedToday>(todayKey(account), () => ({ account, savedAt: now.toISOString(), tasks }));
    if (this.view.showingSavedAt !== null) this.set({ showingSavedAt: null });
  }

  /** Changes the saved Today (a task added or completed) without changing when it was saved. */
  async changeToday(change: (tasks: readonly Task[]) => readonly Task[]): Promise<void> {
    const account = this.current;
    if (account === null) return;
    await this.ready;
    await this.store.update<SavedToday>(todayKey(account), (saved) => (saved === undefined ? undefined : { ...saved, tasks: change(saved.tasks) }));
  }

  /** The saved Today of the account, read without telling the banner. */
  async readToday(): Promise<SavedToday | null> {
    const account = this.current;
    if (account === null) return null;
    await this.ready;
    const saved = await this.store.get<SavedToday>(todayKey(account));
    return saved === undefined || saved.account !== account ? null : saved;
  }

  /** The saved Today of the account, and the banner says it is shown. */
  async savedToday(): Promise<SavedToday | null> {
    const account = this.current;
    if (account === null) return null;
    await this.ready;
    const saved = await this.store.get<SavedToday>(todayKey(account));
    if (saved === undefined || saved.account !== account) return null;
    this.set({ showingSavedAt: saved.savedAt });
    return saved;
  }

  queue(): OfflineQueue | null {
    return this.current === null ? null : new OfflineQueue(this.store, this.current);
  }

  async countPending(): Promise<number> {
    const queue = this.queue();
    const entries = queue === null ? [] : await queue.entries();
    const queuedTasks = entries.flatMap((change) => (change.kind === 'add' ? [change.localId] : []));
    if (entries.length !== this.view.pending || queuedTasks.join() !== this.view.queuedTasks.join()) this.set({ pending: entries.length, queuedTasks });
    return entries.length;
  }

  /**
   * Sends the account's queue (see OfflineQueue.flush), then puts the API's tasks in the saved
   * Today in place of the provisional ones, and says what happened.
   */
  async flush(sender: Sender): Promise<FlushReport | null> {
    const queue = this.queue();
    if (queue === null) return null;
    await this.ready;
    const report = await queue.flush(sender, this.lock);
    if (report.sent.length > 0 || report.dropped.length > 0) {
      const added = new Map<string, Task>();
      const gone = new Set<string>();
      for (const { change, task } of report.sent) {
        if (change.kind === 'add') added.set(change.localId, task);
        else gone.add(task.id);
      }
      for (const { change } of report.dropped) if (change.kind === 'add') gone.add(change.localId);
      await this.changeToday((tasks) =>
        tasks
          .map((task) => added.get(task.id) ?? task)
          .filter((task) => !gone.has(task.id) && task.status === 'open'),
      );
      this.set({ lastFlush: { sent: report.sent.length, dropped: report.dropped.map(({ change }) => change.title) } });
    }
    if (report.stopped === 'network') this.setOnline(false);
    await this.countPending();
    return report;
  }

  /** The banner said what the last flush did; it is forgotten. */
  acknowledge(): void {
    if (this.view.lastFlush !== null) this.set({ lastFlush: null });
  }
}

/** The page's one offline side, on IndexedDB. */
export const offline = new Offline(indexedDbStore(), webLock(), globalThis.navigator?.onLine ?? true);
