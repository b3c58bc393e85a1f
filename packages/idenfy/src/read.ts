import {
  boundedMemo,
  codesWhere,
  collectTags,
  decodeFields,
  decodeWith,
  firstText,
  isRecord,
  type OutcomeSignal,
  own,
  ownFields,
  textOf,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import { IDENFY_CATALOG } from './codes.js';
import { scrubEchoes } from './internal/scrub-echoes.js';
import { ErrorBody, StatusResponse, WebhookStatus } from './payload.js';

// Catalog keys iDenfy never sends as an identifier: our descriptive keys and the overall
// statuses. A body claiming one is not trusted to pick that entry by code.
const NOT_IDENTIFIERS = codesWhere(
  IDENFY_CATALOG,
  (e) => e.kind === 'outcome' || e.native === false,
);
const STATUSES = codesWhere(IDENFY_CATALOG, (e) => e.kind === 'outcome');

type Rec = Readonly<Record<string, unknown>>;

function identifierCode(identifier: string): string | undefined {
  return NOT_IDENTIFIERS.has(identifier) ? undefined : identifier;
}

function signal(code: string | undefined, text: string | undefined): VendorSignal | undefined {
  if (code === undefined && text === undefined) return undefined;
  return { code, text: text === undefined ? undefined : withoutEchoes(text) };
}

// iDenfy repeats a few messages: the echo-stripped text depends on the text alone.
const echoes = boundedMemo<string, string>(2048);

function withoutEchoes(text: string): string {
  if (text.length > 500) return scrubEchoes(text);
  let stripped = echoes.get(text);
  if (stripped === undefined) {
    stripped = scrubEchoes(text);
    echoes.set(text, stripped);
  }
  return stripped;
}

/**
 * An error body as the io-ts codecs read it. The fast path in {@link readError} must answer
 * the same (a property test checks it on generated bodies).
 *
 * @internal
 */
export function errorByCodec(body: Rec): VendorSignal | undefined {
  // Field by field: one malformed key (a numeric identifier, say) must not hide the message.
  const decoded = decodeFields(ErrorBody, body) ?? {};
  const text = firstText(decoded.message, decoded.detail, decoded.error);
  const code = decoded.identifier === undefined ? undefined : identifierCode(decoded.identifier);
  return signal(code, text);
}

/**
 * Reads the identifier and message of an iDenfy error body. The fast path takes the
 * documented `{identifier, message}` with two own string properties; anything else goes
 * through the io-ts codecs: a message under `detail` or `error` or as a list, or a bare
 * string or HTML page (its text). A verification body is not read here: core reads it with
 * {@link readOutcome} when this finds nothing. Message text is scrubbed of echoed request
 * values before anything else sees it.
 *
 * @example
 * ```ts
 * readError({ identifier: 'BAD_VALUE', message: "Field 'country' must be ..." });
 * // { code: 'BAD_VALUE', text: "Field 'country' must be ..." }
 * ```
 */
export function readError(body: unknown): VendorSignal | undefined {
  if (isRecord(body)) {
    if (Object.hasOwn(body, 'identifier') && Object.hasOwn(body, 'message')) {
      const identifier = body.identifier;
      const message = body.message;
      // An empty message is not the text: the codecs then read `detail` or `error`.
      if (typeof identifier === 'string' && typeof message === 'string' && message.length > 0) {
        return signal(identifierCode(identifier), message);
      }
    }
    return errorByCodec(body);
  }
  if (typeof body === 'string') {
    const text = textOf(body);
    return signal(undefined, text.length > 0 ? text : undefined);
  }
  if (Array.isArray(body)) return signal(undefined, firstText(body));
  return undefined;
}

function checkValue(manual: unknown, auto: unknown): unknown {
  // The manual reviewer's result, once there is one, overrides the automatic one.
  return typeof manual === 'string' && manual.length > 0 ? manual : auto;
}

function outcomeSignal(overall: string, details: Rec, final: unknown): OutcomeSignal {
  const s: {
    code: string;
    final?: boolean;
    tags?: readonly string[];
    verdict?: OutcomeSignal['verdict'];
  } = { code: overall };
  if (typeof final === 'boolean') s.final = final;
  // fraudTags and suspicionReasons share values (FACE_SUSPECTED): collectTags keeps each once.
  const tags = collectTags([
    own(details, 'fraudTags'),
    own(details, 'mismatchTags'),
    own(details, 'suspicionReasons'),
  ]);
  if (tags !== undefined) s.tags = tags;
  if (!STATUSES.has(overall)) {
    // An overall status iDenfy has added since this catalog was written. Passing document
    // and face checks are not enough to call it approved (a new status may well be a
    // hold), so at most provisional; anything else stays unknown.
    const document = checkValue(own(details, 'manualDocument'), own(details, 'autoDocument'));
    const face = checkValue(own(details, 'manualFace'), own(details, 'autoFace'));
    if (document === 'DOC_VALIDATED' && face === 'FACE_MATCH') s.verdict = 'provisional';
  }
  return s;
}

const OUTCOME_KEYS = [
  'status',
  'overall',
  'final',
  'fraudTags',
  'mismatchTags',
  'suspicionReasons',
  'autoDocument',
  'autoFace',
  'manualDocument',
  'manualFace',
] as const;

/**
 * Reads the overall status, `final` flag and tags of a verification webhook or a
 * `POST /api/v2/status` answer. The fast path takes the webhook shape
 * (`{final, status: {overall, ...}}`); the io-ts codecs guard the rest (the status answer
 * with `status` as a string, or the webhook's `status` object on its own). Personal fields
 * (`data`, `clientId`, `scanRef`, file links) are never read.
 *
 * @example
 * ```ts
 * readOutcome({ final: false, status: { overall: 'APPROVED', fraudTags: [] } });
 * // { code: 'APPROVED', final: false }
 * ```
 */
export function readOutcome(body: unknown): OutcomeSignal | undefined {
  if (!isRecord(body)) return undefined;
  const status = own(body, 'status');
  if (isRecord(status)) {
    const overall = own(status, 'overall');
    if (typeof overall === 'string') return outcomeSignal(overall, status, own(body, 'final'));
  }
  const fields = ownFields(body, OUTCOME_KEYS) ?? {};
  const answer = decodeWith(StatusResponse, fields);
  if (answer.isOk()) return outcomeSignal(answer.value.status, fields, answer.value.final);
  const alone = decodeWith(WebhookStatus, fields);
  if (alone.isOk()) return outcomeSignal(alone.value.overall, fields, undefined);
  return undefined;
}
