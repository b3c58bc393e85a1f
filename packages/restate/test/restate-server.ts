import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { join } from 'node:path';

// A private restate-server per test file, from the npm package @restatedev/restate-server
// (its binary ships in the optional dependency @restatedev/restate-server-<os>-<cpu>): TCP on
// 127.0.0.1 only, free ports, a temporary data folder, one partition, no telemetry. It runs
// under a watchdog (a small Node process) that kills it when the test process goes away
// (its stdin closes) or after MAX_LIFETIME_MS, whichever comes first: it stops by itself
// even when the test process is killed before afterAll.

const MAX_LIFETIME_MS = 5 * 60_000;
const READY_WITHIN_MS = 60_000;

/** The restate-server binary of this platform, or `undefined` when none is installed. */
export function restateBinary(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const launcher = require.resolve('@restatedev/restate-server/package.json');
    return createRequire(launcher).resolve(
      `@restatedev/restate-server-${platform()}-${arch()}/bin/restate-server`,
    );
  } catch {
    return undefined;
  }
}

const WATCHDOG = `
const { spawn } = require('node:child_process');
const [binary, lifetime, ...args] = process.argv.slice(1);
const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const stop = () => { child.kill('SIGKILL'); };
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
setTimeout(stop, Number(lifetime)).unref();
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));
`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A running private server. */
export interface RestateServer {
  /** The ingress, e.g. `http://127.0.0.1:41234`. */
  readonly ingress: string;
  /** The admin API. */
  readonly admin: string;
  /** The rows of a query of the admin API's SQL introspection (`sys_invocation`, `sys_journal`). */
  query(sql: string): Promise<readonly Record<string, unknown>[]>;
  /** Kills an invocation (one left backing off for an hour, say). */
  kill(invocationId: string): Promise<void>;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
}

const POLL_WITHIN_MS = 20_000;

/**
 * The `sys_invocation` row of an invocation, once `ready(row)` holds; polled, for at most
 * 20 s (the server records a failure a moment after the SDK reports it).
 */
export async function invocationRow(
  server: RestateServer,
  invocationId: string,
  ready: (row: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + POLL_WITHIN_MS;
  for (;;) {
    const [row] = await server.query(`SELECT * FROM sys_invocation WHERE id = '${invocationId}'`);
    if (row !== undefined && ready(row)) return row;
    if (Date.now() > deadline) {
      throw new Error(`invocation ${invocationId} not as expected: ${JSON.stringify(row)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts a private restate-server; resolves once its admin API and ingress answer. */
export async function startRestate(binary: string): Promise<RestateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'kyc-restate-'));
  const [ingressPort, adminPort, nodePort] = [await freePort(), await freePort(), await freePort()];
  const watchdog = spawn(
    process.execPath,
    [
      '-e',
      WATCHDOG,
      binary,
      String(MAX_LIFETIME_MS),
      '--base-dir',
      dir,
      '--node-name',
      'kyc-errors-test',
      '--default-num-partitions',
      '1',
      '--no-logo',
    ],
    {
      stdio: ['pipe', 'ignore', 'inherit'],
      env: {
        PATH: process.env.PATH ?? '',
        RESTATE_LISTEN_MODE: 'tcp',
        RESTATE_BIND_IP: '127.0.0.1',
        RESTATE_BIND_ADDRESS: `127.0.0.1:${nodePort}`,
        RESTATE_INGRESS__BIND_ADDRESS: `127.0.0.1:${ingressPort}`,
        RESTATE_ADMIN__BIND_ADDRESS: `127.0.0.1:${adminPort}`,
        RESTATE_DISABLE_TELEMETRY: 'true',
        RESTATE_ROCKSDB_TOTAL_MEMORY_SIZE: '256MB',
        RESTATE_LOG_FILTER: 'error',
      },
    },
  );
  const exited = new Promise<void>((resolve) => watchdog.once('exit', () => resolve()));
  // On the way out, ask the watchdog to stop the server (it handles SIGTERM); killing the
  // watchdog outright would orphan the server.
  const reap = (): void => {
    watchdog.kill('SIGTERM');
  };
  process.once('exit', reap);

  const stop = async (): Promise<void> => {
    process.off('exit', reap);
    if (watchdog.exitCode === null) {
      watchdog.stdin?.end(); // the watchdog kills the server and exits
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const admin = `http://127.0.0.1:${adminPort}`;
  const ingress = `http://127.0.0.1:${ingressPort}`;
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    if (watchdog.exitCode !== null) {
      await stop();
      throw new Error(`restate-server exited with ${watchdog.exitCode}`);
    }
    const ready = await Promise.all([
      fetch(`${admin}/health`).then(
        (r) => r.ok,
        () => false,
      ),
      fetch(`${ingress}/restate/health`).then(
        (r) => r.ok,
        () => false,
      ),
    ]);
    if (ready.every(Boolean)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`restate-server did not answer within ${READY_WITHIN_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const query = async (sql: string): Promise<readonly Record<string, unknown>[]> => {
    const response = await fetch(`${admin}/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: sql }),
    });
    if (!response.ok) throw new Error(`query failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { rows: Record<string, unknown>[] }).rows;
  };
  const kill = async (invocationId: string): Promise<void> => {
    const response = await fetch(`${admin}/invocations/${invocationId}/kill`, { method: 'PATCH' });
    if (!response.ok) throw new Error(`kill failed: ${response.status}`);
  };
  return { ingress, admin, query, kill, stop };
}
