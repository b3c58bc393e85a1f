import type { KycFailure, StopReason } from '@kyc-errors/core';
import { countLabel, stopLabel } from './internal/grammar.js';
import { type SafeKycError, type SafeKycErrorOptions, safeKycError } from './safe-error.js';

/** The most stack frames {@link safeKycFailure} keeps. */
const MAX_FRAMES = 32;
const FRAME = /^ {4}at [^\n]{1,500}$/;

/** What of a {@link KycFailure} may be written out: its safe error and the retry loop's facts. */
export interface SafeKycFailure {
  /** Always `'KycFailure'`. */
  readonly type: 'KycFailure';
  /** `<provider> <code> <reason>: <message>`, rebuilt from the safe error. */
  readonly message: string;
  /** The stack: that message, then the frames (file positions only), when asked for. */
  readonly stack?: string;
  /** The failure's error, its safe fields only. */
  readonly error: SafeKycError;
  /** How many attempts the retry loop made. */
  readonly attempts?: number;
  /** Why the retry loop stopped. */
  readonly stoppedBecause?: StopReason;
  /** With `deferred`: the earliest time (epoch ms) to try again. */
  readonly notBefore?: number;
}

/** Options of {@link safeKycFailure}. */
export interface SafeKycFailureOptions extends SafeKycErrorOptions {
  /** `true` adds the stack: its frames only, under a first line rebuilt from the safe error. */
  readonly stack?: boolean | undefined;
}

/**
 * The safe view of a {@link KycFailure}: {@link safeKycError} of its error, the attempts, the
 * stop reason and `notBefore`, checked, and with `{ stack: true }` its stack frames under a
 * message rebuilt from the safe fields (never the message text as it stands on the object).
 *
 * @example
 * ```ts
 * import { safeKycFailure } from '@kyc-errors/observe';
 *
 * console.error(JSON.stringify(safeKycFailure(failure, { stack: true })));
 * ```
 */
export function safeKycFailure(
  failure: KycFailure,
  options: SafeKycFailureOptions = {},
): SafeKycFailure {
  const error = safeKycError(failure.error, options);
  const code = error.code === null ? '' : ` ${error.code}`;
  const message = `${error.provider}${code} ${error.reason}: ${error.message}`;
  // The short facts first, then the error, then the stack: the order a log line reads well in.
  const facts: { attempts?: number; stoppedBecause?: StopReason; notBefore?: number } = {};
  const attempts = countLabel(failure.attempts);
  if (attempts !== undefined) facts.attempts = attempts;
  const stoppedBecause = stopLabel(failure.stoppedBecause);
  if (stoppedBecause !== undefined) facts.stoppedBecause = stoppedBecause;
  const notBefore = countLabel(failure.notBefore);
  if (notBefore !== undefined) facts.notBefore = notBefore;
  const out: SafeKycFailure = { type: 'KycFailure', message, ...facts, error };
  if (options.stack === true) return { ...out, stack: stackOf(failure.stack, message) };
  return out;
}

/** The frames of a V8 stack (`    at …` lines) under our own first line; nothing else of it. */
function stackOf(stack: unknown, message: string): string {
  const frames =
    typeof stack === 'string'
      ? stack
          .split('\n', 256)
          .filter((line) => FRAME.test(line))
          .slice(0, MAX_FRAMES)
      : [];
  return [`KycFailure: ${message}`, ...frames].join('\n');
}
