import { KycFailure, normalize, RETRY_ACTIONS } from '@kyc-errors/core';
import { retry } from '@kyc-errors/retry';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { NonRetriableError, RetryAfterError } from 'inngest';
import { describe, expect, it } from 'vitest';
import {
  call,
  GATEWAY_503,
  HANGING,
  SMILE_2205,
  signingCloudResult,
  throttled,
  vendor,
} from '../../../test/support/engine-vendor.js';
import { inngestGuard, toInngestError } from '../src/index.js';
import { runFunction, runStep } from './engine.js';

// Each test runs a real Inngest function (the `inngest` SDK's execution engine, in process,
// through @inngest/test) whose step calls a loopback vendor through `inngestGuard`, and reads
// what the SDK reports to Inngest for the step: final (`StepFailed`, retriable false) or to be
// retried (`StepError`, retriable true or the RetryAfterError's time), and the error itself.

const NOW = Date.UTC(2026, 0, 15, 9, 30);
const fixedNow = (): number => NOW;

const cause = (error: unknown): Record<string, unknown> =>
  (error as { cause: Record<string, unknown> }).cause;

describe('a step guarded by inngestGuard, against a loopback vendor', () => {
  it('Smile ID 2205 fails the step for good: NonRetriableError, one request', async () => {
    const server = await vendor(SMILE_2205);
    const report = await runStep(inngestGuard(call(smileId, server), { provider: smileId }));
    await server.close();

    expect(report.op).toBe('StepFailed');
    expect(report.retriable).toBe(false);
    expect(report.error).toMatchObject({
      name: 'NonRetriableError',
      message: 'smile-id INVALID_SIGNATURE: Smile ID did not accept the request signature.',
      cause: { code: '2205', category: 'auth', reason: 'INVALID_SIGNATURE', retryable: false },
    });
    expect(server.seen).toHaveLength(1);
  });

  it("a 503 is left to Inngest's own backoff: a plain Error, retried", async () => {
    const server = await vendor(GATEWAY_503);
    const report = await runStep(inngestGuard(call(smileId, server), { provider: smileId }));
    await server.close();

    expect(report.op).toBe('StepError');
    expect(report.retriable).toBe(true);
    expect(report.error).toMatchObject({
      name: 'Error',
      message: 'smile-id SERVICE_UNAVAILABLE: The vendor is unavailable or overloaded.',
      cause: { httpStatus: 503, action: 'backoff' },
    });
  });

  it('a 429 with Retry-After: 30 is retried no sooner: RetryAfterError of 30 seconds', async () => {
    const server = await vendor(throttled(30));
    const report = await runStep(inngestGuard(call(smileId, server), { provider: smileId }));
    await server.close();

    expect(report.op).toBe('StepError');
    expect(report.retriable).toBe('30');
    expect(report.error).toMatchObject({
      name: 'RetryAfterError',
      cause: { category: 'rate-limit', afterMs: 30_000 },
    });
  });

  it('a 429 on a non-idempotent call is still retried: the vendor refused without acting', async () => {
    const server = await vendor(throttled(5));
    const guarded = inngestGuard(call(smileId, server), { provider: smileId, idempotent: false });
    const report = await runStep(guarded);
    await server.close();

    expect(report.retriable).toBe('5');
  });

  it('an hour-scale Retry-After is pinned to its date: RetryAfterError at now + 2 h', async () => {
    const server = await vendor(throttled(7200));
    const guarded = inngestGuard(call(smileId, server), { provider: smileId, now: fixedNow });
    const report = await runStep(guarded);
    await server.close();

    expect(report.retriable).toBe(new Date(NOW + 7_200_000).toISOString());
  });

  it('a retry() in the step that defers reschedules the step to its notBefore', async () => {
    const server = await vendor(throttled(7200));
    const guarded = inngestGuard(
      () => retry(call(smileId, server), { provider: smileId, now: fixedNow }),
      { provider: smileId },
    );
    const report = await runStep(guarded);
    await server.close();

    expect(report.retriable).toBe(new Date(NOW + 7_200_000).toISOString());
    expect(cause(report.error)).toMatchObject({
      stoppedBecause: 'deferred',
      notBefore: NOW + 7_200_000,
    });
    expect(server.seen).toHaveLength(1);
  });

  it('a timeout of a non-idempotent submission fails for good and says to check the vendor first', async () => {
    const server = await vendor(HANGING);
    const guarded = inngestGuard(call(smileId, server, 200), {
      provider: smileId,
      idempotent: false,
    });
    const report = await runStep(guarded);
    await server.close();

    expect(report.op).toBe('StepFailed');
    expect(report.error).toMatchObject({
      name: 'NonRetriableError',
      message:
        'smile-id REQUEST_TIMEOUT: The request timed out before the vendor answered; it may have been processed. Check the vendor first: look up its status before sending it again.',
      cause: { action: 'check-status', delivery: 'uncertain', retryable: false },
    });
    expect(server.seen).toHaveLength(1);
  });

  it('a retry() in the step that stopped as ambiguous fails the step and says to check the vendor first', async () => {
    const server = await vendor(GATEWAY_503);
    const guarded = inngestGuard(
      () => retry(call(smileId, server), { provider: smileId, idempotent: false }),
      { provider: smileId },
    );
    const report = await runStep(guarded);
    await server.close();

    expect(report.op).toBe('StepFailed');
    expect(report.error).toMatchObject({
      message:
        'smile-id SERVICE_UNAVAILABLE: The vendor is unavailable or overloaded. Check the vendor first: look up its status before sending it again.',
      cause: { stoppedBecause: 'ambiguous', action: 'check-status' },
    });
    expect(server.seen).toHaveLength(1);
  });

  it('the same timeout on an idempotent call is retried', async () => {
    const server = await vendor(HANGING);
    const report = await runStep(inngestGuard(call(smileId, server, 200), { provider: smileId }));
    await server.close();

    expect(report.op).toBe('StepError');
    expect(report.retriable).toBe(true);
  });
});

describe('an expired token', () => {
  it('calls the refresh hook once, then the step is retried after a second', async () => {
    const server = await vendor(signingCloudResult(6));
    const refreshed: string[] = [];
    const guarded = inngestGuard(call(signingCloud, server), {
      provider: signingCloud,
      refreshCredentials: (error) => {
        refreshed.push(error.reason);
      },
    });
    const report = await runStep(guarded);
    await server.close();

    expect(refreshed).toEqual(['ACCESS_TOKEN_EXPIRED']);
    expect(report.op).toBe('StepError');
    expect(report.retriable).toBe('1');
    expect(cause(report.error)).toMatchObject({ action: 'refresh-credentials' });
  });

  it('without a refresh hook fails the step, as retry() stops without one', async () => {
    const server = await vendor(signingCloudResult(6));
    const report = await runStep(
      inngestGuard(call(signingCloud, server), { provider: signingCloud }),
    );
    await server.close();

    expect(report.op).toBe('StepFailed');
    expect(report.error).toMatchObject({ name: 'NonRetriableError' });
  });

  it('with a refresh hook that throws fails the step with the hook’s own failure', async () => {
    const server = await vendor(signingCloudResult(6), GATEWAY_503);
    const guarded = inngestGuard(call(signingCloud, server), {
      provider: signingCloud,
      refreshCredentials: call(signingCloud, server), // the token endpoint answers 503
    });
    const report = await runStep(guarded);
    await server.close();

    expect(report.op).toBe('StepFailed');
    expect(report.error).toMatchObject({ cause: { reason: 'SERVICE_UNAVAILABLE' } });
    expect(server.seen).toHaveLength(2);
  });
});

describe('outside a step', () => {
  it('a function body guarded the same way: 2205 rejects the run for good', async () => {
    const server = await vendor(SMILE_2205);
    const report = await runFunction(inngestGuard(call(smileId, server), { provider: smileId }));
    await server.close();

    expect(report.retriable).toBe(false);
    expect(report.error).toMatchObject({ name: 'NonRetriableError' });
  });

  it('a KycError thrown as it is reads as that error, not as a retry() loop’s failure', async () => {
    const report = await runFunction(
      inngestGuard(
        () => {
          throw normalize(smileId, { status: 401, body: { code: '2205' } });
        },
        { provider: smileId },
      ),
    );
    expect(report.error).toMatchObject({ cause: { reason: 'INVALID_SIGNATURE' } });
  });

  it('an error thrown for Inngest itself passes through the guard unchanged', async () => {
    const own = new RetryAfterError('come back later', 5_000);
    const guarded = inngestGuard(
      () => {
        throw own;
      },
      { provider: smileId },
    );
    await expect(guarded()).rejects.toBe(own);
  });
});

describe('toInngestError', () => {
  const rateLimited = (afterMs: number): KycFailure =>
    new KycFailure({
      ...normalize(smileId, { status: 429 }),
      retry: { retryable: true, action: 'wait', afterMs },
    });

  it.each([
    [1, '1'],
    [1000, '1'],
    [1001, '2'],
    [1500, '2'],
    [59_999, '60'],
  ])(
    'Inngest rounds milliseconds up to whole seconds: afterMs %i is sent as %s',
    async (afterMs, sent) => {
      const report = await runStep(async () => {
        throw toInngestError(rateLimited(afterMs));
      });
      expect(report.retriable).toBe(sent);
    },
  );

  it('only backoff and wait are retried by Inngest; refresh needs the hook; every other action fails for good', () => {
    const base = normalize(smileId, { status: 503 });
    const retried = RETRY_ACTIONS.filter((action) => {
      const error = { ...base, retry: { retryable: true, action } };
      const thrown = toInngestError(error);
      return !(thrown instanceof NonRetriableError);
    });
    expect(retried).toEqual(['backoff', 'wait']);
  });

  it('advice that is not retryable fails for good whatever its action', () => {
    const base = normalize(smileId, { status: 503 });
    const error = { ...base, retry: { retryable: false, action: 'backoff' as const } };
    expect(toInngestError(error)).toBeInstanceOf(NonRetriableError);
  });

  it('a 503 on a non-idempotent call fails for good: a 5xx may come after the vendor acted', () => {
    const thrown = toInngestError(normalize(smileId, { status: 503 }), { idempotent: false });
    expect(thrown).toBeInstanceOf(NonRetriableError);
    expect(thrown.message).toContain('Check the vendor first');
  });
});
