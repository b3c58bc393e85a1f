import { isKycFailure } from '@kyc-errors/core';
import { createCooldown, createRateLimit, retry } from '@kyc-errors/retry';
import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { type DelayableJob, requeueDeferred } from './bullmq-worker.js';

// The processor of docs/guides/fleets.md, with a fake job standing in for BullMQ's.

class DelayedError extends Error {
  override readonly name = 'DelayedError';
}

function fakeJob() {
  const moves: { timestamp: number; token: string | undefined }[] = [];
  const job: DelayableJob = {
    moveToDelayed: async (timestamp, token) => {
      moves.push({ timestamp, token });
    },
  };
  return { job, moves };
}

const throttled = (seconds: number): Error =>
  Object.assign(new Error('Request failed with status code 429'), {
    response: { status: 429, headers: { 'retry-after': String(seconds) }, data: '' },
  });

// What the guide's processor does with one job.
async function processor(
  job: DelayableJob,
  token: string,
  call: () => Promise<string>,
  policies: Parameters<typeof retry>[1],
): Promise<string> {
  try {
    return await retry(call, policies);
  } catch (e) {
    await requeueDeferred(e, job, token, () => new DelayedError());
    throw e;
  }
}

describe('a BullMQ processor turning a deferred failure into a delayed job', () => {
  it('an hour-scale Retry-After moves the job to the delayed set at notBefore', async () => {
    const { job, moves } = fakeJob();
    const started = Date.now();
    const rejected = await processor(job, 'lock-1', () => Promise.reject(throttled(3600)), {
      provider: smileId,
    }).catch((e: unknown) => e);
    expect(rejected).toBeInstanceOf(DelayedError);
    expect(moves).toHaveLength(1);
    expect(moves[0]?.token).toBe('lock-1');
    expect(moves[0]?.timestamp).toBeGreaterThanOrEqual(started + 3_600_000);
    expect(moves[0]?.timestamp).toBeLessThan(Date.now() + 3_600_000 + 1000);
  });

  it('a fleet cool-down or an empty rate limit defers before any call, to when it ends', async () => {
    const cooldown = createCooldown();
    cooldown.hold(600_000);
    const { job, moves } = fakeJob();
    let calls = 0;
    const call = async () => {
      calls += 1;
      return 'ok';
    };
    await expect(processor(job, 't', call, { provider: smileId, cooldown })).rejects.toBeInstanceOf(
      DelayedError,
    );
    const rateLimit = createRateLimit({ points: 1, windowMs: 3_600_000 });
    await rateLimit.take();
    await expect(
      processor(job, 't', call, { provider: smileId, rateLimit }),
    ).rejects.toBeInstanceOf(DelayedError);
    expect(calls).toBe(0);
    expect(moves).toHaveLength(2);
  });

  it('any other failure is rethrown as it is, and the job is not moved', async () => {
    const { job, moves } = fakeJob();
    const badRequest = Object.assign(new Error('400'), {
      response: {
        status: 400,
        headers: {},
        data: { code: '2204', error: 'Error - Missing id_number' },
      },
    });
    const rejected = await processor(job, 't', () => Promise.reject(badRequest), {
      provider: smileId,
    }).catch((e: unknown) => e);
    expect(isKycFailure(rejected) && rejected.stoppedBecause).toBe('not-retryable');
    expect(moves).toEqual([]);
  });
});
