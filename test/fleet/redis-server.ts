import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A private redis-server per test file: a unix socket in a temporary folder, no TCP port, no
// persistence. Started in beforeAll, stopped in afterAll (and on demand, to test an outage).
// No Redis client here: the repository root does not depend on ioredis; tests that need one
// make it from `socket` (packages/redis has ioredis as a dev dependency).

const BINARY = process.env.REDIS_SERVER ?? 'redis-server';

/** Whether redis-server can run here. */
export const redisAvailable: boolean =
  spawnSync(BINARY, ['--version'], { stdio: 'ignore' }).status === 0;

const HOW_TO_INSTALL =
  'redis-server not found: Redis tests skipped (install it with `sudo apt-get install redis-server`, or set REDIS_SERVER)';

/**
 * Whether this test run has said so already: vitest runs each file in its own worker
 * process, all children of one vitest process, so the first to create the marker says it.
 */
function firstToTell(): boolean {
  const markers = join(tmpdir(), 'kyc-errors-redis-skipped');
  try {
    mkdirSync(markers, { recursive: true });
    mkdirSync(join(markers, String(process.ppid)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the Redis suites of this file run. Without redis-server: on a developer's machine
 * one line says they were skipped and how to install it; under CI that is a failure, never a
 * silent skip.
 */
export function redisSuitesRun(): boolean {
  if (redisAvailable) return true;
  if (process.env.CI) throw new Error(`${HOW_TO_INSTALL}; CI must run them`);
  if (firstToTell()) console.warn(HOW_TO_INSTALL);
  return false;
}

/** A running private server. */
export interface RedisServer {
  /** The unix socket path. */
  readonly socket: string;
  /** Registers a clean-up (a client to disconnect) that `stop()` runs first. */
  onStop(cleanUp: () => void): void;
  /** Stops the server (the socket stays in place for `start()`). */
  kill(): Promise<void>;
  /** Starts it again on the same socket, empty (nothing when it runs). */
  start(): Promise<void>;
  /** Stops the server, closes the clients, removes the folder. */
  stop(): Promise<void>;
}

/** Starts a private redis-server; resolves once it answers PING. */
export async function startRedis(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kyc-redis-'));
  const socket = join(dir, 'redis.sock');
  const cleanUps: (() => void)[] = [];
  let child: ChildProcess | undefined;

  const start = async (): Promise<void> => {
    if (child !== undefined && child.exitCode === null) return;
    rmSync(socket, { force: true });
    const proc = spawn(
      BINARY,
      [
        '--save',
        '',
        '--appendonly',
        'no',
        '--port',
        '0',
        '--unixsocket',
        socket,
        '--unixsocketperm',
        '700',
        '--dir',
        dir,
        '--loglevel',
        'warning',
        // DEBUG SLEEP makes a slow Redis (the socket is private: mode 700, no TCP port).
        '--enable-debug-command',
        'yes',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child = proc;
    // Never outlive the test process, even when it dies before afterAll.
    const reap = (): void => {
      proc.kill('SIGKILL');
    };
    process.once('exit', reap);
    proc.once('exit', () => process.off('exit', reap));
    const deadline = Date.now() + 5000;
    while (!existsSync(socket)) {
      if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode}`);
      if (Date.now() > deadline) throw new Error('redis-server did not start within 5 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const kill = async (): Promise<void> => {
    const proc = child;
    child = undefined;
    if (proc === undefined || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    socket,
    onStop: (cleanUp) => {
      cleanUps.push(cleanUp);
    },
    kill,
    start,
    async stop() {
      for (const cleanUp of cleanUps) cleanUp();
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
