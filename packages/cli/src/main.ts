import { readFileSync } from 'node:fs';
import { type Io, run } from './run.js';

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Reads standard input to its end, or a little past the limit run() enforces. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    chunks.push(buffer);
    // Stop reading well past the limit; run() reports the size.
    if (size > 17 * 1024 * 1024) break;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs the `kyc-errors` command against the process: argv, stdio, environment. Sets
 * `process.exitCode` rather than exiting, so pending output is flushed.
 *
 * @example
 * ```ts
 * #!/usr/bin/env node
 * import { main } from '@kyc-errors/cli';
 * await main();
 * ```
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const io: Io = {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    version: readVersion(),
  };
  process.exitCode = await run(argv, io);
}
