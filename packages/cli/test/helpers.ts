import { type Io, run } from '@kyc-errors/cli';
import { expect } from 'vitest';

/** What one run of the command printed, and its exit code. */
export interface Ran {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for {@link cli}: what stdin holds and whether the streams are terminals. */
export interface RunOptions {
  readonly env?: Record<string, string>;
  readonly stdoutIsTTY?: boolean;
  readonly stdinIsTTY?: boolean;
}

/** Any ANSI escape sequence; built from a string to keep control characters out of regex literals. */
export const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

/** Runs the command in-process with a fake terminal. */
export async function cli(
  args: readonly string[],
  input = '',
  options: RunOptions = {},
): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: {
      write: (s: string) => {
        stdout += s;
      },
      isTTY: options.stdoutIsTTY ?? false,
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
      },
    },
    readStdin: async () => input,
    stdinIsTTY: options.stdinIsTTY ?? false,
    env: options.env ?? {},
    version: '0.0.0-test',
  };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

/** A failure must be exactly one line on stderr, nothing on stdout, and no stack trace. */
export function expectOneLineError(r: Ran, exit: number, pattern: RegExp): void {
  expect(r.status).toBe(exit);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^kyc-errors: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}
