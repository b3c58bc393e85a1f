import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { Context } from '@temporalio/activity';
import {
  ApplicationFailure,
  CancelledFailure,
  defaultFailureConverter,
  defaultPayloadConverter,
  type LogLevel,
  type LogMetadata,
} from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { describe, expect, it } from 'vitest';
import { callWithPersonalData as call, clientError } from '../../../test/support/engine-vendor.js';
import { useEmulator } from '../../../test/support/harness.js';
import { leaks, PERSONAL_REQUEST } from '../../../test/support/secrets.js';
import { FRESH_TOKEN } from '../../signingcloud/test/emulator.js';
import { SMILE_ID_JOB_STATUS } from '../../smile-id/test/emulator.js';
import { kycActivity } from '../src/index.js';
import { kycDetailsOf } from '../src/workflow.js';

// Activities run in Temporal's MockActivityEnvironment (the worker's own Activity class: the
// real Context, cancellation and the worker's "Activity failed" log), calling the loopback
// vendor emulator. Temporal's test server is not used: it downloads a binary at run time.
// What the server would receive is what the worker encodes: defaultFailureConverter's proto.

const emulator = useEmulator();

interface LogEntry {
  readonly level: LogLevel;
  readonly message: string;
  readonly meta: LogMetadata | undefined;
}

/** A MockActivityEnvironment at `attempt`, recording what the worker logs. */
function environment(attempt = 1) {
  const logged: LogEntry[] = [];
  const record =
    (level: LogLevel) =>
    (message: string, meta?: LogMetadata): void => {
      logged.push({ level, message, meta });
    };
  const logger = {
    log: (level: LogLevel, message: string, meta?: LogMetadata) => record(level)(message, meta),
    trace: record('TRACE'),
    debug: record('DEBUG'),
    info: record('INFO'),
    warn: record('WARN'),
    error: record('ERROR'),
  };
  return { env: new MockActivityEnvironment({ attempt }, { logger }), logged };
}

/** What `promise` rejected with (the test fails if it resolved). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected the activity to fail');
}

/** The failure as the worker sends it to the server. */
function toServer(failure: unknown) {
  return defaultFailureConverter.errorToFailure(failure, defaultPayloadConverter);
}

describe('kycActivity in MockActivityEnvironment', () => {
  it('2205: non-retryable ApplicationFailure typed INVALID_SIGNATURE, after one call', async () => {
    const vendor = emulator.session();
    const { env } = environment();
    const submit = kycActivity(() => call(smileId, vendor.url('smile-id/not-authorized')), {
      provider: smileId,
    });
    const failure = await rejection(env.run(submit));
    expect(failure).toBeInstanceOf(ApplicationFailure);
    const f = failure as ApplicationFailure;
    expect([f.type, f.nonRetryable, f.message]).toEqual([
      'INVALID_SIGNATURE',
      true,
      'smile-id INVALID_SIGNATURE: Smile ID did not accept the request signature.',
    ]);
    expect(vendor.calls('smile-id/not-authorized')).toBe(1);
    const sent = toServer(f);
    expect(sent.applicationFailureInfo?.type).toBe('INVALID_SIGNATURE');
    expect(sent.applicationFailureInfo?.nonRetryable).toBe(true);
  });

  it('a 429 with Retry-After: 3 is retryable no sooner than 3 s', async () => {
    const vendor = emulator.session();
    const { env } = environment();
    const submit = kycActivity(() => call(smileId, vendor.url('smile-id/rate-limited-seconds')), {
      provider: smileId,
      random: () => 0.5,
    });
    const f = (await rejection(env.run(submit))) as ApplicationFailure;
    expect([f.type, f.nonRetryable, f.nextRetryDelay]).toEqual(['RATE_LIMITED', false, 3000]);
    expect(toServer(f).applicationFailureInfo?.nextRetryDelay?.seconds?.toString()).toBe('3');
  });

  it('503 then 200: the first attempt is retryable with the policy’s own interval, the second succeeds', async () => {
    const vendor = emulator.session();
    const submit = kycActivity(() => call(smileId, vendor.url('smile-id/unavailable-then-ok')), {
      provider: smileId,
    });
    const f = (await rejection(environment(1).env.run(submit))) as ApplicationFailure;
    expect([f.type, f.nonRetryable, f.nextRetryDelay]).toEqual([
      'SERVICE_UNAVAILABLE',
      false,
      undefined,
    ]);
    await expect(environment(2).env.run(submit)).resolves.toEqual(SMILE_ID_JOB_STATUS);
    expect(vendor.calls('smile-id/unavailable-then-ok')).toBe(2);
  });

  it('a timeout on a call that must not run twice is non-retryable and says to check the vendor first', async () => {
    const vendor = emulator.session();
    const { env } = environment();
    const submit = kycActivity(
      () => call(smileId, vendor.url('net/slow'), { signal: AbortSignal.timeout(300) }),
      { provider: smileId, idempotent: false },
    );
    const f = (await rejection(env.run(submit))) as ApplicationFailure;
    expect([f.type, f.nonRetryable]).toEqual(['REQUEST_TIMEOUT', true]);
    expect(f.message).toBe(
      'smile-id REQUEST_TIMEOUT: The request timed out before the vendor answered; it may have been processed. Check the vendor first: look up its status before sending it again.',
    );
    expect(kycDetailsOf(f)?.action).toBe('check-status');
    expect(vendor.calls('net/slow')).toBe(1);
  });

  it('an expired token: the hook runs, the failure is retryable, and the next attempt carries the new token', async () => {
    const vendor = emulator.session();
    const token = { current: 'sc-stale-token' };
    let refreshes = 0;
    const sign = kycActivity(
      () =>
        call(signingCloud, vendor.url('signingcloud/token-expired'), {
          authorization: `Bearer ${token.current}`,
        }),
      {
        provider: signingCloud,
        refreshCredentials: () => {
          refreshes += 1;
          token.current = FRESH_TOKEN;
        },
      },
    );
    const f = (await rejection(environment(1).env.run(sign))) as ApplicationFailure;
    expect([f.type, f.nonRetryable, refreshes]).toEqual(['ACCESS_TOKEN_EXPIRED', false, 1]);
    await environment(2).env.run(sign);
    expect(
      vendor.requests('signingcloud/token-expired').map((r) => r.headers.authorization),
    ).toEqual(['Bearer sc-stale-token', `Bearer ${FRESH_TOKEN}`]);
  });

  it('an expired token without a refresh hook, or with one that fails, is not retried', async () => {
    const vendor = emulator.session();
    const route = vendor.url('signingcloud/token-expired');
    const without = kycActivity(() => call(signingCloud, route), { provider: signingCloud });
    const failing = kycActivity(() => call(signingCloud, route), {
      provider: signingCloud,
      refreshCredentials: () => Promise.reject(new TypeError('fetch failed')),
    });
    const a = (await rejection(environment().env.run(without))) as ApplicationFailure;
    const b = (await rejection(environment().env.run(failing))) as ApplicationFailure;
    expect([a.type, a.nonRetryable]).toEqual(['ACCESS_TOKEN_EXPIRED', true]);
    expect([b.type, b.nonRetryable]).toEqual(['FETCH_FAILED', true]);
  });

  it('a cancelled activity reports a CancelledFailure, not what the client threw on the abort', async () => {
    const vendor = emulator.session();
    const { env } = environment();
    const slow = kycActivity(
      () => call(smileId, vendor.url('net/slow'), { signal: Context.current().cancellationSignal }),
      { provider: smileId },
    );
    const running = rejection(env.run(slow));
    while (vendor.calls('net/slow') === 0) await new Promise((r) => setTimeout(r, 10));
    env.cancel();
    expect(await running).toBeInstanceOf(CancelledFailure);
  });

  it('an ApplicationFailure the activity throws itself passes through untouched', async () => {
    const own = ApplicationFailure.nonRetryable('no applicant', 'APPLICANT_MISSING');
    const activity = kycActivity(() => Promise.reject(own), { provider: smileId });
    expect(await rejection(environment().env.run(activity))).toBe(own);
  });

  it("a secret in the vendor's body or in the client's error reaches neither the server nor the worker's log", async () => {
    const vendor = emulator.session();
    const axiosLike = () => clientError(400, { code: '2204', error: 'x', echo: PERSONAL_REQUEST });
    // What many hand-written clients throw: the vendor's body in the message.
    const handRolled = () =>
      new Error(
        `Smile ID answered 400: ${JSON.stringify({ code: '2204', echo: PERSONAL_REQUEST })}`,
      );
    const activities = [
      kycActivity(() => call(signingCloud, vendor.url('signingcloud/echo')), {
        provider: signingCloud,
      }),
      kycActivity(() => Promise.reject(axiosLike()), { provider: smileId }),
      kycActivity(() => Promise.reject(handRolled()), { provider: smileId }),
    ];
    for (const activity of activities) {
      const { env, logged } = environment();
      const f = await rejection(env.run(activity));
      expect(leaks(f)).toEqual([]);
      expect(leaks(JSON.stringify(toServer(f)))).toEqual([]);
      expect(logged.some((l) => l.message === 'Activity failed')).toBe(true);
      expect(leaks(logged)).toEqual([]);
    }
    // The controls: unwrapped, the message reaches the server and the request the log.
    const server = await rejection(environment().env.run(() => Promise.reject(handRolled())));
    expect(leaks(JSON.stringify(toServer(server)))).not.toEqual([]);
    const { env, logged } = environment();
    await rejection(env.run(() => Promise.reject(axiosLike())));
    expect(leaks(logged)).not.toEqual([]);
  });
});
