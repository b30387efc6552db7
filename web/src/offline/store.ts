/**
 * Where the installed app keeps what it needs offline (the last Today, the queue of changes): a
 * small key-value interface, so the queue's logic runs in tests on `memoryStore()` and in the
 * browser on IndexedDB (database `assistant-offline`, one object store `kv`). Nothing here goes to
 * localStorage or sessionStorage. Values are structured-clonable (plain JSON-like data).
 */
export interface OfflineStore {
  get<T>(key: string): Promise<T | undefined>;
  /**
   * Reads the value, hands it to `change` and writes its answer (undefined deletes the key), in one
   * step: two updates of one key never lose each other's change (an IndexedDB readwrite transaction
   * in the browser). `change` must be synchronous.
   */
  update<T>(key: string, change: (current: T | undefined) => T | undefined): Promise<T | undefined>;
  /** Deletes every key (sign-out, another account). */
  clear(): Promise<void>;
}

/** A store in memory: the tests', and the fallback where IndexedDB cannot be opened (private modes). */
export function memoryStore(): OfflineStore {
  const values = new Map<string, unknown>();
  return {
    get: <T,>(key: string) => Promise.resolve(structuredClone(values.get(key)) as T | undefined),
    update<T>(key: string, change: (current: T | undefined) => T | undefined) {
      const next = change(structuredClone(values.get(key)) as T | undefined);
      if (next === undefined) values.delete(key);
      else values.set(key, structuredClone(next));
      return Promise.resolve(next);
    },
    clear() {
      values.clear();
      return Promise.resolve();
    },
  };
}

const DATABASE = 'assistant-offline';
const STORE = 'kv';

/** The IndexedDB store; falls back to memory when IndexedDB is missing or refuses to open. */
export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): OfflineStore {
  if (factory === undefined) return memoryStore();
  let opened: Promise<IDBDatabase | null> | null = null;
  const database = () => {
    opened ??= new Promise((resolve) => {
      const request = factory.open(DATABASE, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    });
    return opened;
  };
  const fallback = memoryStore();
  const run = <T,>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => unknown, answer: () => T): Promise<T> =>
    database().then(
      (db) =>
        new Promise<T>((resolve, reject) => {
          if (db === null) throw new Error('IndexedDB unavailable');
          const transaction = db.transaction(STORE, mode);
          work(transaction.objectStore(STORE));
          transaction.oncomplete = () => resolve(answer());
          transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
          transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
        }),
    );
  return {
    async get<T>(key: string) {
      if ((await database()) === null) return fallback.get<T>(key);
      let value: T | undefined;
      return run(
        'readonly',
        (store) => {
          const request = store.get(key);
          request.onsuccess = () => {
            value = request.result as T | undefined;
          };
          return request;
        },
        () => value,
      );
    },
    async update<T>(key: string, change: (current: T | undefined) => T | undefined) {
      if ((await database()) === null) return fallback.update(key, change);
      let next: T | undefined;
      return run(
        'readwrite',
        (store) => {
          const request = store.get(key);
          request.onsuccess = () => {
            next = change(request.result as T | undefined);
            if (next === undefined) store.delete(key);
            else store.put(next, key);
          };
          return request;
        },
        () => next,
      );
    },
    async clear() {
      if ((await database()) === null) return fallback.clear();
      return run('readwrite', (store) => store.clear(), () => undefined);
    },
  };
}
