import { describe, expect, it, vi } from 'vitest';
import type { ApiResult, Me } from '../../api/client';
import { needsStepUp, proofMethods, proofOf, StepUpGate, StepUpPrompt } from './stepUp';

const REAUTH: ApiResult<string> = {
  ok: false,
  status: 403,
  problem: {
    type: 'https://assistant.tdah.org/problems/reauthentication-required',
    title: 'Reauthentication required',
    status: 403,
  },
};
const FORBIDDEN: ApiResult<string> = {
  ok: false,
  status: 403,
  problem: { type: 'https://assistant.tdah.org/problems/forbidden', title: 'Forbidden', status: 403 },
};
const DONE: ApiResult<string> = { ok: true, status: 200, value: 'done' };

function calls(...answers: ApiResult<string>[]) {
  return vi.fn(() => Promise.resolve(answers.shift() ?? DONE));
}

describe('needsStepUp', () => {
  it('is true for a 403 reauthentication-required only', () => {
    expect(needsStepUp(REAUTH)).toBe(true);
    expect(needsStepUp(FORBIDDEN)).toBe(false);
    expect(needsStepUp(DONE)).toBe(false);
  });
});

describe('StepUpGate', () => {
  it('lets an answer through without asking when no proof is needed', async () => {
    const ask = vi.fn(() => Promise.resolve(true));
    const call = calls(DONE);
    expect(await new StepUpGate(ask).run(call)).toBe(DONE);
    expect(ask).not.toHaveBeenCalled();
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('asks, then retries the call once after the proof', async () => {
    const ask = vi.fn(() => Promise.resolve(true));
    const call = calls(REAUTH, DONE);
    expect(await new StepUpGate(ask).run(call)).toEqual(DONE);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('gives back the first answer when the person cancels, and does not retry', async () => {
    const call = calls(REAUTH, DONE);
    expect(await new StepUpGate(() => Promise.resolve(false)).run(call)).toBe(REAUTH);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('retries once only, even when the retry is refused again', async () => {
    const ask = vi.fn(() => Promise.resolve(true));
    const call = calls(REAUTH, REAUTH, DONE);
    expect(await new StepUpGate(ask).run(call)).toBe(REAUTH);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('shares one prompt between calls refused at the same time, and asks again later', async () => {
    let answer: (proven: boolean) => void = () => undefined;
    const ask = vi.fn(
      () =>
        new Promise<boolean>((resolve) => {
          answer = resolve;
        }),
    );
    const gate = new StepUpGate(ask);
    const first = gate.run(calls(REAUTH, DONE));
    const second = gate.run(calls(REAUTH, DONE));
    await vi.waitFor(() => {
      expect(ask).toHaveBeenCalledTimes(1);
    });
    await Promise.resolve();
    answer(true);
    expect(await first).toEqual(DONE);
    expect(await second).toEqual(DONE);
    const third = gate.run(calls(REAUTH, DONE));
    await vi.waitFor(() => {
      expect(ask).toHaveBeenCalledTimes(2);
    });
    answer(false);
    expect(await third).toBe(REAUTH);
  });
});

describe('StepUpPrompt', () => {
  it('opens on a refusal, tells its listeners, and retries the call once the proof is given', async () => {
    const prompt = new StepUpPrompt();
    const seen: boolean[] = [];
    prompt.subscribe(() => seen.push(prompt.isOpen()));
    const call = calls(REAUTH, DONE);
    const running = prompt.run(call);
    await vi.waitFor(() => {
      expect(prompt.isOpen()).toBe(true);
    });
    prompt.finish(true);
    expect(await running).toEqual(DONE);
    expect(call).toHaveBeenCalledTimes(2);
    expect(prompt.isOpen()).toBe(false);
    expect(seen).toEqual([true, false]);
  });

  it('gives back the refusal when cancelled (Escape, Cancel, or the page left)', async () => {
    const prompt = new StepUpPrompt();
    const call = calls(REAUTH, DONE);
    const running = prompt.run(call);
    await vi.waitFor(() => {
      expect(prompt.isOpen()).toBe(true);
    });
    prompt.finish(false);
    expect(await running).toBe(REAUTH);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('stays closed for answers that need no proof, and a finish without a prompt does nothing', async () => {
    const prompt = new StepUpPrompt();
    const listener = vi.fn();
    prompt.subscribe(listener);
    expect(await prompt.run(calls(FORBIDDEN))).toBe(FORBIDDEN);
    expect(prompt.isOpen()).toBe(false);
    expect(prompt.finish(false)).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('the proofs the prompt offers', () => {
  const me = (totpEnabled: boolean, methods: string[], backupCodesRemaining: number) =>
    ({ mfa: { totpEnabled, methods, backupCodesRemaining } }) as unknown as Me;

  it('offers the password first, then the second factors the account has', () => {
    expect(proofMethods(null)).toEqual(['password']);
    expect(proofMethods(me(false, [], 0))).toEqual(['password']);
    expect(proofMethods(me(true, ['totp'], 10))).toEqual(['password', 'totp', 'backup_code']);
    expect(proofMethods(me(true, ['totp', 'sms'], 0))).toEqual(['password', 'totp', 'sms']);
  });

  it('posts the password as typed, a code without its spaces', () => {
    expect(proofOf('password', ' my pass ')).toEqual({ password: ' my pass ' });
    expect(proofOf('totp', '123 456')).toEqual({ method: 'totp', code: '123456' });
    expect(proofOf('backup_code', 'ABCD-EFGH-IJKL')).toEqual({ method: 'backup_code', code: 'ABCD-EFGH-IJKL' });
  });
});
