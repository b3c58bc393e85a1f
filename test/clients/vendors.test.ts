import { persona } from '@kyc-errors/persona';
import { sumsub } from '@kyc-errors/sumsub';
import { veriff } from '@kyc-errors/veriff';
import { describe, it } from 'vitest';
import { CLIENTS } from '../support/clients.js';
import type { LoopCase } from '../support/expectations.js';
import { useEmulator } from '../support/harness.js';
import { expectRow, runLoop } from '../support/loops.js';

// Sumsub, Veriff and Persona through every client, the boundary, retry() and p-retry, against
// the emulator answering as each of them does (issue #17). Waits cost no real time.

const emulator = useEmulator();

const ROWS: readonly LoopCase[] = [
  {
    // No header, but Sumsub documents 5-second windows: the wait is that window.
    target: 'sumsub/rate-limited-then-ok',
    provider: sumsub,
    error: { category: 'rate-limit', reason: 'RATE_LIMITED' },
    stopped: undefined,
    calls: 2,
    waits: [5000],
  },
  {
    target: 'sumsub/bad-signature',
    provider: sumsub,
    error: { category: 'auth', reason: 'INVALID_SIGNATURE' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    // A timed-out upload that landed: look it up, never upload again blindly.
    target: 'sumsub/duplicate-document',
    provider: sumsub,
    error: { category: 'user-state', reason: 'DUPLICATE_DOCUMENT', code: '1000' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'veriff/signature-mismatch',
    provider: veriff,
    error: { category: 'auth', reason: 'HMAC_MISMATCH_QUERY_ID', code: '1818' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'veriff/missing-parameters',
    provider: veriff,
    error: { category: 'validation', reason: 'MISSING_PARAMETERS', code: '1102' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
  {
    target: 'veriff/error-then-ok',
    provider: veriff,
    error: { category: 'retryable', reason: 'VENDOR_INTERNAL_ERROR' },
    stopped: undefined,
    calls: 2,
    waits: [100],
  },
  {
    // RateLimit-Reset (seconds) with RateLimit-Remaining 0 is the wait: no Retry-After needed.
    target: 'persona/rate-limited-then-ok',
    provider: persona,
    error: { category: 'rate-limit', reason: 'RATE_LIMITED' },
    stopped: undefined,
    calls: 2,
    waits: [2000],
  },
  {
    target: 'persona/unauthorized',
    provider: persona,
    error: { category: 'auth', reason: 'MISSING_OR_INVALID_API_KEY' },
    stopped: 'not-retryable',
    calls: 1,
    waits: [],
  },
];

describe.concurrent.each(CLIENTS)('new vendors with $name through bodyOrThrow', (client) => {
  it.each(ROWS)('retry(), $target: $error.reason, $calls calls', async (c) => {
    const vendor = emulator.session();
    expectRow(
      vendor,
      c,
      await runLoop(vendor, 'retry', client, c, { idempotent: true, mode: 'boundary' }),
    );
  });

  it.each(ROWS)('p-retry, $target: $error.reason, $calls calls', async (c) => {
    const vendor = emulator.session();
    expectRow(
      vendor,
      c,
      await runLoop(vendor, 'p-retry', client, c, { idempotent: true, mode: 'boundary' }),
    );
  });
});
