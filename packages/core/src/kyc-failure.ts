import { brandClass, isBranded } from './brand.js';
import type { KycError } from './kyc-error.js';

/**
 * Why a retry loop gave up, carried on a {@link KycFailure}:
 *
 * - `not-retryable`: the advice says another attempt cannot help.
 * - `attempts-exhausted`: every allowed attempt failed.
 * - `budget-exhausted`: the shared retry budget is spent (an outage is under way).
 * - `deadline`: the overall deadline would pass before the next attempt.
 * - `aborted`: the caller's signal fired.
 * - `deferred`: the next attempt is allowed only at `notBefore`, too far off to wait in
 *   process; requeue the work for then.
 * - `ambiguous`: a non-idempotent call failed in a way that may have reached the vendor;
 *   check its status before sending it again.
 */
export type StopReason =
  | 'not-retryable'
  | 'attempts-exhausted'
  | 'budget-exhausted'
  | 'deadline'
  | 'aborted'
  | 'deferred'
  | 'ambiguous';

/** Extra facts a retry loop attaches to a {@link KycFailure}. */
export interface FailureDetails {
  /** How many attempts were made. */
  readonly attempts?: number;
  /** Why the loop stopped. */
  readonly stoppedBecause?: StopReason;
  /** With `deferred`: the earliest time (epoch ms) another attempt may start. */
  readonly notBefore?: number;
}

/**
 * The one `Error` subclass: a {@link KycError} in a form that can be thrown, for retry loops
 * and `await`-style callers. Its message is our message, never the vendor payload, so its
 * stack is safe to log.
 *
 * @example
 * ```ts
 * const error = normalize(smileId, { status: 401, body: { code: '2205', error: '…' } });
 * throw new KycFailure(error); // KycFailure: smile-id 2205 INVALID_SIGNATURE: …
 * ```
 */
export class KycFailure extends Error {
  /** Always `'KycFailure'`, also after minification. */
  override readonly name = 'KycFailure';
  /** The normalized failure. */
  readonly error: KycError;
  /** How many attempts were made, when a retry loop threw this. */
  readonly attempts?: number;
  /** Why the retry loop stopped, when one threw this. */
  readonly stoppedBecause?: StopReason;
  /** With `stoppedBecause: 'deferred'`: the earliest time (epoch ms) to try again. */
  readonly notBefore?: number;

  constructor(error: KycError, details: FailureDetails = {}) {
    super(describe(error));
    this.error = error;
    if (details.attempts !== undefined) this.attempts = details.attempts;
    if (details.stoppedBecause !== undefined) this.stoppedBecause = details.stoppedBecause;
    if (details.notBefore !== undefined) this.notBefore = details.notBefore;
  }

  /** A JSON-safe view: the message, the error and the retry details. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      name: this.name,
      message: this.message,
      error: this.error,
    };
    if (this.attempts !== undefined) out.attempts = this.attempts;
    if (this.stoppedBecause !== undefined) out.stoppedBecause = this.stoppedBecause;
    if (this.notBefore !== undefined) out.notBefore = this.notBefore;
    return out;
  }
}

// Instances of this class, from any copy of core, are recognised as failures (brand.ts).
brandClass(KycFailure, 'failure');

function describe(error: KycError): string {
  const code = error.code === null ? '' : ` ${error.code}`;
  return `${error.provider}${code} ${error.reason}: ${error.message}`;
}

/**
 * Recognises a {@link KycFailure}, also one created by another copy of this package (the
 * CommonJS copy, or two versions in one `node_modules`), where `instanceof` fails. An
 * object that only looks like one (`name: 'KycFailure'` and an `error`) is not one.
 *
 * @example
 * ```ts
 * try { await call(); } catch (e) { if (isKycFailure(e)) console.log(e.error.category); }
 * ```
 */
export function isKycFailure(value: unknown): value is KycFailure {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // Inside the try: instanceof calls a proxy's getPrototypeOf trap, which may throw.
    return value instanceof KycFailure || isBranded(value, 'failure');
  } catch {
    return false;
  }
}
