import { bodyOrThrow, isKycFailure, type KycFailure } from '@kyc-errors/core';
import { pRetryOptions, type RefreshCredentials, retry } from '@kyc-errors/retry';
import { expect } from 'vitest';
import { FRESH_TOKEN } from '../../packages/signingcloud/test/emulator.js';
import type { Client } from './clients.js';
import { refusedUrl } from './emulator.js';
import type { LoopCase, Target } from './expectations.js';
import { START } from './expectations.js';
import { send, type VendorSession } from './harness.js';
import { pRetry } from './peers.js';
import { leaks, SECRET_HEADERS } from './secrets.js';
import { fakeTime } from './time.js';

// Runs one row of the table through one retry loop with one client, and checks the row.

/** The retry loops under test, each handed the same policy and hooks. */
export type LoopName = 'retry' | 'p-retry';

/** How the operation hands the client's answer to the loop. */
export type Mode =
  /** Through the boundary: `bodyOrThrow(provider, client call)`. */
  | 'boundary'
  /** The client's own promise, as it is: the loop sees what the client throws. */
  | 'raw';

/** What one run ended with. */
export interface LoopRun {
  readonly value?: unknown;
  readonly failure?: KycFailure;
  /** Anything thrown that is not a `KycFailure` (a bug the test reports). */
  readonly other?: unknown;
  readonly waits: readonly number[];
  readonly refreshes: number;
  readonly start: number;
}

/**
 * The client timeout for the slow scenario (which answers after 10 s): short, as three
 * attempts run per row; long enough that a loaded machine still delivers the request
 * before it fires. The other scenarios keep a generous one, so a loaded machine cannot
 * turn a refused connection into a timeout.
 */
export const SLOW_TIMEOUT_MS = 200;

/** The client timeout for a scenario. */
export const timeoutFor = (target: string): number =>
  target === 'net/slow' ? SLOW_TIMEOUT_MS : 5000;

/** The policy every run uses: three attempts, jitter at half its ceiling. */
export const POLICY = { maxAttempts: 3, random: () => 0.5 } as const;

/**
 * Runs `c` through `loop` with `client`. The operation sends the API key (or, after
 * `refreshCredentials`, the fresh token) and personal data; waits cost no real time.
 */
export async function runLoop(
  vendor: VendorSession,
  loop: LoopName,
  client: Client,
  c: LoopCase,
  options: { readonly idempotent: boolean; readonly mode: Mode },
): Promise<LoopRun> {
  const start = c.start ?? START;
  const time = fakeTime(start);
  const url = c.target === 'refused' ? await refusedUrl() : vendor.url(c.target);
  let headers: Readonly<Record<string, string>> = SECRET_HEADERS;
  let refreshes = 0;
  const refreshCredentials: RefreshCredentials = () => {
    refreshes += 1;
    headers = { authorization: `Bearer ${FRESH_TOKEN}` };
  };
  const timeoutMs = timeoutFor(c.target);
  const call = (signal?: AbortSignal) => {
    const sent = send(
      client,
      url,
      signal === undefined ? { headers, timeoutMs } : { headers, timeoutMs, signal },
    );
    return options.mode === 'raw' ? sent : bodyOrThrow(c.provider, sent, { now: time.now });
  };
  const hooks = {
    ...POLICY,
    idempotent: options.idempotent,
    sleep: time.sleep,
    now: time.now,
    refreshCredentials,
  };
  const settled =
    loop === 'retry'
      ? retry(({ signal }) => call(signal), { provider: c.provider, ...hooks })
      : pRetry(() => call(), pRetryOptions(c.provider, hooks));
  return settled.then(
    (value) => ({ value, waits: time.waits, refreshes, start }),
    (thrown: unknown) =>
      isKycFailure(thrown)
        ? { failure: thrown, waits: time.waits, refreshes, start }
        : { other: thrown, waits: time.waits, refreshes, start },
  );
}

/**
 * Checks the calls the emulator saw: exactly, but for the slow scenario at most (its client
 * timeout may fire before a request arrives) and for a refused connection not at all.
 */
export function expectCalls(vendor: VendorSession, target: Target, calls: number): void {
  if (target === 'refused') return;
  if (target === 'net/slow') expect(vendor.calls(target)).toBeLessThanOrEqual(calls);
  else expect(vendor.calls(target)).toBe(calls);
}

/** Checks a run against its row: outcome, last error, calls seen, waits, refreshes, no leak. */
export function expectRow(vendor: VendorSession, c: LoopCase, run: LoopRun): void {
  if (run.other !== undefined) {
    const { name, code } = run.other as { name?: unknown; code?: unknown };
    expect.fail(`the loop rejected with ${String(name)} ${String(code)}, not a KycFailure`);
  }
  if (c.stopped === undefined) {
    expect(run.failure?.error, 'the call should have resolved').toBeUndefined();
  } else {
    expect(run.failure?.stoppedBecause).toBe(c.stopped);
    expect(run.failure?.error).toMatchObject(c.error);
    expect(leaks(run.failure)).toEqual([]);
  }
  if (c.stopped !== undefined) expect(run.failure?.attempts).toBe(c.waits.length + 1);
  expectCalls(vendor, c.target, c.calls);
  expect(run.waits).toEqual(c.waits);
  if (c.deferredBy !== undefined) expect(run.failure?.notBefore).toBe(run.start + c.deferredBy);
  const refreshes = c.target === 'signingcloud/token-expired' && c.stopped === undefined ? 1 : 0;
  expect(run.refreshes).toBe(refreshes);
}
