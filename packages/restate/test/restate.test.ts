import { inspect } from 'node:util';
import { KycFailure, normalize, RETRY_ACTIONS } from '@kyc-errors/core';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { RetryableError, TerminalError } from '@restatedev/restate-sdk';
import { describe, expect, it } from 'vitest';
import { PLANTED, PLANTED_FAILURES } from '../../../test/support/engine-vendor.js';
import { restateGuard, toRestateError } from '../src/index.js';

// The SDK-level half: which Restate error each advice becomes, with what retryAfter and
// metadata, checked on the SDK's own classes (what its invocation loop tests with
// instanceof). server.test.ts checks what restate-server then does with them.

const NOW = Date.UTC(2026, 0, 15, 9, 30);
const base = normalize(smileId, { status: 503 });

describe('toRestateError', () => {
  it('only backoff and wait are retried by Restate; refresh needs the hook; every other action is terminal', () => {
    const retried = RETRY_ACTIONS.filter((action) => {
      const thrown = toRestateError({ ...base, retry: { retryable: true, action } });
      return thrown instanceof RetryableError;
    });
    expect(retried).toEqual(['backoff', 'wait']);
  });

  it('advice that is not retryable is terminal whatever its action', () => {
    const error = { ...base, retry: { retryable: false, action: 'backoff' as const } };
    expect(toRestateError(error)).toBeInstanceOf(TerminalError);
  });

  it('a Retry-After goes to Restate in milliseconds, unrounded: afterMs 1500 is retryAfter 1500', () => {
    const error = { ...base, retry: { retryable: true, action: 'wait' as const, afterMs: 1500 } };
    const thrown = toRestateError(error);
    expect(thrown).toBeInstanceOf(RetryableError);
    expect((thrown as RetryableError).retryAfter).toBe(1500);
  });

  it("without a vendor wait, retryAfter is left out: the retry policy's backoff applies", () => {
    expect((toRestateError(base) as RetryableError).retryAfter).toBeUndefined();
  });

  it('a retry() loop that deferred is retried at its notBefore: retryAfter is the time left', () => {
    const deferred = new KycFailure(normalize(smileId, { status: 429 }), {
      stoppedBecause: 'deferred',
      notBefore: NOW + 7_200_000,
    });
    const thrown = toRestateError(deferred, { now: () => NOW + 1_000 });
    expect((thrown as RetryableError).retryAfter).toBe(7_199_000);
  });

  it('a 503 on a non-idempotent call is terminal: a 5xx may come after the vendor acted', () => {
    const thrown = toRestateError(base, { idempotent: false });
    expect(thrown).toBeInstanceOf(TerminalError);
    expect(thrown.message).toBe(
      'smile-id SERVICE_UNAVAILABLE: The vendor is unavailable or overloaded. Check the vendor first: look up its status before sending it again.',
    );
    expect((thrown as TerminalError).metadata).toMatchObject({ action: 'check-status' });
  });

  it('a 429 on a non-idempotent call is still retried: the vendor refused without acting', () => {
    const throttled = normalize(smileId, { status: 429, headers: { 'retry-after': '5' } });
    const thrown = toRestateError(throttled, { idempotent: false });
    expect((thrown as RetryableError).retryAfter).toBe(5_000);
  });

  it('the metadata of a TerminalError holds the chosen fields only, as strings', () => {
    const error = normalize(smileId, { status: 401, body: { code: '2205', error: 'x' } });
    expect((toRestateError(error) as TerminalError).metadata).toEqual({
      provider: 'smile-id',
      code: '2205',
      reason: 'INVALID_SIGNATURE',
      category: 'auth',
      action: 'fix-config',
      delivery: 'rejected',
      httpStatus: '401',
    });
  });
});

describe('restateGuard', () => {
  it('an expired token without a refresh hook is terminal, as retry() stops without one', async () => {
    const guarded = restateGuard(
      async () => {
        throw new KycFailure(
          normalize(signingCloud, { status: 200, body: { result: 6, data: 'x', mac: 'y' } }),
        );
      },
      { provider: signingCloud },
    );
    await expect(guarded()).rejects.toBeInstanceOf(TerminalError);
  });

  it("after a refresh the attempt is retried on the retry policy's delay, so a refresh that does not help backs off", async () => {
    let refreshes = 0;
    const guarded = restateGuard(
      async () => {
        throw new KycFailure(
          normalize(signingCloud, { status: 200, body: { result: 6, data: 'x', mac: 'y' } }),
        );
      },
      { provider: signingCloud, refreshCredentials: () => void refreshes++ },
    );
    const thrown = await guarded().catch((e: unknown) => e);
    expect(refreshes).toBe(1);
    expect(thrown).toBeInstanceOf(RetryableError);
    expect((thrown as RetryableError).retryAfter).toBeUndefined();
  });

  it('a refresh hook that throws makes the failure terminal, with the hook’s own failure', async () => {
    const guarded = restateGuard(
      async () => {
        throw new KycFailure(
          normalize(signingCloud, { status: 200, body: { result: 6, data: 'x', mac: 'y' } }),
        );
      },
      {
        provider: signingCloud,
        refreshCredentials: () => {
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
            code: 'ECONNREFUSED',
          });
        },
      },
    );
    const thrown = await guarded().catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(TerminalError);
    expect((thrown as TerminalError).metadata).toMatchObject({ reason: 'CONNECTION_REFUSED' });
  });

  it('a KycError thrown as it is reads as that error, not as a retry() loop’s failure', async () => {
    const guarded = restateGuard(
      () => {
        throw normalize(smileId, { status: 401, body: { code: '2205' } });
      },
      { provider: smileId },
    );
    const thrown = await guarded().catch((e: unknown) => e);
    expect((thrown as TerminalError).metadata).toMatchObject({ reason: 'INVALID_SIGNATURE' });
  });

  it('an error of the Restate SDK thrown by the call passes through unchanged', async () => {
    const own = new TerminalError('the caller decided');
    const guarded = restateGuard(
      () => {
        throw own;
      },
      { provider: smileId },
    );
    await expect(guarded()).rejects.toBe(own);
  });
});

describe('privacy: the error handed to Restate', () => {
  const providers = { 'smile-id': smileId, signingcloud: signingCloud } as const;

  describe.each(PLANTED_FAILURES)('%s', (_name, vendor, thrown) => {
    it.each([true, false])('holds no planted value (idempotent: %s)', async (idempotent) => {
      const guarded = restateGuard(
        async () => {
          throw thrown;
        },
        { provider: providers[vendor], idempotent, refreshCredentials: () => {} },
      );
      const error = await guarded().then(
        () => expect.unreachable(),
        (e: unknown) => e as Error,
      );
      expect(error).not.toBe(thrown);
      const texts = [
        inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
        String(error),
        error.stack ?? '',
        JSON.stringify(error),
        JSON.stringify((error as { cause?: unknown }).cause),
        JSON.stringify((error as { metadata?: unknown }).metadata) ?? '',
      ];
      for (const text of texts) for (const value of PLANTED) expect(text).not.toContain(value);
    });
  });
});
