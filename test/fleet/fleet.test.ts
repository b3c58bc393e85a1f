import { type ChildProcess, fork } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker } from './build-worker.js';
import { type Answer, type Loopback, type Seen, startLoopback } from './loopback.js';
import { type RedisServer, redisSuitesRun, startRedis } from './redis-server.js';
import type { Outcome, Part } from './worker.js';

// Several worker processes share one Redis and call one loopback vendor: together they must
// behave as one client. Each scenario is bounded (a few seconds); the whole file < 30 s.

let server: RedisServer;
let workerPath: string;
let n = 0;
const fresh = (): string => `fleet${++n}-${Date.now()}`;

interface Worker {
  readonly child: ChildProcess;
  readonly ready: Promise<void>;
  readonly done: Promise<readonly Outcome[]>;
  readonly retried: Promise<void>;
  /** Settles once the worker has its connections (fetch, Redis) warm and starts calling. */
  readonly warmed: Promise<void>;
  /** How many Redis calls failed or timed out in the worker (known once it is done). */
  storeErrors(): number;
  start(part: Omit<Part, 'socket'>): void;
}

interface Message {
  readonly type: string;
  readonly outcomes?: Outcome[];
  readonly storeErrors?: number;
  readonly error?: string;
}

function spawnWorker(outage = false): Worker {
  const child = fork(workerPath, [], {
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let ready!: () => void;
  let retried!: () => void;
  let warmed!: () => void;
  let done!: (outcomes: readonly Outcome[]) => void;
  let crashed!: (error: Error) => void;
  let storeErrors = 0;
  const worker: Worker = {
    child,
    ready: new Promise<void>((resolve) => {
      ready = resolve;
    }),
    retried: new Promise<void>((resolve) => {
      retried = resolve;
    }),
    warmed: new Promise<void>((resolve) => {
      warmed = resolve;
    }),
    done: new Promise<readonly Outcome[]>((resolve, reject) => {
      done = resolve;
      crashed = reject;
    }),
    storeErrors: () => storeErrors,
    start: (part) => child.send({ ...part, socket: server.socket }),
  };
  child.on('message', (message: Message) => {
    if (message.type === 'ready') ready();
    if (message.type === 'retrying') retried();
    if (message.type === 'warmed') warmed();
    if (message.type === 'done') {
      // Every answer came from the shared store: no fallback hides in the figures.
      if (message.storeErrors !== 0 && !outage) {
        crashed(new Error(`${message.storeErrors} store errors`));
      }
      storeErrors = message.storeErrors ?? 0;
      done(message.outcomes ?? []);
    }
    if (message.type === 'crashed') crashed(new Error(message.error));
  });
  child.on('exit', (code) => {
    if (code !== 0) crashed(new Error(`worker exited with ${code}`));
  });
  return worker;
}

async function fleet(size: number, outage = false): Promise<Worker[]> {
  const workers = Array.from({ length: size }, () => spawnWorker(outage));
  await Promise.all(workers.map((w) => w.ready));
  return workers;
}

async function withVendor<T>(
  answer: (n: number) => Answer,
  body: (vendor: Loopback) => Promise<T>,
) {
  const vendor = await startLoopback(answer);
  try {
    return await body(vendor);
  } finally {
    await vendor.close();
  }
}

describe.runIf(redisSuitesRun())('a fleet of processes sharing one Redis', () => {
  beforeAll(async () => {
    workerPath = await buildWorker();
    server = await startRedis();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  it.each([
    ['', false],
    [', half of them with ioredis stringNumbers (integer replies as strings)', true],
  ])(
    'the retries of all processes together stay within one budget%s',
    async (_, mixed) => {
      // Every attempt fails with a 503 (retryable, no Retry-After, no backoff with random 0).
      // 4 workers x 5 calls, up to 4 attempts each; one shared bucket of 30 tokens at 5 a retry
      // pays for exactly 6 retries between them all. A client's stringNumbers must change
      // nothing: a granted retry read as refused would stop early with the tokens taken.
      await withVendor(
        () => ({ status: 503, body: { error: 'Service unavailable' } }),
        async (vendor) => {
          const workers = await fleet(4);
          const key = fresh();
          for (const [i, w] of workers.entries()) {
            w.start({
              url: vendor.url,
              key,
              calls: 5,
              maxAttempts: 4,
              policies: ['budget'],
              budget: { capacity: 30, retryCost: 5 },
              stringNumbers: mixed && i % 2 === 1,
            });
          }
          const outcomes = (await Promise.all(workers.map((w) => w.done))).flat();
          expect(outcomes).toHaveLength(20);
          expect(vendor.seen).toHaveLength(20 + 6);
          const retries = outcomes.reduce((sum, o) => sum + (o.attempts ?? 1) - 1, 0);
          expect(retries).toBe(6);
          expect(
            outcomes.filter((o) => o.stoppedBecause === 'budget-exhausted').length,
          ).toBeGreaterThan(0);
        },
      );
    },
    20_000,
  );

  it('after one worker gets a 429 with Retry-After: 2, no worker calls before the 2 s are over', async () => {
    await withVendor(
      (i) =>
        i === 0
          ? { status: 429, headers: { 'retry-after': '2' }, body: { error: 'Too many requests' } }
          : { status: 200, body: { success: true } },
      async (vendor) => {
        const [first, ...others] = await fleet(4);
        if (first === undefined) throw new Error('no worker');
        const key = fresh();
        const part = { url: vendor.url, key, policies: ['cooldown'] as const };
        first.start({ ...part, calls: 1 });
        await first.retried; // it has the 429 and is waiting out its Retry-After
        const [patient, impatient, another] = others;
        patient?.start({ ...part, calls: 3 });
        another?.start({ ...part, calls: 3 });
        // One that will not wait 2 s in process: deferred at once, with notBefore.
        impatient?.start({ ...part, calls: 1, maxInProcessWaitMs: 500 });
        const [firstOutcomes, patientOutcomes, impatientOutcomes, anotherOutcomes] =
          await Promise.all([first, ...others].map((w) => w.done));

        const throttledAt = vendor.seen[0]?.at ?? 0;
        expect(vendor.seen[0]?.status).toBe(429);
        const after = vendor.seen.slice(1).map((s) => s.at - throttledAt);
        expect(after).toHaveLength(1 + 3 + 3);
        // Retry-After counts from when the worker got the 429, a hair after the server sent it.
        expect(Math.min(...after)).toBeGreaterThanOrEqual(2000 - 5);
        expect(firstOutcomes).toEqual([{ ok: true }]);
        expect(patientOutcomes?.every((o) => o.ok)).toBe(true);
        expect(anotherOutcomes?.every((o) => o.ok)).toBe(true);
        expect(impatientOutcomes?.[0]).toMatchObject({
          ok: false,
          stoppedBecause: 'deferred',
          attempts: 0,
          reason: 'FLEET_COOLING_DOWN',
        });
        expect(impatientOutcomes?.[0]?.deferredByMs).toBeGreaterThan(1000);
      },
    );
  }, 20_000);

  it('the server never sees more requests in a window than the shared rate limit', async () => {
    // 4 workers x 5 calls through one limit of 4 per 500 ms: 20 requests take >= 2 s.
    const points = 4;
    const windowMs = 500;
    await withVendor(
      () => ({ status: 200, body: { success: true } }),
      async (vendor) => {
        const workers = await fleet(4);
        const key = fresh();
        for (const w of workers) {
          w.start({
            url: vendor.url,
            key,
            calls: 5,
            policies: ['rateLimit'],
            rateLimit: { points, windowMs },
          });
        }
        const outcomes = (await Promise.all(workers.map((w) => w.done))).flat();
        expect(outcomes.every((o) => o.ok)).toBe(true);
        expect(vendor.seen).toHaveLength(20);
        // Sliding windows anywhere: the i-th and the (i + points)-th request must be a window
        // apart. Redis grants each permit at some instant between the worker asking and
        // reading the answer; a request reaches the server some time after that. So a gap
        // measured on the permits as read, or on arrivals, may fall short of the window by at
        // most the longest ask-to-read (resp. ask-to-arrival) delay: measured, not guessed.
        const narrowest = (times: number[]): number => {
          const sorted = [...times].sort((a, b) => a - b);
          return Math.min(...sorted.slice(points).map((t, i) => t - (sorted[i] ?? 0)));
        };
        const asked = (s: Seen) => s.permitAskedAt ?? Number.NaN;
        const takeDelay = Math.max(
          ...vendor.seen.map((s) => (s.permitAt ?? Number.NaN) - asked(s)),
        );
        const arrivalDelay = Math.max(...vendor.seen.map((s) => s.at - asked(s)));
        const granted = narrowest(vendor.seen.map((s) => s.permitAt ?? Number.NaN));
        const seen = narrowest(vendor.seen.map((s) => s.at));
        console.info(
          `rate limit ${points}/${windowMs} ms, narrowest window of ${points + 1} requests: ` +
            `${granted.toFixed(1)} ms as granted (take up to ${takeDelay.toFixed(1)} ms), ` +
            `${seen.toFixed(1)} ms at the server (ask to arrival up to ${arrivalDelay.toFixed(1)} ms)`,
        );
        expect(Number.isFinite(takeDelay) && Number.isFinite(arrivalDelay)).toBe(true);
        // 1 ms: Redis' clock in whole ms.
        expect(granted).toBeGreaterThanOrEqual(windowMs - takeDelay - 1);
        expect(seen).toBeGreaterThanOrEqual(windowMs - arrivalDelay - 1);
      },
    );
  }, 20_000);

  it('Redis stopped mid-run: every worker finishes its calls, with answers or KycFailures only', async () => {
    // Every third request fails with a 503; all three policies are on, with the default
    // 100 ms timeout. Redis is killed while the calls run: a worker that hung, or threw
    // anything but a KycFailure, would never report (the worker rethrows it and crashes).
    await withVendor(
      // 10 ms an answer: 40 calls take long enough for the kill to land in the middle.
      (i) => (i % 3 === 2 ? { status: 503, delayMs: 10 } : { status: 200, delayMs: 10 }),
      async (vendor) => {
        const workers = await fleet(3, true);
        const key = fresh();
        for (const w of workers) {
          w.start({
            url: vendor.url,
            key,
            calls: 40,
            timeoutMs: 100,
            policies: ['budget', 'cooldown', 'rateLimit'],
            rateLimit: { points: 1000, windowMs: 1000 },
          });
        }
        await Promise.all(workers.map((w) => w.warmed));
        await new Promise((resolve) => setTimeout(resolve, 100));
        const killedAt = vendor.seen.length;
        await server.kill();
        const started = Date.now();
        const outcomes = (await Promise.all(workers.map((w) => w.done))).flat();
        await server.start();
        expect(outcomes).toHaveLength(120);
        expect(outcomes.every((o) => o.ok || o.stoppedBecause !== undefined)).toBe(true);
        // The calls went on after the kill, and Redis trouble was seen (and survived).
        expect(killedAt).toBeLessThan(120);
        expect(vendor.seen.length).toBeGreaterThan(killedAt);
        expect(workers.reduce((sum, w) => sum + w.storeErrors(), 0)).toBeGreaterThan(0);
        expect(Date.now() - started).toBeLessThan(10_000);
      },
    );
  }, 20_000);
});
