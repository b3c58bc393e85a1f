// One process of the fleet, bundled by build-worker.ts and forked by fleet.test.ts. It gets
// its part by IPC, calls the loopback vendor through retry() with the Redis forms of the
// shared policies, and reports every call's outcome back.
import { bodyOrThrow, isKycFailure } from '@kyc-errors/core';
import { type RateLimit, type RetryOptions, retry } from '@kyc-errors/retry';
import { smileId } from '@kyc-errors/smile-id';
import { redisCooldown, redisRateLimit, redisRetryBudget } from '../../packages/redis/src/index.js';
import { Redis } from '../../packages/redis/test/ioredis.js';

/** What the parent asks of a worker. */
export interface Part {
  readonly socket: string;
  readonly url: string;
  readonly key: string;
  readonly calls: number;
  readonly policies: readonly ('budget' | 'cooldown' | 'rateLimit')[];
  readonly budget?: { readonly capacity: number; readonly retryCost: number };
  readonly rateLimit?: { readonly points: number; readonly windowMs: number };
  readonly maxAttempts?: number;
  readonly maxInProcessWaitMs?: number;
  /** The Redis calls' timeout. Default 1000 (generous: these tests are not about outages). */
  readonly timeoutMs?: number;
  /** Whether this worker's ioredis hands integer replies over as strings. */
  readonly stringNumbers?: boolean;
}

/** One call's outcome. */
export interface Outcome {
  readonly ok: boolean;
  readonly stoppedBecause?: string;
  readonly attempts?: number;
  /** With `deferred`: how far from the call's start `notBefore` lies, in ms. */
  readonly deferredByMs?: number;
  readonly reason?: string;
}

const send = (message: unknown): void => {
  process.send?.(message);
};

const clock = (): number => performance.timeOrigin + performance.now();

// When this process last got a permit: sent along, so the test can tell the limiter's
// spacing from the delays that follow it (scheduling, delivery).
let permitAt = Number.NaN;
let permitAskedAt = Number.NaN;
const stamped = (limit: RateLimit): RateLimit => ({
  async take() {
    const asked = clock();
    const wait = await limit.take();
    if (wait === 0) {
      permitAskedAt = asked;
      permitAt = clock();
    }
    return wait;
  },
});

async function run(part: Part): Promise<void> {
  const redis = new Redis({ path: part.socket, stringNumbers: part.stringNumbers ?? false });
  redis.on('error', () => {});
  // Warm up (first fetch, Redis connection) so cold-start delays do not blur the timing.
  await fetch(`${part.url}?warm-up`).then((r) => r.text());
  await redis.ping();
  send({ type: 'warmed' });
  // Generous: these tests measure the shared policies, not the fallback of a slow Redis on
  // two busy cores (packages/redis/test covers that). Any store error is reported.
  let storeErrors = 0;
  const store = {
    key: part.key,
    timeoutMs: part.timeoutMs ?? 1000,
    onStoreError: () => storeErrors++,
  };
  const options: RetryOptions = {
    provider: smileId,
    random: () => 0,
    maxAttempts: part.maxAttempts ?? 3,
    maxInProcessWaitMs: part.maxInProcessWaitMs ?? 60_000,
    ...(part.policies.includes('budget')
      ? { budget: redisRetryBudget(redis, { ...store, ...part.budget }) }
      : {}),
    ...(part.policies.includes('cooldown') ? { cooldown: redisCooldown(redis, store) } : {}),
    ...(part.policies.includes('rateLimit') && part.rateLimit !== undefined
      ? { rateLimit: stamped(redisRateLimit(redis, { ...store, ...part.rateLimit })) }
      : {}),
    onRetry: ({ error }) => send({ type: 'retrying', status: error.httpStatus ?? null }),
  };
  const outcomes: Outcome[] = [];
  for (let i = 0; i < part.calls; i++) {
    const started = Date.now();
    try {
      await retry(({ signal }) => {
        // When the attempt left: the server compares it with the arrival (delivery delay).
        const headers = {
          'x-sent-at': String(clock()),
          'x-permit-asked': String(permitAskedAt),
          'x-permit-at': String(permitAt),
        };
        return bodyOrThrow(smileId, fetch(part.url, { signal, headers }));
      }, options);
      outcomes.push({ ok: true });
    } catch (thrown) {
      if (!isKycFailure(thrown)) throw thrown;
      const outcome: Outcome = {
        ok: false,
        reason: thrown.error.reason,
        ...(thrown.stoppedBecause === undefined ? {} : { stoppedBecause: thrown.stoppedBecause }),
        ...(thrown.attempts === undefined ? {} : { attempts: thrown.attempts }),
        ...(thrown.notBefore === undefined ? {} : { deferredByMs: thrown.notBefore - started }),
      };
      outcomes.push(outcome);
    }
  }
  redis.disconnect();
  send({ type: 'done', outcomes, storeErrors });
}

process.on('message', (part: Part) => {
  run(part).then(
    () => process.exit(0),
    (error: unknown) => {
      send({
        type: 'crashed',
        error: error instanceof Error ? (error.stack ?? String(error)) : String(error),
      });
      process.exit(1);
    },
  );
});
send({ type: 'ready' });
