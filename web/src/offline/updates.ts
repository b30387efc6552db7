/**
 * Whether a new version of the app waits: the service worker of a newer build is installed and
 * waiting (vite-plugin-pwa's `registerType: 'prompt'`), and stays waiting until the person chooses
 * to reload: the app never reloads by itself, so nothing typed is lost mid-sentence. `register`
 * (src/main.tsx) connects it to `virtual:pwa-register`; the banner reads it and calls `apply`.
 */
export type UpdateState = 'none' | 'ready' | 'applying';

export class Updates {
  private state: UpdateState = 'none';
  private readonly listeners = new Set<() => void>();
  private activate: (() => Promise<void>) | null = null;

  get current(): UpdateState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The registration's callback for a waiting worker; `activate` makes it take over and reloads. */
  waiting(activate: () => Promise<void>): void {
    this.activate = activate;
    this.set('ready');
  }

  /** The person chose to reload now. */
  async apply(): Promise<void> {
    if (this.state !== 'ready' || this.activate === null) return;
    this.set('applying');
    try {
      await this.activate();
    } catch {
      this.set('ready');
    }
  }

  private set(state: UpdateState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

export const updates = new Updates();

type Register = (options: { onNeedRefresh?: () => void; onRegisterError?: (error: unknown) => void }) => (reloadPage?: boolean) => Promise<void>;

/** Registers the service worker (production builds only) and feeds `updates`. */
export function register(registerSW: Register, into: Updates = updates): void {
  let update: ((reloadPage?: boolean) => Promise<void>) | null = null;
  update = registerSW({
    onNeedRefresh: () => into.waiting(() => (update === null ? Promise.resolve() : update(true))),
    onRegisterError: () => undefined, // no service worker: the app works online as before
  });
}
