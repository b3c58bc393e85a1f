import { isKycError, isKycFailure, type KycError, type KycFailure } from '@kyc-errors/core';

/** How many `cause` links {@link findKyc} follows: an app error wrapping a failure, and so on. */
export const MAX_CAUSE_DEPTH = 4;

/** A failure found in something thrown: its `KycError`, and the `KycFailure` that carried it. */
export interface FoundKyc {
  /** The normalized failure. */
  readonly error: KycError;
  /** The thrown form, when the error came in one (with the retry loop's attempts and stop). */
  readonly failure?: KycFailure;
}

/**
 * The kyc-errors failure in `value`: a `KycFailure` (recognised by core's brand, so also one
 * from another copy of the library) or a `KycError` (recognised by shape: one may arrive as
 * JSON from a queue), then the same in its `cause`, up to {@link MAX_CAUSE_DEPTH} links.
 * `undefined` when there is none. Never throws, whatever it is handed.
 *
 * @example
 * ```ts
 * import { findKyc } from '@kyc-errors/observe';
 *
 * const found = findKyc(caught);
 * if (found !== undefined) metrics.increment(`kyc.${found.error.reason}`);
 * ```
 */
export function findKyc(value: unknown): FoundKyc | undefined {
  return kycIn(value, MAX_CAUSE_DEPTH);
}

/**
 * The failure in `value` itself, told apart by shape first: core brands the `KycError`s it
 * makes as well as its `KycFailure`s, and its `isKycFailure` accepts anything branded.
 */
export function splitKyc(value: unknown): FoundKyc | undefined {
  if (isKycError(value)) return { error: value };
  if (isKycFailure(value) && isKycError(value.error)) return { error: value.error, failure: value };
  return undefined;
}

/** {@link findKyc}, following at most `causes` links (`0`: the value itself only). */
export function kycIn(value: unknown, causes: number): FoundKyc | undefined {
  let node = value;
  try {
    for (let depth = 0; depth <= causes; depth++) {
      if (typeof node !== 'object' || node === null) return undefined;
      const found = splitKyc(node);
      if (found !== undefined) return found;
      node = (node as { cause?: unknown }).cause;
    }
  } catch {
    // A throwing getter or proxy trap: nothing of ours to find in it.
  }
  return undefined;
}

/** The error of a typed argument: the value itself, or the failure's `error`. */
export function errorOf(value: KycFailure | KycError): KycError {
  return isKycError(value) ? value : value.error;
}

/** The failure of a typed argument, or `undefined` for a plain error. */
export function failureOf(value: KycFailure | KycError): KycFailure | undefined {
  return isKycError(value) ? undefined : value;
}
