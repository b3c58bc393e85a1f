import { describe, it } from 'vitest';
import { CLIENTS } from '../support/clients.js';
import { useEmulator } from '../support/harness.js';
import { expectRow, runLoop } from '../support/loops.js';
import { LOOP_CASES } from '../support/vendors/index.js';

// Every vendor's own rows (`LOOP_CASES` in packages/<vendor>/test/emulator.ts) through every
// client, the boundary, retry() and p-retry, against the emulator answering as that vendor
// does (issue #17). Waits cost no real time.

const emulator = useEmulator();

describe.concurrent.each(CLIENTS)('every vendor with $name through bodyOrThrow', (client) => {
  it.each(LOOP_CASES)('retry(), $target: $error.reason, $calls calls', async (c) => {
    const vendor = emulator.session();
    expectRow(
      vendor,
      c,
      await runLoop(vendor, 'retry', client, c, { idempotent: true, mode: 'boundary' }),
    );
  });

  it.each(LOOP_CASES)('p-retry, $target: $error.reason, $calls calls', async (c) => {
    const vendor = emulator.session();
    expectRow(
      vendor,
      c,
      await runLoop(vendor, 'p-retry', client, c, { idempotent: true, mode: 'boundary' }),
    );
  });
});
