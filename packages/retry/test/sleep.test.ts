import { sleep } from '@kyc-errors/retry';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

describe('sleep (fake timers: nothing waits for real)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the delay, not before', async () => {
    let done = false;
    const waiting = sleep(1000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });

  it('rejects with the signal’s reason the moment it fires, and clears its timer', async () => {
    const controller = new AbortController();
    const reason = new Error('shutting down');
    const waiting = sleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(sleep(60_000, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('removes its abort listener once it resolves', async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, 'removeEventListener');
    const waiting = sleep(10, controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    await waiting;
    expect(remove).toHaveBeenCalledWith('abort', expect.any(Function));
  });

  it.each([-5, Number.NaN, Number.NEGATIVE_INFINITY])(
    'a delay of %s waits no time at all',
    async (ms) => {
      const waiting = sleep(ms);
      await vi.advanceTimersByTimeAsync(0);
      await expect(waiting).resolves.toBeUndefined();
    },
  );

  it('chains timers for a wait longer than one setTimeout can hold (~24.8 days)', async () => {
    const thirtyDays = 30 * 24 * 60 * 60 * 1000;
    let done = false;
    const waiting = sleep(thirtyDays).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(2_147_483_647);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(thirtyDays - 2_147_483_647);
    await waiting;
    expect(done).toBe(true);
  });
});
