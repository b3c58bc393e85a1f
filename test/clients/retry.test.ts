import { bodyOrThrow, isKycFailure } from '@kyc-errors/core';
import { retry } from '@kyc-errors/retry';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { CLIENTS } from '../support/clients.js';
import { IDEMPOTENT, NON_IDEMPOTENT } from '../support/expectations.js';
import { rejection, send, useEmulator } from '../support/harness.js';
import { expectRow, runLoop } from '../support/loops.js';
import { leaks } from '../support/secrets.js';

// retry() driving each client against the emulator: the table in support/expectations.ts,
// through the boundary and with the client's own errors thrown as they are.

const emulator = useEmulator();

/** The deadline of the real-time tests: far shorter than the slow scenario or any timeout. */
const DEADLINE_MS = 150;

/** The rows a client that throws its own errors can reach raw: every non-2xx and transport one. */
const RAW_CASES = IDEMPOTENT.filter((c) => !c.target.startsWith('signingcloud/'));

describe.concurrent.each(CLIENTS)('retry() with $name through bodyOrThrow', (client) => {
  it.each(IDEMPOTENT)('idempotent, $target: $error.reason, $stopped, $calls calls', async (c) => {
    const vendor = emulator.session();
    const run = await runLoop(vendor, 'retry', client, c, { idempotent: true, mode: 'boundary' });
    expectRow(vendor, c, run);
  });

  it.each(NON_IDEMPOTENT)('not idempotent, $target: $stopped, $calls calls', async (c) => {
    const vendor = emulator.session();
    const run = await runLoop(vendor, 'retry', client, c, {
      idempotent: false,
      mode: 'boundary',
    });
    expectRow(vendor, c, run);
  });
});

describe.concurrent.each(CLIENTS.filter((c) => c.name !== 'fetch'))(
  'retry() with $name, its own errors thrown as they are',
  (client) => {
    it.each(RAW_CASES)('$target: $error.reason, $stopped, $calls calls', async (c) => {
      const vendor = emulator.session();
      const run = await runLoop(vendor, 'retry', client, c, { idempotent: true, mode: 'raw' });
      expectRow(vendor, c, run);
    });
  },
);

describe.concurrent.each(CLIENTS)('retry() deadlines with $name (real time)', (client) => {
  it('an attempt that ignores its signal is cut off at the deadline', async () => {
    const vendor = emulator.session();
    const started = Date.now();
    // No signal handed to the client, and a client timeout far beyond the deadline.
    const failure = await rejection(
      retry(() => bodyOrThrow(smileId, send(client, vendor.url('net/slow'))), {
        provider: smileId,
        deadlineMs: DEADLINE_MS,
      }),
    );
    expect(Date.now() - started).toBeLessThan(4000);
    expect(failure.stoppedBecause).toBe('deadline');
    expect(vendor.calls('net/slow')).toBeLessThanOrEqual(1);
    expect(leaks(failure)).toEqual([]);
  });

  it('a refreshCredentials hook that never settles is cut off at the deadline', async () => {
    const vendor = emulator.session();
    const started = Date.now();
    const failure = await rejection(
      retry(
        ({ signal }) =>
          bodyOrThrow(
            signingCloud,
            send(client, vendor.url('signingcloud/token-expired'), { signal }),
          ),
        {
          provider: signingCloud,
          // Long enough for the first call to come back even on a loaded machine: the
          // deadline must pass while the hook hangs, not during the call.
          deadlineMs: 1000,
          refreshCredentials: () => new Promise(() => {}),
        },
      ),
    );
    expect(Date.now() - started).toBeLessThan(4000);
    expect(failure.stoppedBecause).toBe('deadline');
    expect(failure.error.reason).toBe('ACCESS_TOKEN_EXPIRED');
    expect(vendor.calls('signingcloud/token-expired')).toBe(1);
  });

  it('the caller aborting mid-attempt stops the loop as aborted', async () => {
    const vendor = emulator.session();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const thrown = await retry(
      ({ signal }) => bodyOrThrow(smileId, send(client, vendor.url('net/slow'), { signal })),
      { provider: smileId, signal: controller.signal },
    ).catch((e: unknown) => e);
    expect(isKycFailure(thrown) && thrown.stoppedBecause).toBe('aborted');
    expect(vendor.calls('net/slow')).toBeLessThanOrEqual(1);
  });
});
