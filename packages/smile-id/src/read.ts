import type { Verdict } from '@kyc-errors/core';
import {
  decodeWith,
  isRecord,
  type OutcomeSignal,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import type { Type } from 'io-ts';
import type { SmileIdCode } from './codes.js';
import {
  CallbackBody,
  type JobResult,
  JobStatusBody,
  MessageBody,
  V1ErrorBody,
} from './payload.js';

/** The job_status call's own success code: it says the lookup worked, not the job. */
const JOB_STATUS_SUCCESS = '2302' satisfies SmileIdCode;

type Body = Readonly<Record<string, unknown>>;

// A body that already has the codec's type (string codes, as Smile ID sends them) passes the
// codec's own guard and is used as it is; only the rest (numeric codes, garbage) is decoded.
// Decoding a well-typed body would return it unchanged, so the guard changes nothing but cost:
// normalize runs in retry loops.
function decoded<A>(codec: Type<A, unknown, unknown>, body: Body): A | undefined {
  if (codec.is(body)) return body;
  const result = decodeWith(codec, body);
  return result.isOk() ? result.value : undefined;
}

// Each shape is tried only when its marker key is present, so a body costs one decode.
function jobStatus(body: Body): JobStatusBody | undefined {
  return Object.hasOwn(body, 'job_complete') ? decoded(JobStatusBody, body) : undefined;
}

function callback(body: Body): CallbackBody | undefined {
  return Object.hasOwn(body, 'ResultCode') ? decoded(CallbackBody, body) : undefined;
}

/**
 * Reads the code and text of any Smile ID body: a job_status answer or a callback / result
 * body (the result's `ResultCode` and `ResultText` decide), a v1 error (`code` and `error`),
 * or a v3 or gateway error (`message` only).
 */
export function readSmileId(input: unknown): VendorSignal | undefined {
  if (!isRecord(input)) return undefined;
  const job = jobStatus(input);
  if (job !== undefined) {
    const result = job.result;
    return result?.ResultCode !== undefined
      ? { code: result.ResultCode, text: result.ResultText }
      : { code: job.code };
  }
  const result = callback(input);
  if (result !== undefined) return { code: result.ResultCode, text: result.ResultText };
  if (Object.hasOwn(input, 'code')) {
    // Fast path for the shape nearly every v1 error has. With a string code and error and no
    // `success` or `message`, the codec below would accept the body and read the same two
    // values; running it costs more than the rest of normalize.
    const { code, error } = input;
    if (
      typeof code === 'string' &&
      typeof error === 'string' &&
      input.success === undefined &&
      input.message === undefined
    ) {
      return { code, text: error };
    }
    const v1 = decoded(V1ErrorBody, input);
    // No `failed` unless the body says so: a v1 body with a code can also be a success
    // (the upload request answers with a code too).
    if (v1 !== undefined) {
      return {
        code: v1.code,
        text: v1.error ?? v1.message,
        failed: v1.success === false ? true : undefined,
      };
    }
  }
  if (Object.hasOwn(input, 'message')) {
    const message = decoded(MessageBody, input);
    if (message !== undefined) return { text: message.message };
  }
  return undefined;
}

/**
 * Reads the verdict of a job_status answer or a callback / result body. A job_status
 * without a result code falls back on `job_complete` and `job_success`: an unfinished job
 * is `pending`, not final.
 */
export function readSmileIdOutcome(input: unknown): OutcomeSignal | undefined {
  if (!isRecord(input)) return undefined;
  const job = jobStatus(input);
  if (job !== undefined) {
    const result = job.result;
    // A status code other than success is the status call's own error (2305 invalid
    // sec_key, ...): passed on, core answers with its KycError.
    const code = result?.ResultCode ?? (job.code === JOB_STATUS_SUCCESS ? undefined : job.code);
    return {
      code: code ?? null,
      text: result?.ResultText,
      verdict: jobVerdict(job),
      final: job.job_complete ? undefined : false,
      tags: actionTags(result?.Actions),
    };
  }
  const result = callback(input);
  if (result === undefined) return undefined;
  return { code: result.ResultCode, text: result.ResultText, tags: actionTags(result.Actions) };
}

function jobVerdict(job: JobStatusBody): Verdict | undefined {
  if (!job.job_complete) return 'pending';
  if (job.job_success === true) return 'approved';
  if (job.job_success === false) return 'rejected';
  return undefined;
}

// Action values worth carrying as tags: the checks that failed or are still open.
const FLAGGED = new Set([
  'Failed',
  'Rejected',
  'Under Review',
  'Unable To Determine',
  'Provisionally Approved',
]);
const ACTION_KEY = /^[A-Za-z][A-Za-z0-9_]{0,40}$/;
const NOT_TAG_CHARS = /[^A-Z0-9]+/g;

/** `Actions` entries that failed or wait on review, as tags: `LIVENESS_CHECK_FAILED`. */
function actionTags(actions: JobResult['Actions']): readonly string[] | undefined {
  if (actions === undefined) return undefined;
  const tags: string[] = [];
  for (const [key, value] of Object.entries(actions)) {
    if (typeof value !== 'string' || !FLAGGED.has(value) || !ACTION_KEY.test(key)) continue;
    tags.push(`${key}_${value}`.toUpperCase().replace(NOT_TAG_CHARS, '_'));
    if (tags.length === 16) break;
  }
  return tags.length > 0 ? tags : undefined;
}
