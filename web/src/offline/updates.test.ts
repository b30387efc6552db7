import { describe, expect, it } from 'vitest';
import { register, Updates } from './updates';

describe('the update-ready state', () => {
  it('says nothing until a new worker waits, and never reloads by itself', () => {
    const updates = new Updates();
    let reloads = 0;
    let needRefresh: (() => void) | undefined;
    register((options) => {
      needRefresh = options.onNeedRefresh;
      return () => {
        reloads++;
        return Promise.resolve();
      };
    }, updates);
    expect(updates.current).toBe('none');

    needRefresh?.();

    expect(updates.current).toBe('ready');
    expect(reloads).toBe(0);
  });

  it('reloads once when the person chooses to, and a second tap does nothing more', async () => {
    const updates = new Updates();
    const seen: string[] = [];
    updates.subscribe(() => seen.push(updates.current));
    let reloads = 0;
    updates.waiting(() => {
      reloads++;
      return new Promise(() => undefined); // the page reloads before this settles
    });

    void updates.apply();
    await updates.apply();

    expect(reloads).toBe(1);
    expect(seen).toEqual(['ready', 'applying']);
  });

  it('goes back to ready when the new worker could not take over', async () => {
    const updates = new Updates();
    updates.waiting(() => Promise.reject(new Error('redundant')));
    await updates.apply();
    expect(updates.current).toBe('ready');
  });

  it('apply without a waiting worker does nothing', async () => {
    const updates = new Updates();
    await updates.apply();
    expect(updates.current).toBe('none');
  });
});
