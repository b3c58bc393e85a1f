#!/usr/bin/env node
// The fleet figures of issue 16, for `pnpm bench` (run after the build; reads packages' dist):
// the cost of one attempt's shared policies in memory and on Redis, and attempts per second
// with 8 processes sharing one key. Starts its own private redis-server on a unix socket;
// without one it prints a line saying so and measures nothing.
// Standalone: `node scripts/bench-fleet.mjs`. From bench.mjs: `await fleetBench()`.
import { fork, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = new URL('../packages/', import.meta.url);
const load = (pkg) => import(new URL(`${pkg}/dist/index.js`, packages).href);
const { Redis } = createRequire(new URL('redis/package.json', packages))('ioredis');

const PROCESSES = 8;
const FLEET_MS = 2000;

async function startRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'kyc-bench-redis-'));
  const socket = join(dir, 'redis.sock');
  const child = spawn(
    'redis-server',
    ['--save', '', '--appendonly', 'no', '--port', '0', '--unixsocket', socket, '--dir', dir],
    { stdio: 'ignore' },
  );
  const reap = () => child.kill('SIGKILL');
  process.once('exit', reap);
  while (!existsSync(socket)) await new Promise((r) => setTimeout(r, 10));
  return {
    socket,
    async stop() {
      process.off('exit', reap);
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function policies(kind, socket, key) {
  const retry = await load('retry');
  if (kind === 'memory') {
    return {
      budget: retry.createRetryBudget(),
      cooldown: retry.createCooldown(),
      rateLimit: retry.createRateLimit({ points: 1e9, windowMs: 1000 }),
    };
  }
  const redisForms = await load('redis');
  const redis = new Redis({ path: socket });
  // A generous timeout: measured here is Redis' cost, not the fallback's.
  const store = { key, timeoutMs: 5000 };
  return {
    redis,
    budget: redisForms.redisRetryBudget(redis, store),
    cooldown: redisForms.redisCooldown(redis, store),
    // A sliding log keeps one entry per permit: a 1 s window bounds the set while measuring.
    rateLimit: redisForms.redisRateLimit(redis, { ...store, points: 1e9, windowMs: 1000 }),
  };
}

/** µs per call of `fn` over `n` sequential calls: the best of 3 rounds, after a warm-up. */
async function perCall(fn, n) {
  for (let i = 0; i < Math.min(500, n); i++) await fn();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1000 / n);
  }
  return best;
}

async function costs(socket) {
  const { retry } = await load('retry');
  const { smileId } = await load('smile-id');
  const rows = [];
  for (const kind of ['memory', 'redis']) {
    const p = await policies(kind, socket, `bench-cost-${kind}`);
    const n = kind === 'memory' ? 50_000 : 1_000;
    const error = { reason: 'SERVICE_UNAVAILABLE' };
    rows.push({
      kind,
      budget: await perCall(async () => {
        await p.budget.tryAcquire(p.budget.costOf(error));
        await p.budget.recordSuccess(5);
      }, n),
      cooldown: await perCall(() => p.cooldown.remainingMs(), n),
      rateLimit: await perCall(() => p.rateLimit.take(), n),
      none: await perCall(() => retry(async () => 'ok', { provider: smileId }), n),
      all: await perCall(
        () =>
          retry(async () => 'ok', {
            provider: smileId,
            budget: p.budget,
            cooldown: p.cooldown,
            rateLimit: p.rateLimit,
          }),
        n,
      ),
    });
    p.redis?.disconnect();
  }
  return rows;
}

async function fleet(socket) {
  const script = fileURLToPath(import.meta.url);
  const children = Array.from({ length: PROCESSES }, () =>
    fork(script, ['--fleet-child', socket], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  await Promise.all(children.map((c) => new Promise((r) => c.once('message', r)))); // ready
  for (const c of children) c.send('go');
  const counts = await Promise.all(children.map((c) => new Promise((r) => c.once('message', r))));
  return counts.reduce((a, b) => a + b, 0) / (FLEET_MS / 1000);
}

async function fleetChild(socket) {
  const { retry } = await load('retry');
  const { smileId } = await load('smile-id');
  const p = await policies('redis', socket, 'bench-fleet');
  const options = {
    provider: smileId,
    budget: p.budget,
    cooldown: p.cooldown,
    rateLimit: p.rateLimit,
  };
  await retry(async () => 'warm', options);
  process.send('ready');
  await new Promise((r) => process.once('message', r));
  let count = 0;
  const end = Date.now() + FLEET_MS;
  while (Date.now() < end) {
    await retry(async () => 'ok', options);
    count += 1;
  }
  p.redis.disconnect();
  process.send(count);
  process.disconnect();
}

/** Prints the fleet figures. */
export async function fleetBench() {
  console.log('\nFleet: shared retry budget, cool-down and rate limit (issue 16)');
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('  skipped: redis-server not found (apt-get install redis-server)');
    return;
  }
  const server = await startRedis();
  try {
    const rows = await costs(server.socket);
    const f = (us) => `${us.toFixed(2).padStart(8)} µs`;
    console.log('  cost per attempt (one process, sequential; µs per call):');
    console.log(
      '    form      budget take+give  cool-down read  rate-limit take  retry() bare  retry() with all three',
    );
    for (const r of rows) {
      console.log(
        `    ${r.kind.padEnd(8)}  ${f(r.budget)}       ${f(r.cooldown)}    ${f(r.rateLimit)}     ${f(r.none)}  ${f(r.all)}`,
      );
    }
    const [memory, redis] = rows;
    console.log(
      `    Redis adds ${(redis.all - memory.all).toFixed(0)} µs to an attempt that succeeds: 3 round ` +
        'trips (cool-down, permit, budget refill) on a local unix socket; a retry adds one more ' +
        '(budget take). Add your network round trip to each.',
    );
    const rate = await fleet(server.socket);
    console.log(
      `  ${PROCESSES} processes sharing one key, all three Redis policies, instant operation: ` +
        `${Math.round(rate).toLocaleString('en-US')} attempts/s in all (${FLEET_MS / 1000} s)`,
    );
  } finally {
    await server.stop();
  }
}

if (process.argv[2] === '--fleet-child') {
  await fleetChild(process.argv[3]);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  await fleetBench();
}
