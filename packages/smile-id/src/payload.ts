import { boundedArray, stringCode } from '@kyc-errors/core/provider-kit';
import * as t from 'io-ts';

/**
 * A Smile ID code as the wire carries it. Codes are strings (`"2205"`, `"0840"`); a whole
 * number is accepted as its decimal digits, since some clients parse `2205` into a number.
 * Zero padding is never added back: a result code that lost it (`1` for `"0001"`) stays `"1"`
 * and matches nothing, rather than being guessed into one of `0001`'s three meanings.
 */
export const SmileCode = new t.Type<string, string, unknown>(
  'SmileCode',
  (u): u is string => typeof u === 'string',
  (u, c) => {
    // Any string stays as sent (core checks the grammar); a number goes through the kit's
    // one converter, and a negative number is no Smile ID code.
    const code =
      typeof u === 'string' ? u : typeof u === 'number' && u >= 0 ? stringCode(u) : undefined;
    return code === undefined ? t.failure(u, c) : t.success(code);
  },
  (a) => a,
);

const TextValue = t.union([t.string, t.number]);
/** A flag Smile ID sends as the string `"true"` / `"false"` (some clients turn it into a boolean). */
const Flag = t.union([t.string, t.boolean]);
const Nullable = t.union([t.string, t.null]);

/**
 * The verdict fields of a job result, as in a callback, an Enhanced KYC response, a
 * job_status `result` or one of its `history` entries. Personal fields (`FullName`, `DOB`,
 * `IDNumber`, `PhoneNumber`, `Address`, ...) ride along undecoded: nothing here reads them.
 */
export const JobResult = t.partial({
  ResultCode: SmileCode,
  ResultText: t.string,
  SmileJobID: t.string,
  PartnerParams: t.UnknownRecord,
  ConfidenceValue: TextValue,
  Actions: t.UnknownRecord,
  IsFinalResult: Flag,
  IsMachineResult: Flag,
});
/** A decoded {@link JobResult}. */
export type JobResult = t.TypeOf<typeof JobResult>;

/** A callback or synchronous result body: a job result with its `ResultCode` at the top. */
export const CallbackBody = t.intersection([t.type({ ResultCode: SmileCode }), JobResult]);
/** A decoded {@link CallbackBody}. */
export type CallbackBody = t.TypeOf<typeof CallbackBody>;

/**
 * The answer of `POST /v1/job_status`. `code` is the status call's own code (`2302` when it
 * worked); the job's verdict is `result.ResultCode`, which a job without a final result
 * may lack. Until the upload has been processed, `result` is free text instead of an object
 * (the Android SDK's `JobResult.Freeform`, e.g. `"No zip uploaded"`).
 */
export const JobStatusBody = t.intersection([
  t.type({ job_complete: t.boolean }),
  t.partial({
    job_success: t.boolean,
    code: SmileCode,
    result: t.union([JobResult, t.string]),
    // Either may be null while the job has no result yet.
    history: t.union([boundedArray(JobResult), t.null]),
    image_links: t.union([t.UnknownRecord, t.null]),
    timestamp: TextValue,
    signature: t.string,
  }),
]);
/** A decoded {@link JobStatusBody}. */
export type JobStatusBody = t.TypeOf<typeof JobStatusBody>;

/** A v1 REST error: `{"code":"2205","error":"You are not authorized to do that"}`. */
export const V1ErrorBody = t.intersection([
  t.type({ code: SmileCode }),
  t.partial({ error: t.string, message: t.string, success: t.boolean }),
]);
/** A decoded {@link V1ErrorBody}. */
export type V1ErrorBody = t.TypeOf<typeof V1ErrorBody>;

/**
 * A v3 REST error (`{"status":"Bad Request","message":"..."}`, where `status` is the body's
 * reason phrase, not the HTTP status) or an API gateway error without a code
 * (`{"message":"Endpoint request timed out"}`).
 */
export const MessageBody = t.intersection([
  t.type({ message: t.string }),
  t.partial({ status: t.string }),
]);
/** A decoded {@link MessageBody}. */
export type MessageBody = t.TypeOf<typeof MessageBody>;

/**
 * A v3 result: a webhook, a synchronous endpoint's 200 body, or the answer of
 * `GET /v3/status/{job_id}`. `status` is `clear`, `attention`, `block` or `error` once the job
 * is finished (`accepted`, `processing` and `not_found` before); `reason` says why, and is
 * `null` on `clear`.
 */
export const V3ResultBody = t.intersection([
  t.type({ status: t.string }),
  t.partial({ reason: Nullable, message: Nullable, job_id: Nullable, user_id: Nullable }),
]);
/** A decoded {@link V3ResultBody}. */
export type V3ResultBody = t.TypeOf<typeof V3ResultBody>;
