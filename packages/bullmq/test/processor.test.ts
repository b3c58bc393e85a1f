import type { KycError } from '@kyc-errors/core';
import { redisCooldown } from '@kyc-errors/redis';
import { createRateLimit, retry } from '@kyc-errors/retry';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import type { Job } from 'bullmq';
import { afterEach, describe, expect, it } from 'vitest';
import { redisSuitesRun } from '../../../test/fleet/redis-server.js';
import { clientError } from '../../../test/support/engine-vendor.js';
import { leaks, PERSONAL_REQUEST } from '../../../test/support/secrets.js';
import { FRESH_TOKEN } from '../../signingcloud/test/emulator.js';
import { SMILE_ID_JOB_STATUS } from '../../smile-id/test/emulator.js';
import { KYC_BACKOFF, kycBackoffStrategy, kycErrorOf, kycProcessor } from '../src/index.js';
import {
  call,
  dumpQueue,
  redisClient,
  type TestQueue,
  testQueue,
  until,
  useServers,
} from './harness.js';

// Each test: a real Queue, Worker(s) and QueueEvents on a private redis-server, the processor
// calling the loopback vendor emulator. What is asserted: what the vendor saw (calls), how
// many attempts BullMQ counted, and how the job ended (failedReason, state, delay). BullMQ 6
// counts every finished attempt in `attemptsMade`, the successful one included; a delayed or
// rate-limited attempt counts in `attemptsStarted` only.

const attempts = (n: number) => ({ attempts: n, backoff: { type: KYC_BACKOFF } }) as const;
// The middle of the jitter: the first transient backoff is 0.5 * 200 ms = 100 ms.
const settings = { backoffStrategy: kycBackoffStrategy({ random: () => 0.5 }) };
// A limiter the tests never reach: BullMQ honours a manual rate limit only with one.
const limiter = { max: 1000, duration: 1000 };

let q: TestQueue | undefined;
afterEach(async () => {
  await q?.close();
  q = undefined;
});

describe.runIf(redisSuitesRun())('kycProcessor on BullMQ and redis-server', () => {
  useServers();

  it('2205 fails the job at once with UnrecoverableError: one call, one attempt of three', async () => {
    q = await testQueue();
    const { vendor } = q;
    q.worker(
      kycProcessor(() => call(smileId, vendor.url('smile-id/not-authorized')), {
        provider: smileId,
      }),
      { settings },
    );
    const job = await q.run({}, attempts(3));
    expect(await job.getState()).toBe('failed');
    expect(job.failedReason).toBe(
      'smile-id INVALID_SIGNATURE: Smile ID did not accept the request signature.',
    );
    expect(job.attemptsMade).toBe(1);
    expect(vendor.calls('smile-id/not-authorized')).toBe(1);
    expect(job.stacktrace).toEqual([
      expect.stringMatching(
        /^UnrecoverableError: smile-id INVALID_SIGNATURE: Smile ID did not accept the request signature\.\n/,
      ),
    ]);
  });

  it('503 then 200: one retry after the advised backoff, spending an attempt, then done', async () => {
    q = await testQueue();
    const { vendor } = q;
    // A long first step (0.5 * 20 s) so the delayed job can be read before it runs.
    const slow = kycBackoffStrategy({ random: () => 0.5, baseDelayMs: 20_000 });
    q.worker(
      kycProcessor(() => call(smileId, vendor.url('smile-id/unavailable-then-ok')), {
        provider: smileId,
      }),
      { settings: { backoffStrategy: slow } },
    );
    const added = await q.queue.add('kyc', {}, attempts(3));
    const id = added.id as string;
    await q.next('delayed', id);
    const delayed = (await q.queue.getJob(id)) as Job;
    expect(await delayed.getState()).toBe('delayed');
    expect(delayed.delay).toBe(10_000);
    expect(delayed.attemptsMade).toBe(1);
    expect(delayed.failedReason).toBe(
      'smile-id SERVICE_UNAVAILABLE: The vendor is unavailable or overloaded.',
    );
    await delayed.promote();
    await q.next('completed', id);
    const job = (await q.queue.getJob(id)) as Job;
    expect(job.returnvalue).toEqual(SMILE_ID_JOB_STATUS);
    expect(job.attemptsMade).toBe(2);
    expect(vendor.calls('smile-id/unavailable-then-ok')).toBe(2);
    expect(job.stacktrace).toEqual([
      expect.stringMatching(
        /^Error: smile-id SERVICE_UNAVAILABLE: The vendor is unavailable or overloaded\.\n/,
      ),
    ]);
  });

  it("a 503 with Retry-After: the backoff is raised to the vendor's wait", async () => {
    q = await testQueue();
    const { vendor } = q;
    q.worker(
      kycProcessor(() => call(smileId, vendor.url('extra/unavailable-retry-after-then-ok')), {
        provider: smileId,
      }),
      { settings },
    );
    const added = await q.queue.add('kyc', {}, attempts(3));
    const id = added.id as string;
    await q.next('delayed', id);
    const delayed = (await q.queue.getJob(id)) as Job;
    // Retry-After: 30 is a floor over the 100 ms the jitter drew, and spends an attempt.
    expect(delayed.delay).toBe(30_000);
    expect(delayed.attemptsMade).toBe(1);
    await delayed.promote();
    await q.next('completed', id);
    expect(vendor.calls('extra/unavailable-retry-after-then-ok')).toBe(2);
  });

  it('a 429 with Retry-After pauses the whole queue, on every worker, without spending an attempt', async () => {
    q = await testQueue();
    const { vendor, queue } = q;
    const processor = kycProcessor(
      (job: Job<{ route: 'extra/rate-limited-2s-then-ok' | 'smile-id/ok' }>) =>
        call(smileId, vendor.url(job.data.route)),
      { provider: smileId, queue },
    );
    // Two workers, as two processes would be.
    q.worker(processor, { settings, limiter });
    q.worker(processor, { settings, limiter });
    const throttled = await queue.add(
      'kyc',
      { route: 'extra/rate-limited-2s-then-ok' },
      attempts(3),
    );
    await until(async () => vendor.calls('extra/rate-limited-2s-then-ok') === 1);
    await until(async () => (await throttled.getState()) === 'waiting');
    const other = await queue.add('kyc', { route: 'smile-id/ok' }, attempts(3));
    // While the pause lasts, neither worker takes the other job: sampled until one sample
    // falls inside the pause (the TTL read after the state is still running).
    let sampled = false;
    while (!sampled) {
      const state = await other.getState();
      const calls = vendor.calls('smile-id/ok');
      const ttl = await queue.getRateLimitTtl(limiter.max);
      if (ttl <= 0) break;
      expect(state).toBe('waiting');
      expect(calls).toBe(0);
      sampled = true;
    }
    expect(sampled).toBe(true);
    await q.next('completed', other.id as string);
    await q.next('completed', throttled.id as string);
    const job = (await queue.getJob(throttled.id as string)) as Job;
    expect(vendor.calls('extra/rate-limited-2s-then-ok')).toBe(2);
    expect(vendor.calls('smile-id/ok')).toBe(1);
    expect(job.attemptsStarted).toBe(2);
    expect(job.attemptsMade).toBe(1); // the successful one: the 429 spent none
    expect(job.stacktrace).toEqual([]);
  });

  it("a 429 far in the future: the queue pauses for maxPauseMs, the job waits until the vendor's time", async () => {
    q = await testQueue();
    const { vendor, queue } = q;
    q.worker(
      kycProcessor(() => call(smileId, vendor.url('smile-id/rate-limited-far')), {
        provider: smileId,
        queue,
        maxPauseMs: 60_000,
      }),
      { settings, limiter },
    );
    const added = await queue.add('kyc', {}, attempts(3));
    const id = added.id as string;
    const delayed = await q.next('delayed', id);
    const job = (await queue.getJob(id)) as Job;
    expect(await job.getState()).toBe('delayed');
    expect(job.attemptsMade).toBe(0);
    // Retry-After is a date in 2100; core caps a wait at a year.
    expect(Number(delayed.args.delay) - Date.now()).toBeGreaterThan(300 * 86_400_000);
    const ttl = await queue.getRateLimitTtl(limiter.max);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(vendor.calls('smile-id/rate-limited-far')).toBe(1);
  });

  it('without a queue to pause, an hour-scale Retry-After reschedules the job alone, spending no attempt', async () => {
    q = await testQueue();
    const { vendor, queue } = q;
    q.worker(
      kycProcessor(() => call(smileId, vendor.url('smile-id/rate-limited-far')), {
        provider: smileId,
      }),
      { settings, limiter },
    );
    const added = await queue.add('kyc', {}, attempts(3));
    const delayed = await q.next('delayed', added.id as string);
    const job = (await queue.getJob(added.id as string)) as Job;
    expect(await job.getState()).toBe('delayed');
    expect(job.attemptsMade).toBe(0);
    expect(Number(delayed.args.delay) - Date.now()).toBeGreaterThan(300 * 86_400_000);
    expect(await queue.getRateLimitTtl(limiter.max)).toBe(0);
    expect(vendor.calls('smile-id/rate-limited-far')).toBe(1);
  });

  it('a timeout on a call that must not run twice fails at once, saying to check the vendor first', async () => {
    q = await testQueue();
    const { vendor } = q;
    const handed: (KycError | undefined)[] = [];
    const worker = q.worker(
      kycProcessor(
        () => call(smileId, vendor.url('net/slow'), { signal: AbortSignal.timeout(300) }),
        { provider: smileId, idempotent: false },
      ),
      { settings },
    );
    worker.on('failed', (_job, err) => handed.push(kycErrorOf(err)));
    const job = await q.run({}, attempts(3));
    expect(job.failedReason).toBe(
      'smile-id REQUEST_TIMEOUT: The request timed out before the vendor answered; it may have been processed. Check the vendor first: look up its status before sending it again.',
    );
    expect(job.attemptsMade).toBe(1);
    expect(vendor.calls('net/slow')).toBe(1);
    expect(handed.map((e) => e?.retry.action)).toEqual(['check-status']);
  });

  it('the same timeout on an idempotent call is retried until its attempts run out', async () => {
    q = await testQueue();
    const { vendor } = q;
    q.worker(
      kycProcessor(
        () => call(smileId, vendor.url('net/slow'), { signal: AbortSignal.timeout(300) }),
        { provider: smileId },
      ),
      { settings },
    );
    const job = await q.run({}, attempts(2));
    expect(await job.getState()).toBe('failed');
    expect(job.failedReason).toBe(
      'smile-id REQUEST_TIMEOUT: The request timed out before the vendor answered; it may have been processed.',
    );
    expect(job.attemptsMade).toBe(2);
    expect(vendor.calls('net/slow')).toBe(2);
  });

  it('an expired token: the refresh hook runs once, then BullMQ retries at once with the new token', async () => {
    q = await testQueue();
    const { vendor } = q;
    const token = { current: 'sc-stale-token' };
    let refreshes = 0;
    q.worker(
      kycProcessor(
        () =>
          call(signingCloud, vendor.url('signingcloud/token-expired'), {
            authorization: `Bearer ${token.current}`,
          }),
        {
          provider: signingCloud,
          refreshCredentials: async () => {
            refreshes += 1;
            token.current = FRESH_TOKEN;
          },
        },
      ),
      { settings },
    );
    const job = await q.run({}, attempts(3));
    expect(await job.getState()).toBe('completed');
    expect(refreshes).toBe(1);
    expect(job.attemptsMade).toBe(2);
    const sent = vendor.requests('signingcloud/token-expired');
    expect(sent.map((r) => r.headers.authorization)).toEqual([
      'Bearer sc-stale-token',
      `Bearer ${FRESH_TOKEN}`,
    ]);
    // Retried at once: no delayed set on the way.
    expect(q.seen.filter((s) => s.event === 'delayed')).toEqual([]);
  });

  it('the same expired token after a refresh fails the job: the hook ran once, of five attempts', async () => {
    q = await testQueue();
    const { vendor } = q;
    let refreshes = 0;
    q.worker(
      kycProcessor(
        () =>
          call(signingCloud, vendor.url('signingcloud/token-expired'), {
            authorization: 'Bearer sc-stale-token',
          }),
        {
          provider: signingCloud,
          refreshCredentials: () => {
            refreshes += 1;
          },
        },
      ),
      { settings },
    );
    const job = await q.run({}, attempts(5));
    expect(await job.getState()).toBe('failed');
    expect(job.failedReason).toBe(
      'signingcloud ACCESS_TOKEN_EXPIRED: The access token was valid but has expired.',
    );
    expect(job.attemptsMade).toBe(2);
    expect(refreshes).toBe(1);
    expect(vendor.calls('signingcloud/token-expired')).toBe(2);
  });

  it('a fleet cool-down held on Redis by another process: no call until it ends, and the queue waits with it', async () => {
    q = await testQueue();
    const { vendor, queue } = q;
    const key = `cool-${q.name}`;
    // Another process was told "Retry-After: 2" by the vendor: the cool-down is on Redis.
    await redisCooldown(redisClient(), { key, timeoutMs: 2000 }).hold(2000);
    const cooldown = redisCooldown(redisClient(), { key, timeoutMs: 2000 });
    q.worker(
      kycProcessor(
        () =>
          retry(() => call(smileId, vendor.url('smile-id/ok')), {
            provider: smileId,
            cooldown,
            maxInProcessWaitMs: 100,
          }),
        { provider: smileId, queue },
      ),
      { settings, limiter },
    );
    const added = await queue.add('kyc', {}, attempts(3));
    const id = added.id as string;
    await until(async () => (await queue.getRateLimitTtl(limiter.max)) > 0);
    expect(vendor.calls('smile-id/ok')).toBe(0);
    await q.next('completed', id);
    const job = (await queue.getJob(id)) as Job;
    expect(vendor.calls('smile-id/ok')).toBe(1);
    expect(job.attemptsStarted).toBe(2);
    expect(job.attemptsMade).toBe(1);
  });

  it('a fleet rate limit with no permit left defers before any call: the job is delayed, no attempt spent', async () => {
    q = await testQueue();
    const { vendor, queue } = q;
    const rateLimit = createRateLimit({ points: 1, windowMs: 3_600_000 });
    await rateLimit.take();
    const handed: (KycError | undefined)[] = [];
    const worker = q.worker(
      kycProcessor(
        () =>
          retry(() => call(smileId, vendor.url('smile-id/ok')), { provider: smileId, rateLimit }),
        { provider: smileId },
      ),
      { settings },
    );
    worker.on('failed', (_job, err) => handed.push(kycErrorOf(err)));
    const added = await queue.add('kyc', {}, attempts(3));
    const delayed = await q.next('delayed', added.id as string);
    const job = (await queue.getJob(added.id as string)) as Job;
    expect(await job.getState()).toBe('delayed');
    expect(job.attemptsMade).toBe(0);
    expect(Number(delayed.args.delay) - Date.now()).toBeGreaterThan(60_000);
    expect(vendor.calls('smile-id/ok')).toBe(0);
  });

  it("a secret in the vendor's body or in the client's error reaches nothing BullMQ stores", async () => {
    q = await testQueue();
    const { vendor } = q;
    const thrown: unknown[] = [];
    type Data = { readonly how: 'echo' | 'unavailable' | 'axios' };
    const worker = q.worker(
      kycProcessor(
        (job: Job<Data>) => {
          if (job.data.how === 'echo') return call(smileId, vendor.url('extra/echoes-secrets'));
          if (job.data.how === 'unavailable') {
            return call(smileId, vendor.url('extra/unavailable-echoing'));
          }
          // What axios throws: the request's config (the API key, the applicant) and the body.
          return Promise.reject(
            clientError(400, { code: '2204', error: 'x', echo: PERSONAL_REQUEST }),
          );
        },
        { provider: smileId },
      ),
      { settings },
    );
    worker.on('failed', (_job, err) => thrown.push(err));
    const jobs = await Promise.all([
      q.run({ how: 'echo' }, attempts(2)),
      q.run({ how: 'unavailable' }, attempts(2)),
      q.run({ how: 'axios' }, attempts(2)),
    ]);
    expect(jobs.map((j) => j.failedReason)).toEqual([
      expect.stringMatching(/^smile-id MISSING_PARAMETER: /),
      'smile-id SERVICE_UNAVAILABLE: The vendor is unavailable or overloaded.',
      expect.stringMatching(/^smile-id WRONG_DATA_TYPE: /),
    ]);
    expect(jobs.map((j) => j.attemptsMade)).toEqual([1, 2, 1]);
    expect(thrown).toHaveLength(4);
    expect(leaks(thrown)).toEqual([]);
    expect(leaks(jobs.map((j) => [j.failedReason, j.stacktrace, j.returnvalue]))).toEqual([]);
    // Everything BullMQ wrote to Redis for this queue: job hashes, event streams, sets.
    const dump = await dumpQueue(redisClient(), q.name);
    expect(dump).toContain(
      'smile-id SERVICE_UNAVAILABLE: The vendor is unavailable or overloaded.',
    );
    expect(leaks(dump)).toEqual([]);
  });
});
