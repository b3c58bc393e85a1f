/** Exit codes: 0 success, 1 an unknown code, 2 a usage or input error, 70 a bug. */
export const EXIT = { ok: 0, unknownCode: 1, usage: 2, internal: 70 } as const;

/** A bad argument or input: reported as one line on standard error, with its exit code. */
export class UsageError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.exitCode = exitCode;
  }
}
