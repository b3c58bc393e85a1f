import {
  codesWhere,
  decodeFields,
  decodeWith,
  firstText,
  isRecord,
  type OutcomeSignal,
  own,
  ownFields,
  stringCode,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import { DOCUSIGN_CATALOG } from './codes.js';
import { ConnectMessage, Envelope, ErrorDetails } from './payload.js';

/**
 * DocuSign's code grammar, after upper-casing: an error code (upper-case words joined by
 * underscores, `HOURLY_APIINVOCATION_LIMIT_EXCEEDED`), an envelope status as the catalog
 * spells it (`envelope:completed`) or an envelope event (`envelope-completed`). Anchored;
 * every repeat bounded.
 */
export const DOCUSIGN_CODE = /^(?:[A-Z][A-Z0-9_]{1,79}|envelope[:-][a-z]{1,32})$/;

/** The longest code read; anything longer is not a DocuSign code and is not upper-cased. */
const MAX_CODE = 80;

/** An envelope status as DocuSign writes it (`completed`; legacy Connect: `Completed`). */
const STATUS = /^[A-Za-z]{1,32}$/;

/**
 * A code as the catalog spells it: DocuSign documents some codes in mixed case
 * (`Hourly_Envelope_Polling_Limit_Exceeded`) and lists the same in upper case, so case is
 * not part of a code.
 */
function upperCode(value: unknown): unknown {
  return typeof value === 'string' && value.length <= MAX_CODE ? value.toUpperCase() : value;
}

/**
 * The catalog's codes that are their own upper-case form: such a code, sent as spelled, is
 * read as it is (upper-casing it and matching the grammar again would give it back).
 */
const AS_SPELLED: ReadonlySet<unknown> = codesWhere(
  DOCUSIGN_CATALOG,
  (e) => e.native !== false && e.code === e.code.toUpperCase() && DOCUSIGN_CODE.test(e.code),
);

/** The signal of an error code and message, as read: the one computation both paths share. */
function signalOf(errorCode: unknown, message: unknown): VendorSignal | undefined {
  const code = AS_SPELLED.has(errorCode)
    ? (errorCode as string)
    : stringCode(upperCode(errorCode), DOCUSIGN_CODE);
  const text = firstText(message);
  if (code === undefined && text === undefined) return undefined;
  // An errorCode is only ever sent for a failure: a 200 or 201 that carries one failed.
  return code === undefined ? { text } : { code, text, failed: true };
}

/**
 * The code and message of one `errorDetails` object, when it has either, as its codec reads
 * it. The fast path in {@link readError} must answer the same (a property test checks it on
 * generated bodies).
 *
 * @internal
 */
export function detailsSignal(value: unknown): VendorSignal | undefined {
  const details = decodeFields(ErrorDetails, value);
  return details === undefined ? undefined : signalOf(details.errorCode, details.message);
}

/**
 * Reads a DocuSign error body: `{"errorCode", "message"}` (the `errorDetails` object of the
 * OpenAPI spec), or one item of a multi-item answer with its `errorDetails`. The code is
 * upper-cased, so `Hourly_Envelope_Polling_Limit_Exceeded` and its upper-case spelling are one
 * code; it decides whatever HTTP status it came with. Anything else (an HTML page from
 * DocuSign's edge, an empty 404) is left to core.
 *
 * @example
 * ```ts
 * readError({ errorCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED', message: 'The maximum number of hourly API invocations has been exceeded.' });
 * // { code: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED', text: 'The maximum number …', failed: true }
 * ```
 */
export function readError(body: unknown): VendorSignal | undefined {
  if (isRecord(body) && Object.hasOwn(body, 'errorCode')) {
    // Fast path for the shape of nearly every failure: a string code and, if any, a string
    // message, both own properties. The codec would read the same two values; running it
    // costs more than the rest of normalize.
    const { errorCode, message } = body;
    if (
      typeof errorCode === 'string' &&
      (typeof message === 'string' || !Object.hasOwn(body, 'message'))
    ) {
      return signalOf(errorCode, message) ?? detailsSignal(own(body, 'errorDetails'));
    }
  }
  return detailsSignal(body) ?? detailsSignal(own(body, 'errorDetails'));
}

// The envelope events the catalog holds as verdicts: such an event is read by its name, not
// by the status in its envelope summary (an event is what happened; the summary may lag).
const VERDICT_EVENTS = codesWhere(DOCUSIGN_CATALOG, (e) => e.code.startsWith('envelope-'));

/** The reason an envelope was voided, for the catalog to tell an expiry from a void. */
const withReason = (
  signal: { readonly code: string; readonly event?: string },
  reason: string | undefined,
): OutcomeSignal => (reason === undefined ? signal : { ...signal, text: reason });

/**
 * A Connect 2.0 (JSON SIM) message, read by its event name: an envelope event the catalog
 * holds (`envelope-completed`) is its verdict, with the void reason of the envelope summary
 * when there is one; any other name is the event itself (`recipient-completed`), for core to
 * look up.
 */
function connectSignal(body: unknown): OutcomeSignal | undefined {
  const top = ownFields(body, ['event', 'data']);
  const data = ownFields(top?.data, ['envelopeId', 'envelopeSummary']);
  const summary = ownFields(data?.envelopeSummary, ['status', 'voidedReason']);
  const message: Record<string, unknown> = { event: top?.event };
  if (data !== undefined) {
    message.data = summary === undefined ? data : { ...data, envelopeSummary: summary };
  }
  const decoded = decodeWith(ConnectMessage, message);
  if (decoded.isErr()) return undefined;
  const { event, data: d } = decoded.value;
  if (!VERDICT_EVENTS.has(event)) return { code: null, event };
  return withReason({ code: event, event }, d?.envelopeSummary?.voidedReason);
}

/** An envelope as the API returns it: its status, namespaced, and its void reason. */
function envelopeSignal(body: unknown): OutcomeSignal | undefined {
  const decoded = decodeWith(Envelope, ownFields(body, ['envelopeId', 'status', 'voidedReason']));
  if (decoded.isErr()) return undefined;
  const { status, voidedReason } = decoded.value;
  if (!STATUS.test(status)) return { code: null };
  return withReason({ code: `envelope:${status.toLowerCase()}` }, voidedReason);
}

/**
 * Reads the verdict of a DocuSign envelope or Connect message: an envelope as the API returns
 * it (`{envelopeId, status, voidedReason}`, statuses namespaced as `envelope:completed`), or a
 * JSON SIM Connect message (`{event, data: {envelopeId, envelopeSummary}}`) under its event
 * name. A voided envelope's `voidedReason` goes along as text, so "Envelope has expired."
 * reads as an expiry. Recipients, names and documents are never read.
 *
 * @example
 * ```ts
 * readOutcome({ envelopeId: '4b7e…', status: 'completed' }); // { code: 'envelope:completed' }
 * readOutcome({ event: 'recipient-completed', data: { envelopeId: '4b7e…' } });
 * // { code: null, event: 'recipient-completed' }
 * ```
 */
export function readOutcome(body: unknown): OutcomeSignal | undefined {
  try {
    if (!isRecord(body)) return undefined;
    return Object.hasOwn(body, 'event') ? connectSignal(body) : envelopeSignal(body);
  } catch {
    // A hostile object (a throwing getter): no verdict read.
    return undefined;
  }
}
