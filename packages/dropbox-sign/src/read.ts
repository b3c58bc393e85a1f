import {
  codesWhere,
  decodeFields,
  decodeWith,
  firstText,
  isRecord,
  MAX_SCAN,
  type OutcomeSignal,
  own,
  ownFields,
  stringCode,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import { DROPBOX_SIGN_CATALOG } from './codes.js';
import { DROPBOX_SIGN_EVENTS } from './events.js';
import { CallbackEvent, ErrorObject, Signature, SignatureRequest } from './payload.js';
import { DROPBOX_SIGN_CODE } from './rules.js';

/** The error names the catalog lists, each in the code grammar: read without it. */
const ERROR_NAMES = codesWhere(
  DROPBOX_SIGN_CATALOG,
  (e) => e.kind === 'error' && DROPBOX_SIGN_CODE.test(e.code),
);

/**
 * Reads a Dropbox Sign error body, `{"error": {"error_name", "error_msg", "error_path"}}`:
 * the name as the code (in the code grammar), the message as the text, the path as the
 * field. A bare string under `error` (a proxy's) is read as text only. Anything else is left
 * to core.
 *
 * @example
 * ```ts
 * readError({ error: { error_msg: 'Too many requests.', error_name: 'exceeded_rate' } });
 * // { code: 'exceeded_rate', text: 'Too many requests.', field: undefined }
 * ```
 */
export function readError(body: unknown): VendorSignal | undefined {
  const error = own(body, 'error');
  if (typeof error === 'string') return error.length > 0 ? { text: error } : undefined;
  // Field by field: a malformed member (a numeric error_msg, say) must not hide the name.
  const e = decodeFields(ErrorObject, error);
  if (e === undefined) return undefined;
  const code = stringCode(e.error_name, DROPBOX_SIGN_CODE, ERROR_NAMES);
  const text = firstText(e.error_msg);
  if (code === undefined && text === undefined) return undefined;
  return { code, text, field: e.error_path };
}

// The callback event types the catalog reads (verdicts, and failures of a request): such a
// callback is read by its type. Every other documented type is an event for core to look up.
const EVENT_NAMES = new Set<string>(DROPBOX_SIGN_EVENTS.map((e) => e.name));
const CATALOGUED_EVENTS = codesWhere(DROPBOX_SIGN_CATALOG, (e) => EVENT_NAMES.has(e.code));

/**
 * A callback, read by its `event_type` alone: a catalogued type is its verdict or failure,
 * any other is the event itself (`signature_request_signed`, `signature_request_viewed`).
 * The signature request a callback carries is never read as a verdict: a
 * `signature_request_signed` callback from the last signer may already show `is_complete`,
 * and still only `signature_request_all_signed` is the end.
 */
function callbackSignal(event: unknown): OutcomeSignal | undefined {
  const decoded = decodeWith(CallbackEvent, ownFields(event, ['event_type']));
  if (decoded.isErr()) return undefined;
  const name = decoded.value.event_type;
  return CATALOGUED_EVENTS.has(name) ? { code: name, event: name } : { code: null, event: name };
}

/** Whether any signature of the request has the status `expired` (the first MAX_SCAN read). */
function anyExpired(signatures: unknown): boolean {
  if (!Array.isArray(signatures)) return false;
  const n = Math.min(signatures.length, MAX_SCAN);
  for (let i = 0; i < n; i++) {
    const s = decodeWith(Signature, ownFields(signatures[i], ['status_code']));
    if (s.isOk() && s.value.status_code === 'expired') return true;
  }
  return false;
}

/**
 * A signature request as the API returns it, by its flags, most final first: declined, an
 * error, an expired signature, complete; none of them is a request still out for signature
 * (`pending`, with no code: Dropbox Sign has no status word for it).
 */
function requestSignal(request: unknown): OutcomeSignal | undefined {
  const fields = ownFields(request, ['is_complete', 'is_declined', 'has_error', 'signatures']);
  if (fields === undefined) return undefined;
  const { signatures, ...flags } = fields;
  const decoded = decodeWith(SignatureRequest, flags);
  if (decoded.isErr()) return undefined;
  const r = decoded.value;
  if (r.is_declined === true) return { code: 'is_declined' };
  if (r.has_error === true) return { code: 'has_error' };
  if (anyExpired(signatures)) return { code: 'expired' };
  if (r.is_complete) return { code: 'is_complete' };
  return { code: null, verdict: 'pending' };
}

/**
 * Reads the outcome of a Dropbox Sign callback (`{"event": {"event_type"}, ...}`, the `json`
 * field of the multipart POST) or of a signature request as the API returns it
 * (`{"signature_request": {"is_complete", ...}}`, or the object itself). Callbacks come back
 * under their event type; API results under the flag that decides (`is_complete`). Titles,
 * signer names and addresses, form values and decline reasons are never read.
 *
 * @example
 * ```ts
 * readOutcome({ event: { event_type: 'signature_request_all_signed' } });
 * // { code: 'signature_request_all_signed', event: 'signature_request_all_signed' }
 * readOutcome({ signature_request: { is_complete: false, is_declined: false, has_error: false } });
 * // { code: null, verdict: 'pending' }
 * ```
 */
export function readOutcome(body: unknown): OutcomeSignal | undefined {
  try {
    if (!isRecord(body)) return undefined;
    const event = own(body, 'event');
    if (event !== undefined) return callbackSignal(event);
    const request = own(body, 'signature_request');
    return requestSignal(isRecord(request) ? request : body);
  } catch {
    // A hostile object (a throwing getter deep inside): no verdict read.
    return undefined;
  }
}
