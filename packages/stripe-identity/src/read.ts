import {
  codesWhere,
  collectTags,
  decodeFields,
  decodeWith,
  isRecord,
  type OutcomeSignal,
  own,
  ownFields,
  stringCode,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import { STRIPE_IDENTITY_CATALOG } from './codes.js';
import {
  ErrorObject,
  LastError,
  ReportCheck,
  StripeEvent,
  VerificationReport,
  VerificationSession,
} from './payload.js';
import { DECIDING_TYPES, ERROR_TYPES, STRIPE_CODE } from './rules.js';

/** The codes Stripe sends in an error's `code` that the catalog knows. */
const ERROR_CODES = codesWhere(
  STRIPE_IDENTITY_CATALOG,
  (e) => e.kind === 'error' && e.native !== false,
);

const DECIDING: ReadonlySet<string> = new Set(DECIDING_TYPES);
const TYPES: ReadonlySet<string> = new Set(ERROR_TYPES);

/**
 * The `last_error.code`s and report error codes the catalog knows: Stripe's own codes among
 * the rejections (the descriptive keys are upper-case).
 */
export const LAST_ERROR_CODES = codesWhere(
  STRIPE_IDENTITY_CATALOG,
  (e) =>
    e.kind === 'outcome' && e.verdict === 'rejected' && e.native !== false && !e.code.includes(':'),
);

/** The error object of a body: under `error`, or handed over bare (stripe-node's `err.raw`). */
function errorObject(
  body: unknown,
): { readonly object: unknown; readonly wrapped: boolean } | undefined {
  const wrapped = own(body, 'error');
  if (isRecord(wrapped)) return { object: wrapped, wrapped: true };
  const type = own(body, 'type');
  // Bare only with a documented type and no `object` key: a Stripe resource is not an error.
  if (typeof type === 'string' && TYPES.has(type) && own(body, 'object') === undefined) {
    return { object: body, wrapped: false };
  }
  return undefined;
}

/**
 * The error object's fields, as {@link ErrorObject} decodes them field by field: a malformed
 * field (a numeric code) is left out and hides none of the others. Fast path: when every
 * field is a string or absent (every body Stripe sends), the fields are taken as they are,
 * without the codec; `test/fast-path.test.ts` holds that both answer alike.
 */
export function errorFields(object: unknown): ErrorObject | undefined {
  // Four named reads, not `ownFields` with a key list: this is on the path of every Stripe
  // failure. An object that cannot be read (a throwing getter, a revoked proxy) gives
  // nothing, as the codec.
  let type: unknown;
  let code: unknown;
  let message: unknown;
  let param: unknown;
  try {
    if (!isRecord(object)) return undefined;
    type = Object.hasOwn(object, 'type') ? object.type : undefined;
    code = Object.hasOwn(object, 'code') ? object.code : undefined;
    message = Object.hasOwn(object, 'message') ? object.message : undefined;
    param = Object.hasOwn(object, 'param') ? object.param : undefined;
  } catch {
    return undefined;
  }
  if (
    (type === undefined || typeof type === 'string') &&
    (code === undefined || typeof code === 'string') &&
    (message === undefined || typeof message === 'string') &&
    (param === undefined || typeof param === 'string')
  ) {
    const out: { -readonly [K in keyof ErrorObject]: ErrorObject[K] } = {};
    if (type !== undefined) out.type = type;
    if (code !== undefined) out.code = code;
    if (message !== undefined) out.message = message;
    if (param !== undefined) out.param = param;
    return out;
  }
  return decodeFields(ErrorObject, object);
}

/**
 * Reads a Stripe error body, `{"error": {"type", "code", "message", "param"}}` (or the error
 * object alone, as stripe-node's `err.raw` holds it): the code is the `code` when the catalog
 * knows it, else the `type` when it decides by itself (`api_error`, `idempotency_error`),
 * else the `code` as sent (read through the status); the text is `message`, the field
 * `param`. A body under `error` is a failure whatever else it holds.
 *
 * @example
 * ```ts
 * readError({ error: { type: 'invalid_request_error', code: 'lock_timeout', message: '…' } });
 * // { code: 'lock_timeout', text: '…', failed: true }
 * ```
 */
export function readError(body: unknown): VendorSignal | undefined {
  try {
    const found = errorObject(body);
    if (found === undefined) return undefined;
    const e = errorFields(found.object);
    if (e === undefined) return undefined;
    // A catalogued code needs no grammar check: the catalog's codes passed it when it loaded.
    const sent = stringCode(e.code, STRIPE_CODE, ERROR_CODES);
    const code =
      sent !== undefined && ERROR_CODES.has(sent)
        ? sent
        : e.type !== undefined && DECIDING.has(e.type)
          ? e.type
          : sent;
    const text = e.message?.trim() || undefined;
    const field = e.param?.trim() || undefined;
    if (code === undefined && text === undefined && !found.wrapped) return undefined;
    // One shape for every signal: absent fields are undefined, never left out.
    return { code, text, field, failed: found.wrapped || undefined };
  } catch {
    // A hostile object (a throwing getter): the status decides.
    return undefined;
  }
}

/** A VerificationSession: its status, or the reason it went back to `requires_input`. */
function sessionSignal(value: unknown): OutcomeSignal | undefined {
  const decoded = decodeWith(
    VerificationSession,
    ownFields(value, ['object', 'status', 'last_error']),
  );
  if (decoded.isErr()) return undefined;
  const { status, last_error: lastError } = decoded.value;
  // A check failed and the session came back for another try (HSW): a rejection, not final.
  // Without last_error, requires_input is a session the user has not submitted yet.
  if (status === 'requires_input' && lastError !== undefined && lastError !== null) {
    const code = decodeFields(LastError, lastError)?.code;
    return {
      code:
        typeof code === 'string' && LAST_ERROR_CODES.has(code) ? code : 'REQUIRES_INPUT_WITH_ERROR',
    };
  }
  return { code: `session:${status}` };
}

/** The checks a VerificationReport may carry, in the order a failure is reported. */
const CHECKS = ['document', 'selfie', 'id_number', 'email', 'phone'] as const;

/**
 * A VerificationReport: the first unverified check's error code (every failed check's code
 * as a tag), `REPORT_UNVERIFIED` for a failed check without a known code, `REPORT_VERIFIED`
 * when every check present passed.
 */
function reportSignal(value: unknown): OutcomeSignal | undefined {
  const fields = ownFields(value, ['object', ...CHECKS]);
  if (fields === undefined) return undefined;
  if (decodeWith(VerificationReport, { object: fields.object }).isErr()) return undefined;
  let verified = false;
  let unverified = false;
  const failed: string[] = [];
  for (const name of CHECKS) {
    const check = decodeFields(ReportCheck, fields[name]);
    if (check?.status === 'verified') verified = true;
    else if (check?.status === 'unverified') {
      unverified = true;
      const code = check.error?.code;
      if (typeof code === 'string' && LAST_ERROR_CODES.has(code)) failed.push(code);
    }
  }
  if (unverified) {
    const tags = collectTags([failed], (c) =>
      typeof c === 'string' ? c.toUpperCase() : undefined,
    );
    const code = failed[0] ?? 'REPORT_UNVERIFIED';
    return tags === undefined ? { code } : { code, tags };
  }
  return { code: verified ? 'REPORT_VERIFIED' : null };
}

/**
 * The session status each verdict event announces (NODE Events.ts, "Occurs whenever a
 * VerificationSession transitions to …"). `created` and `redacted` announce no status: the
 * session they carry has whatever status it had, which is no verdict of theirs.
 */
const STATUS_EVENTS: ReadonlyMap<string, string> = new Map([
  ['identity.verification_session.processing', 'processing'],
  ['identity.verification_session.requires_input', 'requires_input'],
  ['identity.verification_session.verified', 'verified'],
  ['identity.verification_session.canceled', 'canceled'],
]);

/**
 * A Stripe Event, read by its `type`: a status event is the verdict of that status (for
 * `requires_input`, the `last_error` of the session it carries says whether a check failed);
 * any other type is the event itself, for core to look up (`created`, `redacted`, or an
 * event of another Stripe product sent to the same endpoint).
 */
function eventSignal(body: unknown): OutcomeSignal | undefined {
  const fields = ownFields(body, ['object', 'type', 'data']);
  const data = ownFields(fields?.data, ['object']);
  if (fields === undefined || data === undefined) return undefined;
  const decoded = decodeWith(StripeEvent, { ...fields, data });
  if (decoded.isErr()) return undefined;
  const { type, data: payload } = decoded.value;
  const status = STATUS_EVENTS.get(type);
  if (status === undefined) return { code: null, event: type };
  if (status !== 'requires_input') return { code: `session:${status}` };
  const session = ownFields(payload.object, ['object', 'last_error']);
  return sessionSignal({ ...session, object: 'identity.verification_session', status });
}

function objectSignal(value: unknown): OutcomeSignal | undefined {
  const object = own(value, 'object');
  if (object === 'identity.verification_session') return sessionSignal(value);
  if (object === 'identity.verification_report') return reportSignal(value);
  return undefined;
}

/**
 * Reads the verdict of a Stripe Identity body: a VerificationSession
 * (`{"object": "identity.verification_session", "status", "last_error"}`), a
 * VerificationReport, or a webhook Event carrying either in `data.object`. Statuses come back
 * namespaced (`session:verified`); a session back in `requires_input` with `last_error` comes
 * back as that error's code (`selfie_face_mismatch`). Personal fields are never read.
 *
 * @example
 * ```ts
 * readOutcome({ object: 'identity.verification_session', status: 'verified', last_error: null });
 * // { code: 'session:verified' }
 * ```
 */
export function readOutcome(body: unknown): OutcomeSignal | undefined {
  try {
    if (own(body, 'object') === 'event') return eventSignal(body);
    return objectSignal(body);
  } catch {
    // A hostile object (a throwing getter deep inside): no verdict read.
    return undefined;
  }
}
