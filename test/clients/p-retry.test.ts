import { isKycFailure } from '@kyc-errors/core';
import { pRetryOptions } from '@kyc-errors/retry';
import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { CLIENTS, type Client } from '../support/clients.js';
import { IDEMPOTENT, NON_IDEMPOTENT } from '../support/expectations.js';
import { send, useEmulator } from '../support/harness.js';
import { expectRow, runLoop } from '../support/loops.js';
import { pRetry } from '../support/peers.js';
import { leaks } from '../support/secrets.js';

// The real p-retry 7 with pRetryOptions driving each client against the emulator: the same
// table as retry() (support/expectations.ts), so the adapter and the executor agree.

const emulator = useEmulator();

// Raw: every non-2xx and transport row but the slow one (p-retry normalizes what the client
// threw as retry() does, and retry.test.ts covers a raw timeout with every client).
const RAW_CASES = IDEMPOTENT.filter(
  (c) => !c.target.startsWith('signingcloud/') && c.target !== 'net/slow',
);

// Through the boundary every client hands p-retry the same KycFailure (boundary.test.ts and
// retry.test.ts check that per client), so the slow row, which costs three real client
// timeouts, runs with fetch alone.
const rowsFor = (client: Client) =>
  client.name === 'fetch' ? IDEMPOTENT : IDEMPOTENT.filter((c) => c.target !== 'net/slow');

describe.concurrent.each(CLIENTS)('p-retry with $name through bodyOrThrow', (client) => {
  it.each(rowsFor(client))(
    'idempotent, $target: $error.reason, $stopped, $calls calls',
    async (c) => {
      const vendor = emulator.session();
      const run = await runLoop(vendor, 'p-retry', client, c, {
        idempotent: true,
        mode: 'boundary',
      });
      expectRow(vendor, c, run);
    },
  );

  it.each(NON_IDEMPOTENT)('not idempotent, $target: $stopped, $calls calls', async (c) => {
    const vendor = emulator.session();
    const run = await runLoop(vendor, 'p-retry', client, c, {
      idempotent: false,
      mode: 'boundary',
    });
    expectRow(vendor, c, run);
  });
});

describe.concurrent.each(CLIENTS.filter((c) => c.name !== 'fetch'))(
  'p-retry with $name, its own errors thrown as they are',
  (client) => {
    it.each(RAW_CASES)('$target: $error.reason, $stopped, $calls calls', async (c) => {
      const vendor = emulator.session();
      const run = await runLoop(vendor, 'p-retry', client, c, { idempotent: true, mode: 'raw' });
      expectRow(vendor, c, run);
    });

    it('what p-retry rejects with carries no secret of the request', async () => {
      const vendor = emulator.session();
      const thrown = await pRetry(
        () => send(client, vendor.url('smile-id/not-authorized')),
        pRetryOptions(smileId),
      ).catch((e: unknown) => e);
      expect(isKycFailure(thrown)).toBe(true);
      expect(leaks(thrown)).toEqual([]);
    });
  },
);
