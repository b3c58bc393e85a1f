import { pRetryOptions, type RetryOptions, retry } from '@kyc-errors/retry';
import pRetry from 'p-retry';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failing, gateway503, throttled, vendorFailure } from './fixtures/failures.js';
import { rejection } from './fixtures/rejection.js';
import { kycco } from './fixtures/vendor.js';

// The deadline and the caller's abort are hard stops: an operation or a refresh hook that
// ignores its signal and never settles cannot keep the call pending.

const never = (): Promise<never> => new Promise<never>(() => {});

/** Rejects ten (fake) seconds after it is called: long after the call it was part of. */
const late = (): Promise<never> =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error('late')), 10_000));

/**
 * Runs `scenario` under fake timers, then lets ten more seconds pass: what was cut off and
 * settles late must be no unhandled rejection, and no timer may be left.
 */
async function leavesNothingBehind(scenario: () => Promise<void>): Promise<void> {
  vi.useFakeTimers();
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  try {
    await scenario();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(unhandled).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  } finally {
    process.off('unhandledRejection', unhandled);
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('retry(): the deadline bounds what never settles', () => {
  it('an operation that ignores its signal and never settles ends at the deadline', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const pending = rejection(
      retry(
        () => {
          calls += 1;
          return never();
        },
        { provider: kycco, deadlineMs: 5000 },
      ),
    );
    await vi.advanceTimersByTimeAsync(5000);
    const failure = await pending;
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 1 });
    expect(failure.error).toMatchObject({ reason: 'REQUEST_TIMEOUT', delivery: 'uncertain' });
    expect(calls).toBe(1);
  });

  it('for a non-idempotent call, the abandoned attempt may have landed: check status', async () => {
    vi.useFakeTimers();
    const pending = rejection(
      retry(never, { provider: kycco, deadlineMs: 5000, idempotent: false }),
    );
    await vi.advanceTimersByTimeAsync(5000);
    const failure = await pending;
    expect(failure.stoppedBecause).toBe('ambiguous');
    expect(failure.error.retry.action).toBe('check-status');
  });

  it('a second attempt that hangs ends at the deadline, carrying the timeout', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const pending = rejection(
      retry(
        async () => {
          calls += 1;
          if (calls === 1) throw gateway503();
          return never();
        },
        { provider: kycco, deadlineMs: 5000, random: () => 0 },
      ),
    );
    await vi.advanceTimersByTimeAsync(5000);
    const failure = await pending;
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 2 });
    expect(calls).toBe(2);
  });

  it('a refreshCredentials that never settles ends at the deadline, carrying the expired token', async () => {
    vi.useFakeTimers();
    const refreshCredentials = vi.fn(never);
    const pending = rejection(
      retry(failing([vendorFailure('2206')], 'ok').operation, {
        provider: kycco,
        deadlineMs: 5000,
        refreshCredentials,
      }),
    );
    await vi.advanceTimersByTimeAsync(5000);
    const failure = await pending;
    expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: 1 });
    expect(failure.error.reason).toBe('TOKEN_EXPIRED');
    expect(refreshCredentials).toHaveBeenCalledTimes(1);
  });

  it('the caller’s abort ends a hanging attempt at once', async () => {
    const controller = new AbortController();
    const pending = rejection(retry(never, { provider: kycco, signal: controller.signal }));
    setTimeout(() => controller.abort(), 5);
    const failure = await pending;
    expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: 1 });
  });

  it('a late rejection of the abandoned attempt is swallowed, never unhandled', async () => {
    await leavesNothingBehind(async () => {
      const pending = rejection(retry(late, { provider: kycco, deadlineMs: 1000 }));
      await vi.advanceTimersByTimeAsync(1000);
      await pending;
    });
  });
});

describe('pRetryOptions: the caller’s abort bounds a hanging refresh', () => {
  it('a refresh that never settles ends as aborted when the signal fires', async () => {
    const controller = new AbortController();
    const options = pRetryOptions(kycco, {
      signal: controller.signal,
      refreshCredentials: never,
      onRetry: () => {
        setTimeout(() => controller.abort(), 5);
      },
    });
    const failure = await rejection(
      pRetry(failing([vendorFailure('2206')], 'ok').operation, options),
    );
    expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: 1 });
    expect(failure.error.reason).toBe('TOKEN_EXPIRED');
  });
});

// Every hook the caller hands retry() is cut off by the deadline and by the abort, whether or
// not it honours the signal: a hook here ignores its signal and settles only when its gate
// opens (never, for the deadline cases). Real timers with a short deadline; the guard is only
// there to fail the test instead of hanging it, never a claim about how fast anything is.

/** A hook that ignores its signal and settles with `value` only when `open()` is called. */
function stubborn() {
  let open = (): void => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  let calls = 0;
  let noteCall = (): void => {};
  const called = new Promise<void>((resolve) => {
    noteCall = resolve;
  });
  const hang = <T>(value: T): Promise<T> => {
    calls += 1;
    noteCall();
    return gate.then(() => value);
  };
  return { hang, called, calls: () => calls, open };
}

type Hang = <T>(value: T) => Promise<T>;

interface HookCase {
  /** The hook, as named in the tests. */
  readonly name: string;
  /** The options that put the stubborn hook in place. */
  readonly install: (hang: Hang) => Partial<RetryOptions>;
  /** What the operation throws before it would succeed. */
  readonly failures: readonly unknown[];
  /** The attempts made when the hook is cut off. */
  readonly attempts: number;
  /** The reason of the failure carried, when an attempt failed before the hook. */
  readonly carries?: string;
}

const HOOKS: readonly HookCase[] = [
  {
    name: 'sleep',
    install: (hang) => ({ sleep: () => hang(undefined) }),
    failures: [gateway503()],
    attempts: 1,
    carries: 'SERVICE_UNAVAILABLE',
  },
  {
    name: 'refreshCredentials',
    install: (hang) => ({ refreshCredentials: () => hang(undefined) }),
    failures: [vendorFailure('2206')],
    attempts: 1,
    carries: 'TOKEN_EXPIRED',
  },
  {
    name: 'budget',
    install: (hang) => ({
      budget: { costOf: () => 5, tryAcquire: () => hang(true), recordSuccess: () => {} },
    }),
    failures: [gateway503()],
    attempts: 1,
    carries: 'SERVICE_UNAVAILABLE',
  },
  {
    name: 'cooldown',
    install: (hang) => ({ cooldown: { remainingMs: () => hang(0), hold: () => {} } }),
    failures: [],
    attempts: 0,
  },
  {
    name: 'rate limit',
    install: (hang) => ({ rateLimit: { take: () => hang(0) } }),
    failures: [],
    attempts: 0,
  },
  {
    name: 'cooldown hold',
    install: (hang) => ({ cooldown: { remainingMs: () => 0, hold: () => hang(undefined) } }),
    failures: [throttled(1)],
    attempts: 1,
    carries: 'TOO_MANY_REQUESTS',
  },
  {
    name: 'sleep (for a permit)',
    install: (hang) => ({ rateLimit: { take: () => 100 }, sleep: () => hang(undefined) }),
    failures: [],
    attempts: 0,
  },
];

const PENDING = 'still pending after the guard';

/** What `promise` settles with, or PENDING if it has not settled within a generous guard. */
async function guarded<T>(promise: Promise<T>): Promise<T | typeof PENDING> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<typeof PENDING>((resolve) => {
    timer = setTimeout(() => resolve(PENDING), 4000);
  });
  try {
    return await Promise.race([promise, guard]);
  } finally {
    clearTimeout(timer);
  }
}

/** The KycFailure `pending` rejects with, or PENDING if it has not settled within the guard. */
const settled = (pending: Promise<unknown>) => guarded(rejection(pending));

describe('retry(): the deadline and the abort cut off every hook', () => {
  for (const c of HOOKS)
    it(`a ${c.name} hook that never settles is cut off at the deadline`, async () => {
      const { hang, calls } = stubborn();
      const op = failing(c.failures, 'ok');
      const failure = await settled(
        retry(op.operation, {
          provider: kycco,
          deadlineMs: 300,
          random: () => 0,
          ...c.install(hang),
        }),
      );
      expect(failure).not.toBe(PENDING);
      expect(failure).toMatchObject({ stoppedBecause: 'deadline', attempts: c.attempts });
      if (failure === PENDING) return;
      expect(failure.error.reason).toBe(c.carries ?? 'DEADLINE_PASSED');
      expect(op.calls()).toBe(c.attempts);
      expect(calls()).toBe(1); // the stop came from cutting the hook off, not from before it
    });

  for (const c of HOOKS)
    it(`an abort cuts off a ${c.name} hook that ignores the signal`, async () => {
      const { hang, called, open } = stubborn();
      const controller = new AbortController();
      const op = failing(c.failures, 'ok');
      const outcome = settled(
        retry(op.operation, {
          provider: kycco,
          signal: controller.signal,
          random: () => 0,
          ...c.install(hang),
        }),
      );
      try {
        expect(await guarded(called)).not.toBe(PENDING);
        controller.abort();
        const failure = await outcome;
        expect(failure).not.toBe(PENDING);
        expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: c.attempts });
        if (failure === PENDING) return;
        expect(failure.error.reason).toBe(c.carries ?? 'ABORTED');
        expect(op.calls()).toBe(c.attempts);
      } finally {
        open(); // the abandoned hook finishes its wait late; nothing may come of it
      }
    });

  it('a budget whose recordSuccess never settles cannot hold a success past the deadline', async () => {
    const { hang, called } = stubborn();
    const budget = {
      costOf: () => 5,
      tryAcquire: () => true,
      recordSuccess: () => hang(undefined),
    };
    const pending = retry(async () => 'ok', { provider: kycco, deadlineMs: 300, budget });
    await called;
    expect(await guarded(pending)).toBe('ok');
  });

  it('a hook cut off and rejecting later is never an unhandled rejection, and no timer is left', async () => {
    await leavesNothingBehind(async () => {
      const pending = rejection(
        retry(failing([gateway503()], 'ok').operation, {
          provider: kycco,
          deadlineMs: 1000,
          random: () => 0,
          sleep: late,
        }),
      );
      await vi.advanceTimersByTimeAsync(1000);
      expect(await pending).toMatchObject({ stoppedBecause: 'deadline', attempts: 1 });
    });
  });
});

describe('pRetryOptions: the caller’s abort cuts off a sleep hook that ignores the signal', () => {
  it('an abort cuts off a sleep hook that ignores the signal (p-retry)', async () => {
    const { hang, called, open } = stubborn();
    const controller = new AbortController();
    const options = pRetryOptions(kycco, {
      signal: controller.signal,
      random: () => 0,
      sleep: () => hang(undefined),
    });
    const outcome = settled(pRetry(failing([gateway503()], 'ok').operation, options));
    try {
      expect(await guarded(called)).not.toBe(PENDING);
      controller.abort();
      const failure = await outcome;
      expect(failure).not.toBe(PENDING);
      expect(failure).toMatchObject({ stoppedBecause: 'aborted', attempts: 1 });
    } finally {
      open();
    }
  });
});
