import { inspect } from 'node:util';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { PLANTED, PLANTED_FAILURES } from '../../../test/support/engine-vendor.js';
import { inngestGuard } from '../src/index.js';
import { runStep } from './engine.js';

// A secret and an applicant's personal data planted in the vendor's body, in the request the
// client error carries (as axios' does: config, headers, data) and in its message. Whatever
// the adapter hands Inngest (the error's name, message, stack and cause, as the SDK
// serializes them, and the thrown error itself as a logger prints it) holds none of them.

const providers = { 'smile-id': smileId, signingcloud: signingCloud } as const;

function expectNoneOf(text: string): void {
  for (const value of PLANTED) expect(text).not.toContain(value);
}

describe.each(PLANTED_FAILURES)('%s', (_name, vendor, thrown) => {
  describe.each([true, false])('idempotent: %s', (idempotent) => {
    const guarded = inngestGuard(
      async () => {
        throw thrown;
      },
      { provider: providers[vendor], idempotent, refreshCredentials: () => {} },
    );

    it('hands Inngest no planted secret or personal value', async () => {
      const report = await runStep(guarded);
      expect(report.error).toMatchObject({ name: expect.any(String), message: expect.any(String) });
      expectNoneOf(JSON.stringify(report));
    });

    it('throws an error from which no logger prints one', async () => {
      const error = await guarded().then(
        () => expect.unreachable(),
        (e: unknown) => e as Error,
      );
      expect(error).not.toBe(thrown);
      for (const text of [
        inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
        String(error),
        error.stack ?? '',
        JSON.stringify(error),
        JSON.stringify((error as { cause?: unknown }).cause),
      ]) {
        expectNoneOf(text);
      }
    });
  });
});
