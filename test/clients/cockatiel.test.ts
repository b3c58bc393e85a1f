import { bodyOrThrow, isKycFailure } from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import type { RetryPolicyOptions } from '@kyc-errors/retry';
import { cockatielPolicy } from '@kyc-errors/retry/cockatiel';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { CLIENTS, type Client } from '../support/clients.js';
import { refusedUrl } from '../support/emulator.js';
import type { LoopCase } from '../support/expectations.js';
import { send, useEmulator, type VendorSession } from '../support/harness.js';
import { expectRow, type LoopRun, type Mode, timeoutFor } from '../support/loops.js';
import { leaks } from '../support/secrets.js';

// cockatielPolicy (the real cockatiel 3) driving each client. cockatiel waits on its own
// timers, so jitter is off (random() = 0: every backoff is 0 ms) and only one row waits for
// real, a 1 s Retry-After, with fetch alone. cockatiel has nowhere to refresh a token: an expired one stops.

const emulator = useEmulator();

const retryable = (reason: string) => ({ category: 'retryable', reason }) as const;

/** What cockatielPolicy ends with for each scenario; waits are cockatiel's own delays. */
const IDEMPOTENT: readonly LoopCase[] = [
  {
    target: 'smile-id/not-authorized',
    provider: smileId,
    error: { category: 'auth', reason: 'INVALID_SIGNATURE' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'smile-id/job-exists',
    provider: smileId,
    error: { category: 'validation', reason: 'JOB_ALREADY_EXISTS' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'smile-id/html-500',
    provider: smileId,
    error: retryable('VENDOR_INTERNAL_ERROR'),
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [0, 0],
  },
  {
    target: 'smile-id/unavailable-then-ok',
    provider: smileId,
    error: retryable('SERVICE_UNAVAILABLE'),
    stopped: undefined,
    calls: 2,
    waits: [0],
  },
  {
    target: 'smile-id/rate-limited-far',
    provider: smileId,
    error: { category: 'rate-limit', reason: 'RATE_LIMITED' },
    stopped: 'deferred',
    calls: 1,
    waits: [],
  },
  {
    target: 'idenfy/throttled-then-ok',
    provider: idenfy,
    error: { category: 'rate-limit', reason: 'RATE_LIMITED' },
    stopped: undefined,
    calls: 2,
    waits: [1000],
  },
  {
    target: 'idenfy/token-limit',
    provider: idenfy,
    error: { category: 'account', reason: 'OUT_OF_CREDITS' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'signingcloud/token-expired',
    provider: signingCloud,
    error: { category: 'auth', reason: 'ACCESS_TOKEN_EXPIRED' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'signingcloud/no-credit',
    provider: signingCloud,
    error: { category: 'account', reason: 'INSUFFICIENT_CREDIT' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'net/slow',
    provider: smileId,
    error: retryable('REQUEST_TIMEOUT'),
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [0, 0],
  },
  {
    target: 'net/reset',
    provider: smileId,
    error: retryable('CONNECTION_RESET'),
    stopped: 'attempts-exhausted',
    calls: 3,
    waits: [0, 0],
  },
  {
    target: 'refused',
    provider: smileId,
    error: { ...retryable('CONNECTION_REFUSED'), delivery: 'not-sent' },
    stopped: 'attempts-exhausted',
    calls: 0,
    waits: [0, 0],
  },
];

const NON_IDEMPOTENT: readonly LoopCase[] = [
  {
    target: 'net/slow',
    provider: smileId,
    error: { ...retryable('REQUEST_TIMEOUT'), retry: { action: 'check-status' } },
    stopped: 'ambiguous',
    calls: 1,
    waits: [],
  },
  {
    target: 'refused',
    provider: smileId,
    error: retryable('CONNECTION_REFUSED'),
    stopped: 'attempts-exhausted',
    calls: 0,
    waits: [0, 0],
  },
];

/** The rows a throwing client reaches raw (SigningCloud's failures come in 2xx bodies). */
const RAW_CASES = IDEMPOTENT.filter((c) => !c.target.startsWith('signingcloud/'));

async function runCockatiel(
  vendor: VendorSession,
  client: Client,
  c: LoopCase,
  options: { readonly idempotent: boolean; readonly mode: Mode },
): Promise<LoopRun> {
  const url = c.target === 'refused' ? await refusedUrl() : vendor.url(c.target);
  const policyOptions: RetryPolicyOptions = {
    maxAttempts: 3,
    random: () => 0,
    idempotent: options.idempotent,
  };
  const policy = cockatielPolicy(c.provider, policyOptions);
  const waits: number[] = [];
  policy.onRetry(({ delay }) => waits.push(delay));
  const timeoutMs = timeoutFor(c.target);
  const start = Date.now();
  return policy
    .execute(({ signal }) => {
      const sent = send(client, url, { timeoutMs, signal });
      return options.mode === 'raw' ? sent : bodyOrThrow(c.provider, sent);
    })
    .then(
      (value) => ({ value, waits, refreshes: 0, start }),
      (thrown: unknown) =>
        isKycFailure(thrown)
          ? { failure: thrown, waits, refreshes: 0, start }
          : { other: thrown, waits, refreshes: 0, start },
    );
}

/**
 * The rows that cost real time: a real 1 s wait, and three real client timeouts. Through
 * the boundary every client hands cockatiel the same KycFailure, so these run with fetch
 * alone; the raw rows skip them (retry.test.ts covers a raw timeout with every client).
 */
const costly = (c: LoopCase): boolean =>
  c.target === 'idenfy/throttled-then-ok' || c.target === 'net/slow';

describe.concurrent.each(CLIENTS)('cockatielPolicy with $name through bodyOrThrow', (client) => {
  const rows = client.name === 'fetch' ? IDEMPOTENT : IDEMPOTENT.filter((c) => !costly(c));
  it.each(rows)('idempotent, $target: $error.reason, $stopped, $calls calls', async (c) => {
    const vendor = emulator.session();
    expectRow(
      vendor,
      c,
      await runCockatiel(vendor, client, c, { idempotent: true, mode: 'boundary' }),
    );
  });

  it.each(NON_IDEMPOTENT)('not idempotent, $target: $stopped, $calls calls', async (c) => {
    const vendor = emulator.session();
    expectRow(
      vendor,
      c,
      await runCockatiel(vendor, client, c, { idempotent: false, mode: 'boundary' }),
    );
  });
});

describe.concurrent.each(CLIENTS.filter((c) => c.name !== 'fetch'))(
  'cockatielPolicy with $name, its own errors thrown as they are',
  (client) => {
    // Here the policy, not the boundary, turns the client's error into a KycFailure: the
    // raw error (axios' config, got's options, ky's Request) carries the API key.
    it.each(RAW_CASES.filter((c) => !costly(c)))(
      '$target: $error.reason, $stopped, $calls calls; a KycFailure, no secret',
      async (c) => {
        const vendor = emulator.session();
        expectRow(
          vendor,
          c,
          await runCockatiel(vendor, client, c, { idempotent: true, mode: 'raw' }),
        );
      },
    );

    it('the rejection of a raw client error holds nothing of the request', async () => {
      const vendor = emulator.session();
      const policy = cockatielPolicy(smileId, { random: () => 0 });
      const thrown = await policy
        .execute(() => send(client, vendor.url('smile-id/not-authorized')))
        .catch((e: unknown) => e);
      expect(isKycFailure(thrown)).toBe(true);
      expect(leaks(thrown)).toEqual([]);
    });
  },
);
