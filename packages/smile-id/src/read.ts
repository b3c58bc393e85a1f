import type { Verdict } from '@kyc-errors/core';
import {
  collectTags,
  decodeWith,
  isRecord,
  type OutcomeSignal,
  ownString,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import type { Type } from 'io-ts';
import { SMILE_ID_V3_REASON_STATUS, type SmileIdCode } from './codes.js';
import { SMILE_ID_EVENTS } from './events.js';
import {
  CallbackBody,
  type JobResult,
  JobStatusBody,
  MessageBody,
  V1ErrorBody,
  V3ResultBody,
} from './payload.js';

/** The callbacks that name themselves by `product`, from the documented list. */
const EVENT_NAMES: ReadonlySet<string> = new Set(SMILE_ID_EVENTS.map((e) => e.name));

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

// The `status` values of v3 results and of the status endpoint, with the verdict each one
// means by itself. v3 errors carry a reason phrase there instead ("Not Found"), the gateway a
// slug ("unauthorized"): neither is in this table.
const V3_STATUS_VERDICT: ReadonlyMap<string, Verdict | undefined> = new Map<
  string,
  Verdict | undefined
>([
  ['accepted', 'pending'],
  ['processing', 'pending'],
  ['not_found', undefined],
  ['clear', 'approved'],
  ['attention', 'provisional'],
  ['block', 'rejected'],
  ['error', undefined],
]);

function v3Result(body: Body): V3ResultBody | undefined {
  const status = ownString(body, 'status');
  return status !== undefined && V3_STATUS_VERDICT.has(status)
    ? decoded(V3ResultBody, body)
    : undefined;
}

const REASON_SLUG = /^[a-z]{1,24}(?:_[a-z]{1,24}){0,5}$/;

/**
 * The code of a v3 result: its `reason` when that reason is documented with this very
 * status, so the status always decides the verdict; otherwise the status itself, with an
 * undocumented reason kept as a tag (`REASON_...`) when it looks like one.
 */
function v3Code(result: V3ResultBody): { code: string; tag?: string } {
  const { status, reason } = result;
  if (typeof reason !== 'string') return { code: status };
  if (SMILE_ID_V3_REASON_STATUS.get(reason) === status) return { code: reason };
  return REASON_SLUG.test(reason)
    ? { code: status, tag: `REASON_${reason.toUpperCase()}` }
    : { code: status };
}

/** `IsFinalResult` as Smile ID sends it (`"false"`), or as a client parsed it (`false`). */
function saysNotFinal(result: JobResult | undefined): boolean {
  const flag = result?.IsFinalResult;
  return flag === false || (typeof flag === 'string' && flag.trim().toLowerCase() === 'false');
}

/**
 * Reads the code and text of any Smile ID body: a v1 job_status answer or callback / result
 * body (the result's `ResultCode` and `ResultText` decide), a v1 error (`code` and `error`,
 * also sent by the v3 services endpoints), a v3 result (its `reason` or `status`, and
 * `message`), or a v3 or gateway error (`message` only: the rules decide, by HTTP status).
 */
export function readSmileId(input: unknown): VendorSignal | undefined {
  if (!isRecord(input)) return undefined;
  const job = jobStatus(input);
  if (job !== undefined) {
    const result = resultOf(job);
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
    const v1 = v1Signal(input);
    if (v1 !== undefined) return v1;
  }
  const v3 = v3Result(input);
  if (v3 !== undefined) return { code: v3Code(v3).code, text: v3.message ?? undefined };
  if (Object.hasOwn(input, 'message')) {
    const message = decoded(MessageBody, input);
    if (message !== undefined) return { text: message.message };
  }
  return undefined;
}

/**
 * A v1 error body as its codec reads it. The fast path in {@link readSmileId} must answer
 * the same (a property test checks it on generated bodies).
 *
 * @internal
 */
export function v1Signal(input: Body): VendorSignal | undefined {
  const v1 = decoded(V1ErrorBody, input);
  // No `failed` unless the body says so: a v1 body with a code can also be a success (the
  // upload request answers with a code too).
  return v1 === undefined
    ? undefined
    : {
        code: v1.code,
        text: v1.error ?? v1.message,
        failed: v1.success === false ? true : undefined,
      };
}

/** The result object of a job_status answer; `undefined` while it is still free text. */
function resultOf(job: JobStatusBody): JobResult | undefined {
  return typeof job.result === 'object' ? job.result : undefined;
}

/**
 * Reads the verdict of a v1 job_status answer, a v1 callback / result body, or a v3 result
 * (webhook, synchronous 200 body, status endpoint). A job_status without a result code falls
 * back on `job_complete` and `job_success`: an unfinished job (or one whose result is still
 * free text) is `pending`, not final. `IsFinalResult: "false"` makes any verdict not final.
 */
export function readSmileIdOutcome(input: unknown): OutcomeSignal | undefined {
  if (!isRecord(input)) return undefined;
  const job = jobStatus(input);
  if (job !== undefined) {
    const result = resultOf(job);
    // A status code other than success is the status call's own error (2305 invalid
    // sec_key, ...): passed on, core answers with its KycError.
    const code = result?.ResultCode ?? (job.code === JOB_STATUS_SUCCESS ? undefined : job.code);
    return {
      code: code ?? null,
      text: result?.ResultText,
      verdict: jobVerdict(job),
      final: job.job_complete && !saysNotFinal(result) ? undefined : false,
      tags: actionTags(result?.Actions),
    };
  }
  const result = callback(input);
  if (result !== undefined) {
    const notFinal = saysNotFinal(result);
    return {
      code: result.ResultCode,
      text: result.ResultText,
      verdict: callbackVerdict(result, notFinal),
      final: notFinal ? false : undefined,
      tags: actionTags(result.Actions),
    };
  }
  // A callback that names itself by `product` (the AML monitoring update) is that event,
  // before any status it carries: it is not the verdict of a job.
  const product = ownString(input, 'product');
  if (product !== undefined && EVENT_NAMES.has(product)) return { code: null, event: product };
  const v3 = v3Result(input);
  if (v3 === undefined) {
    // Any other body naming a product and no result is an event nobody documented.
    return product === undefined ? undefined : { code: null, event: product };
  }
  const { code, tag } = v3Code(v3);
  const verdict = V3_STATUS_VERDICT.get(v3.status);
  return {
    code,
    text: v3.message ?? undefined,
    verdict,
    final: verdict === 'pending' ? false : undefined,
    tags: tag === undefined ? undefined : [tag],
  };
}

/**
 * What `job_complete` and `job_success` say, for a job_status answer whose code the catalog
 * lacks or that has none. Only a suggestion: core never approves from it (Smile ID counts
 * provisionally approved jobs as successes too), and never calls it final.
 */
function jobVerdict(job: JobStatusBody): Verdict | undefined {
  if (!job.job_complete) return 'pending';
  if (job.job_success === true) return 'approved';
  if (job.job_success === false) return 'rejected';
  return undefined;
}

// Action values that say a check failed, from the official SDKs' `ActionResult`
// (smileidentity/android, models/JobStatus.kt).
const FAILED = new Set(['Failed', 'Rejected', 'Not Verified']);
// Words that say a check failed, in a result text nobody catalogued ("Failed Enroll ...
// FAIL - Compare Rejected").
const FAILING_TEXT = /\b(?:fail(?:s|ed|ure)?|reject(?:s|ed)?)\b/i;

/**
 * The verdict of a callback whose code the catalog lacks: `pending` when `IsFinalResult`
 * says the result is not final, `rejected` when an action or the result text says a check
 * failed, and otherwise at most `provisional`, whatever the other actions say (an action
 * the SDKs added later, "Sent to Human Review", "Issuer Unavailable", is no pass). Core keeps
 * it from being final. Only for a body that names its job (`SmileJobID` or `PartnerParams`);
 * a bare `ResultCode` is no callback.
 */
function callbackVerdict(result: CallbackBody, notFinal: boolean): Verdict | undefined {
  if (result.SmileJobID === undefined && result.PartnerParams === undefined) return undefined;
  if (notFinal) return 'pending';
  const text = result.ResultText;
  if (text !== undefined && FAILING_TEXT.test(text.slice(0, 256))) return 'rejected';
  for (const value of Object.values(result.Actions ?? {})) {
    if (typeof value === 'string' && FAILED.has(value)) return 'rejected';
  }
  return 'provisional';
}

// Action values worth carrying as tags: the checks that failed or are still open.
const FLAGGED = new Set([
  'Failed',
  'Rejected',
  'Not Verified',
  'Under Review',
  'Sent to Human Review',
  'Unable To Determine',
  'Provisionally Approved',
  'Issuer Unavailable',
]);
const ACTION_KEY = /^[A-Za-z][A-Za-z0-9_]{0,40}$/;
const NOT_TAG_CHARS = /[^A-Z0-9]+/g;

/** An `Actions` entry that failed or waits on review, as a tag: `LIVENESS_CHECK_FAILED`. */
function actionTag(item: unknown): string | undefined {
  const [key, value] = item as readonly [string, unknown];
  if (typeof value !== 'string' || !FLAGGED.has(value) || !ACTION_KEY.test(key)) return undefined;
  return `${key}_${value}`.toUpperCase().replace(NOT_TAG_CHARS, '_');
}

/** The `Actions` entries that failed or wait on review, as tags. */
function actionTags(actions: JobResult['Actions']): readonly string[] | undefined {
  return actions === undefined ? undefined : collectTags([Object.entries(actions)], actionTag);
}
