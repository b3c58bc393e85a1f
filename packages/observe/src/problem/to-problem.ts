import type { KycError, KycFailure } from '@kyc-errors/core';
import { errorOf, failureOf } from '../find.js';
import { countLabel, fieldLabel, OTHER } from '../internal/grammar.js';
import { safeKycError } from '../safe-error.js';
import {
  CLIENT_FIELD_STATUS,
  PROBLEM_DETAILS,
  PROBLEM_STATUSES,
  type ProblemStatus,
} from './statuses.js';

/** The media type of an RFC 9457 problem document. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Options of {@link toProblem}. */
export interface ProblemOptions {
  /** The base of every `type` URI: `https://errors.example.com/kyc` gives `…/kyc/invalid-signature`. */
  readonly typeBase: string;
  /**
   * The vendor request fields whose values came from your client (the end user's `id_number`,
   * say). A `validation` failure naming one of them is the client's to fix: 422 with `field`.
   * Any other `validation` failure is our request's fault: 502. Default: none.
   */
  readonly clientFields?: readonly string[] | undefined;
  /** The `instance` URI of this occurrence (your request's id, say), if you have one. */
  readonly instance?: string | undefined;
  /** The clock for `retryAfter` from a deferred failure's `notBefore`. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/**
 * An RFC 9457 problem document, to send as `application/problem+json` with its `status`.
 * `type` and `title` depend only on the reason; nothing in it comes from the vendor.
 */
export interface KycProblem {
  /** `<typeBase>/<reason in kebab case>`: stable per reason. */
  readonly type: string;
  /** The reason in words (`Invalid signature`): the same for every occurrence of the type. */
  readonly title: string;
  /** The HTTP status ({@link PROBLEM_STATUSES}). */
  readonly status: ProblemStatus;
  /** What happened, for the client, naming no vendor. */
  readonly detail: string;
  /** The occurrence, when given. */
  readonly instance?: string;
  /** With 422 on a client field: the field. */
  readonly field?: string;
  /** With 503, when known: the seconds to wait; send it as the `Retry-After` header too. */
  readonly retryAfter?: number;
}

/**
 * The problem document your API answers with when a vendor call fails: the status of the
 * failure's category ({@link PROBLEM_STATUSES}: a vendor's 401 is our 502, throttling our
 * 503), 422 only for a validation failure on a field the client sent, a `type` URI per
 * reason, and no vendor internals (no provider, code, vendor message, remedy or `raw`).
 *
 * @example
 * ```ts
 * import { PROBLEM_CONTENT_TYPE, toProblem } from '@kyc-errors/observe/problem';
 *
 * const problem = toProblem(failure, { typeBase: 'https://errors.example.com/kyc', clientFields: ['id_number'] });
 * reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
 * ```
 */
export function toProblem(failure: KycFailure | KycError, options: ProblemOptions): KycProblem {
  const error = safeKycError(errorOf(failure));
  const field = fieldLabel(error.field);
  const byClient =
    error.category === 'validation' &&
    field !== undefined &&
    options.clientFields?.includes(field) === true;
  const status: ProblemStatus = byClient ? CLIENT_FIELD_STATUS : PROBLEM_STATUSES[error.category];
  const base = options.typeBase.endsWith('/') ? options.typeBase : `${options.typeBase}/`;
  const out: { -readonly [K in keyof KycProblem]: KycProblem[K] } = {
    type: `${base}${slugOf(error.reason)}`,
    title: titleOf(error.reason),
    status,
    detail: PROBLEM_DETAILS[status],
  };
  if (options.instance !== undefined) out.instance = options.instance;
  if (byClient) out.field = field;
  if (status === 503) {
    const seconds = retryAfterOf(failure, error.retry.afterMs, options.now ?? Date.now);
    if (seconds !== undefined) out.retryAfter = seconds;
  }
  return out;
}

/** `INVALID_SIGNATURE` as `invalid-signature`. */
function slugOf(reason: string): string {
  return reason === OTHER ? 'unknown' : reason.toLowerCase().replaceAll('_', '-');
}

/** `INVALID_SIGNATURE` as `Invalid signature`. */
function titleOf(reason: string): string {
  if (reason === OTHER) return 'Unrecognised failure';
  const words = reason.toLowerCase().replaceAll('_', ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** Whole seconds until the next attempt may start: a deferral's `notBefore`, else `Retry-After`. */
function retryAfterOf(
  failure: KycFailure | KycError,
  afterMs: number | undefined,
  now: () => number,
): number | undefined {
  const notBefore = countLabel(failureOf(failure)?.notBefore);
  const ms = notBefore !== undefined ? notBefore - now() : afterMs;
  return ms !== undefined && ms > 0 ? Math.ceil(ms / 1000) : undefined;
}
