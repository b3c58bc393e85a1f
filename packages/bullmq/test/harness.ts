import {
  type Job,
  type JobsOptions,
  type Processor,
  Queue,
  QueueEvents,
  Worker,
  type WorkerOptions,
} from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { type RedisServer, startRedis } from '../../../test/fleet/redis-server.js';
import { createEmulator, type Session } from '../../../test/support/emulator.js';
import { json, sequence } from '../../../test/support/responses.js';
import { PERSONAL_REQUEST, SECRETS } from '../../../test/support/secrets.js';
import { VENDORS } from '../../../test/support/vendors/index.js';

// Real BullMQ on a private redis-server (test/fleet/redis-server.ts), calling the loopback
// vendor emulator (test/support/emulator.ts). Each test gets its own queue name and its own
// emulator session, so call counts and queue state are its own.

const rateLimited = { status: 'Too Many Requests', message: 'Rate limit exceeded' } as const;
const unavailable = { message: 'Service Unavailable' } as const;

/** Scenarios this file needs beyond each vendor's own, answered as Smile ID does. */
const EXTRA = {
  /** 503 with `Retry-After: 30` once, then the job status. */
  'unavailable-retry-after-then-ok': sequence(
    [json(503, unavailable, { 'retry-after': '30' })],
    VENDORS['smile-id'].ok,
  ),
  /** 429 with `Retry-After: 2` once, then the job status. */
  'rate-limited-2s-then-ok': sequence(
    [json(429, rateLimited, { 'retry-after': '2' })],
    VENDORS['smile-id'].ok,
  ),
  /** A 400 whose message echoes the applicant's name, ID number and the API key. */
  'echoes-secrets': json(400, {
    code: '2413',
    error: `Missing parameter for ${SECRETS.join(' ')}`,
  }),
  /** A 503 whose body echoes the applicant's data (a gateway's debug page). */
  'unavailable-echoing': json(503, { message: 'Service Unavailable', request: PERSONAL_REQUEST }),
} as const;

const TABLES = { ...VENDORS, extra: EXTRA } as const;

/** The emulator's routes, typed: a misspelt scenario fails to compile. */
export type Emulated = Session<typeof TABLES>;

/** One test's emulator session. */
export type Route = Parameters<Emulated['url']>[0];

let server: RedisServer;
const emulator = createEmulator(TABLES);
let queues = 0;

/** Starts redis-server and the emulator for this file (stopped after it). */
export function useServers(): void {
  beforeAll(async () => {
    server = await startRedis();
    await emulator.start();
  });
  afterAll(async () => {
    await emulator.stop();
    await server?.stop();
  });
}

/** What BullMQ connects with: the private server's socket. */
export const connection = () => ({ path: server.socket, maxRetriesPerRequest: null });

/** A plain client on the private server (for the fleet policies and to read keys). */
export function redisClient(): Redis {
  const redis = new Redis({ path: server.socket, maxRetriesPerRequest: null });
  redis.on('error', () => {});
  server.onStop(() => redis.disconnect());
  return redis;
}

/** One QueueEvents event as recorded. */
export interface Seen {
  readonly event: string;
  readonly jobId: string;
  readonly args: Readonly<Record<string, unknown>>;
}

/** A queue with its events, for one test. */
export interface TestQueue {
  readonly name: string;
  readonly queue: Queue;
  readonly events: QueueEvents;
  readonly vendor: Emulated;
  /** Every event of the queue so far, in order. */
  readonly seen: Seen[];
  /** Starts a worker on this queue (closed with the queue). */
  worker<D, R>(processor: Processor<D, R>, options?: Partial<WorkerOptions>): Worker<D, R>;
  /** Adds a job and waits until it has completed or failed; then reads it back. */
  run(data: unknown, options?: JobsOptions): Promise<Job>;
  /** Waits for the first event `event` of job `jobId`. */
  next(event: string, jobId: string): Promise<Seen>;
  close(): Promise<void>;
}

const EVENTS = ['active', 'waiting', 'delayed', 'failed', 'completed', 'retries-exhausted'];

/** A fresh queue, its QueueEvents (listening before any job is added) and a vendor session. */
export async function testQueue(): Promise<TestQueue> {
  queues += 1;
  const name = `kyc-${queues}-${process.pid}`;
  const queue = new Queue(name, { connection: connection() });
  const events = new QueueEvents(name, { connection: connection() });
  const seen: Seen[] = [];
  const waiters: (() => void)[] = [];
  for (const event of EVENTS) {
    events.on(event as 'completed', (args: { jobId: string }) => {
      seen.push({ event, jobId: args.jobId, args });
      for (const wake of waiters.splice(0)) wake();
    });
  }
  await events.waitUntilReady();
  const workers: Worker[] = [];
  const next = async (event: string, jobId: string): Promise<Seen> => {
    for (;;) {
      const found = seen.find((s) => s.event === event && s.jobId === jobId);
      if (found !== undefined) return found;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return {
    name,
    queue,
    events,
    vendor: emulator.session(),
    seen,
    worker<D, R>(processor: Processor<D, R>, options: Partial<WorkerOptions> = {}) {
      const worker = new Worker<D, R>(name, processor, { connection: connection(), ...options });
      worker.on('error', () => {});
      workers.push(worker as unknown as Worker);
      return worker;
    },
    async run(data, options = {}) {
      const job = await queue.add('kyc', data, options);
      const id = job.id as string;
      await Promise.race([next('completed', id), next('failed', id)]);
      return (await queue.getJob(id)) as Job;
    },
    next,
    async close() {
      await Promise.all(workers.map((w) => w.close(true)));
      await events.close();
      await queue.obliterate({ force: true }).catch(() => {});
      await queue.close();
    },
  };
}

export { callWithPersonalData as call } from '../../../test/support/engine-vendor.js';

/** Polls `check` every 20 ms until it holds (vitest's test timeout bounds the wait). */
export async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Every key, field and value BullMQ wrote for the queue, as one text. */
export async function dumpQueue(redis: Redis, name: string): Promise<string> {
  const keys = await redis.keys(`bull:${name}:*`);
  const parts: string[] = [];
  for (const key of keys.sort()) {
    const type = await redis.type(key);
    if (type === 'hash') parts.push(key, JSON.stringify(await redis.hgetall(key)));
    else if (type === 'list') parts.push(key, JSON.stringify(await redis.lrange(key, 0, -1)));
    else if (type === 'zset') parts.push(key, JSON.stringify(await redis.zrange(key, 0, -1)));
    else if (type === 'set') parts.push(key, JSON.stringify(await redis.smembers(key)));
    else if (type === 'stream') parts.push(key, JSON.stringify(await redis.xrange(key, '-', '+')));
    else if (type === 'string') parts.push(key, String(await redis.get(key)));
  }
  return parts.join('\n');
}
