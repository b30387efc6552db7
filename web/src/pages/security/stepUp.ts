import type { ApiResult, Me } from '../../api/client';
import { problemKind } from '../../api/problem';
import type { Proof } from '../../api/security';
import { cleanCode } from './format';

/** How the prompt can take the proof: the password, or a code of a second factor. */
export type Method = 'password' | 'totp' | 'sms' | 'backup_code';

/** Whether an answer asks for a proof of identity from the last five minutes. */
export function needsStepUp(result: ApiResult<unknown>): boolean {
  return !result.ok && result.status === 403 && problemKind(result.problem) === 'reauthentication-required';
}

/**
 * The step-up logic without the screen: a call answered 403 `reauthentication-required` asks the
 * person (`ask`, which resolves true once they proved it is them, false when they cancelled), then
 * is retried once; a cancelled prompt gives back the first answer. Calls refused at the same time
 * share one prompt.
 */
export class StepUpGate {
  private asking: Promise<boolean> | null = null;
  private readonly ask: () => Promise<boolean>;

  constructor(ask: () => Promise<boolean>) {
    this.ask = ask;
  }

  async run<T>(call: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const first = await call();
    if (!needsStepUp(first)) return first;
    this.asking ??= this.ask().finally(() => {
      this.asking = null;
    });
    const proven = await this.asking;
    return proven ? call() : first;
  }
}

/**
 * The prompt's state outside React: whether it is open, and what opened it (the keyboard goes back
 * there). `run` is the gate's; `finish(proven)` closes the prompt and lets the waiting calls go on.
 */
export class StepUpPrompt {
  private settle: ((proven: boolean) => void) | null = null;
  private opener: HTMLElement | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly gate = new StepUpGate(
    () =>
      new Promise<boolean>((resolve) => {
        this.settle = resolve;
        // What has the keyboard now (the body, when the button pressed was disabled meanwhile: then none).
        const active = typeof document !== 'undefined' ? document.activeElement : null;
        this.opener = typeof HTMLElement !== 'undefined' && active instanceof HTMLElement && active !== document.body ? active : null;
        this.emit();
      }),
  );

  readonly run = <T>(call: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> => this.gate.run(call);

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly isOpen = (): boolean => this.settle !== null;

  /** Closes the prompt: true after a proof (the calls are retried), false when cancelled. Gives back what opened it. */
  finish(proven: boolean): HTMLElement | null {
    const settle = this.settle;
    const opener = this.opener;
    this.settle = null;
    this.opener = null;
    this.emit();
    settle?.(proven);
    return opener;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** The ways this account can prove it is its owner: the password first, then its second factors. */
export function proofMethods(me: Me | null): Method[] {
  const methods: Method[] = ['password'];
  if (me?.mfa.totpEnabled === true) methods.push('totp');
  if (me?.mfa.methods.includes('sms') === true) methods.push('sms');
  if (me?.mfa.totpEnabled === true && me.mfa.backupCodesRemaining > 0) methods.push('backup_code');
  return methods;
}

/** What the person typed, as `POST /auth/reauthenticate` takes it. */
export function proofOf(method: Method, typed: string): Proof {
  return method === 'password' ? { password: typed } : { method, code: cleanCode(typed) };
}
