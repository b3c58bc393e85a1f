import {
  decodeWith,
  type EntrySpec,
  type MessageRule,
  type OutcomeSignal,
  textOf,
  type VendorSignal,
} from '@kyc-errors/core';
import { IDENFY_CATALOG, type IdenfyCode, type IdenfyIdentifier } from './codes.js';
import { scrubEchoes } from './internal/scrub-echoes.js';
import { ErrorBody, MessageText, StatusResponse, WebhookStatus } from './payload.js';

/** A {@link MessageRule} whose codes are checked against the iDenfy catalog at compile time. */
export interface IdenfyMessageRule extends MessageRule {
  readonly code: IdenfyCode;
  readonly refines?: readonly IdenfyIdentifier[];
}

// Identifiers that only say "something about a field is wrong": the message says what.
const FIELD_IDS = ['BAD_VALUE', 'MISSING_VALUE', 'VALIDATION_ERROR'] as const;
// Identifiers an account-level refusal may arrive under.
const ACCOUNT_IDS = [...FIELD_IDS, 'PERMISSIONS_ERROR', 'PARTNER_CONTRACT_ERROR'] as const;
// Identifiers a request-parsing failure may arrive under.
const PARSING_IDS = [...FIELD_IDS, 'JSON_ERROR', 'ENCODING_ERROR'] as const;

/**
 * The rule for one documented field, in the documented form `Field 'country' must be ...`,
 * optionally behind a short label ("Validation error: ") or a lead-in such as "Invalid
 * value for " or "Missing ". The named group fills `KycError.field`. Anchored; the one
 * open repeat is bounded.
 */
function fieldRule(name: string, code: IdenfyCode): IdenfyMessageRule {
  return {
    pattern: new RegExp(
      `^(?:[\\w ]{0,30}: ?)?(?:(?:invalid|missing|bad|wrong|unknown) (?:value )?(?:for |in |of )?(?:the )?)?fields? ?['"\`]?(?<field>${name})(?![\\w])`,
      'i',
    ),
    code,
    refines: FIELD_IDS,
    // The pattern needs the word "field" and the name (case-insensitive).
    literals: ['field', name.toLowerCase()],
  };
}

/**
 * iDenfy's documented messages, most specific first. Core tries them after an exact
 * identifier (a rule applies to an identifier-tagged body only when it `refines` that
 * identifier) and before the HTTP status.
 *
 * Every pattern is anchored at `^` and linear: no nested quantifiers, every open-ended
 * repeat bounded. The business-rule patterns are keyword look-aheads over the first 300
 * characters because iDenfy documents those scenarios without their texts: the wordings
 * are inferred, so the rules look for the words any phrasing must use.
 *
 * @example
 * ```ts
 * IDENFY_MESSAGES.find((r) => r.pattern.test('Partner reached token limit'))?.code;
 * // 'PARTNER_TOKEN_LIMIT'
 * ```
 */
export const IDENFY_MESSAGES: readonly IdenfyMessageRule[] = [
  // Out of credits, whatever identifier or status it comes with (TOO_MANY_REQUESTS, 429):
  // first, so the rate-limit reading can never win.
  {
    pattern: /^partner (?:has )?reached (?:its |the )?token limit\b/i,
    literals: ['partner', 'reached', 'token limit'],
    code: 'PARTNER_TOKEN_LIMIT',
    refines: ['TOO_MANY_REQUESTS', ...ACCOUNT_IDS],
  },

  // Token endpoint authentication errors: documented with their status and no identifier.
  {
    pattern: /^invalid authori[sz]ation credentials\.?\s*$/i,
    literals: ['invalid authori', 'credentials'],
    code: 'INVALID_CREDENTIALS',
    statuses: [401],
    refines: ['UNAUTHORIZED'],
  },
  {
    pattern: /^partner (?:is )?inactive\.?\s*$/i,
    literals: ['partner', 'inactive'],
    code: 'PARTNER_INACTIVE',
    statuses: [403],
    refines: ['UNAUTHORIZED', 'PERMISSIONS_ERROR', 'PARTNER_CONTRACT_ERROR'],
  },
  {
    // {ENV} is whatever environment name iDenfy puts there (SANDBOX, PRODUCTION, test, ...).
    pattern: /^this endpoint is not available for [\w -]{1,40} partners\.?\s*$/i,
    literals: ['this endpoint is not available for', 'partners'],
    code: 'WRONG_ENVIRONMENT',
    statuses: [403],
    refines: ['UNAUTHORIZED', 'PERMISSIONS_ERROR'],
  },
  {
    pattern: /^action not allowed due to lack of funds or exceeded limit\.?\s*$/i,
    literals: ['action not allowed due to lack of funds or exceeded limit'],
    code: 'INSUFFICIENT_FUNDS',
    statuses: [402],
    refines: ['PERMISSIONS_ERROR', 'PARTNER_CONTRACT_ERROR'],
  },

  // Request parsing errors.
  {
    pattern: /^an error occurred while parsing\/constructing json\b/i,
    literals: ['an error occurred while parsing/constructing json'],
    code: 'EMPTY_BODY',
    refines: PARSING_IDS,
  },
  {
    // "{type}" is the parser's name for what it got (list, str, ...): any text after "got".
    pattern: /^invalid data\. expected a dict(?:ionary)?, but got\b/i,
    literals: ['invalid data. expected a dict', 'but got'],
    code: 'BODY_NOT_OBJECT',
    refines: PARSING_IDS,
  },
  {
    pattern: /^some of (?:the )?required values are missing\b/i,
    literals: ['required values are missing'],
    code: 'NULL_BODY',
    refines: PARSING_IDS,
  },

  // Field validation errors in the documented form, one rule per documented field. Before
  // the business rules: a message in this form is a field verdict, and the business rules
  // are keyword guesses that such a message could trip ("Field 'country' ... document").
  fieldRule('clientId', 'CLIENT_ID_INVALID'),
  fieldRule('expiryTime', 'EXPIRY_TIME_INVALID'),
  fieldRule('sessionLength', 'SESSION_LENGTH_INVALID'),
  fieldRule('tokenType', 'TOKEN_TYPE_INVALID'),
  fieldRule('country', 'COUNTRY_INVALID'),
  fieldRule('nationality', 'NATIONALITY_INVALID'),
  fieldRule('documents', 'DOCUMENTS_INVALID'),
  fieldRule('successUrl', 'SUCCESS_URL_INVALID'),
  fieldRule('errorUrl', 'ERROR_URL_INVALID'),
  fieldRule('callbackUrl', 'CALLBACK_URL_INVALID'),
  fieldRule('unverifiedUrl', 'UNVERIFIED_URL_INVALID'),
  fieldRule('dateOfBirth', 'DATE_OF_BIRTH_INVALID'),
  fieldRule('dateOfExpiry', 'DATE_OF_EXPIRY_INVALID'),
  fieldRule('dateOfIssue', 'DATE_OF_ISSUE_INVALID'),

  // Business-logic errors (wording inferred, see above). The combination rules come before
  // the "not enabled" rules that share their keywords.
  {
    pattern: /^(?=[\s\S]{0,300}?\butility ?bill)(?=[\s\S]{0,300}?\badditional ?steps)/i,
    literals: ['utility', 'additional'],
    code: 'UTILITY_BILL_WITH_ADDITIONAL_STEPS',
    refines: FIELD_IDS,
  },
  {
    pattern: /^(?=[\s\S]{0,300}?\baddress)(?=[\s\S]{0,300}?\badditional ?data)/i,
    literals: ['address', 'additional'],
    code: 'ADDRESS_WITH_ADDITIONAL_DATA',
    refines: FIELD_IDS,
  },
  {
    pattern: /^(?=[\s\S]{0,300}?(?:digit ?string|mobile ?code))(?=[\s\S]{0,300}?\bexpir)/i,
    literals: ['expir'],
    code: 'DIGIT_STRING_EXPIRY_TOO_LONG',
    refines: FIELD_IDS,
  },
  {
    pattern:
      /^(?=[\s\S]{0,300}?\bcountr)(?=[\s\S]{0,300}?\bdoc)(?=[\s\S]{0,300}?(?:not supported|unsupported|not available|not allowed|not accepted|combination))/i,
    literals: ['countr', 'doc'],
    code: 'COUNTRY_DOCUMENT_UNSUPPORTED',
    refines: FIELD_IDS,
  },
  {
    pattern:
      /^(?=[\s\S]{0,300}?\b(?:token ?type|type of token))(?=[\s\S]{0,300}?(?:not allowed|not permitted|not enabled|not available|forbidden|cannot|can't|unable))/i,
    literals: ['token'],
    code: 'TOKEN_TYPE_NOT_ALLOWED',
    refines: ACCOUNT_IDS,
  },
  {
    pattern:
      /^(?=[\s\S]{0,300}?\bcallback)(?=[\s\S]{0,300}?(?:not enabled|not allowed|not permitted|not available|disabled|forbidden))/i,
    literals: ['callback'],
    code: 'CUSTOM_CALLBACK_NOT_ENABLED',
    refines: ACCOUNT_IDS,
  },
  {
    pattern:
      /^(?=[\s\S]{0,300}?\badditional ?steps)(?=[\s\S]{0,300}?(?:not enabled|not allowed|not permitted|not available|disabled|forbidden))/i,
    literals: ['additional'],
    code: 'ADDITIONAL_STEPS_NOT_ENABLED',
    refines: ACCOUNT_IDS,
  },
  {
    // iDenfy lists "invalid questionnaire ID or risk assessment profile ID" as one scenario;
    // two entries keep the remedy precise. A message naming both reads as the questionnaire.
    pattern:
      /^(?=[\s\S]{0,300}?\bquestionnaire)(?=[\s\S]{0,300}?(?:invalid|not valid|not found|does not exist|doesn't exist|unknown|no such))/i,
    literals: ['questionnaire'],
    code: 'QUESTIONNAIRE_NOT_FOUND',
    refines: FIELD_IDS,
  },
  {
    pattern:
      /^(?=[\s\S]{0,300}?\brisk[ _-]?(?:assessment|profile))(?=[\s\S]{0,300}?(?:invalid|not valid|not found|does not exist|doesn't exist|unknown|no such))/i,
    literals: ['risk'],
    code: 'RISK_PROFILE_NOT_FOUND',
    refines: FIELD_IDS,
  },

  // Any other field, in any phrasing that puts the name right after the word "field" within
  // the first 60 characters. Last: it would also take the business messages that say
  // "field" ("... not allowed to set field 'callbackUrl'").
  {
    // Only after the word "field": a quoted word alone may be a value, not a name.
    pattern:
      /^[\w .:,;-]{0,60}\bfields?\s?['"`]?(?<field>[a-z][\w.[\]-]{0,62}[\w\]]|[a-z])(?![\w])/i,
    literals: ['field'],
    code: 'INVALID_FIELD',
    refines: FIELD_IDS,
  },
];

/**
 * iDenfy's meaning of bare HTTP statuses, for answers whose body says nothing (a proxy page,
 * an empty body). 403 is left to core: iDenfy uses it for three different refusals.
 */
export const IDENFY_STATUSES = {
  401: 'INVALID_CREDENTIALS',
  402: 'INSUFFICIENT_FUNDS',
  405: 'METHOD_NOT_ALLOWED',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_ERROR',
} as const satisfies Readonly<Record<number, IdenfyCode>>;

// Catalog keys iDenfy never sends as an identifier: our descriptive keys and the overall
// statuses. A body claiming one is not trusted to pick that entry by code.
const NOT_IDENTIFIERS: ReadonlySet<string> = new Set(
  (IDENFY_CATALOG as readonly EntrySpec[])
    .filter((e) => e.kind === 'outcome' || e.native === false)
    .map((e) => e.code),
);
const STATUSES: ReadonlySet<string> = new Set(
  IDENFY_CATALOG.filter((e) => e.kind === 'outcome').map((e) => e.code),
);

type Rec = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(rec: Rec, key: string): unknown {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}

/** A fresh object holding only the own properties `keys` of `rec` (never its prototype's). */
function snapshot(rec: Rec, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (Object.hasOwn(rec, key)) out[key] = rec[key];
  return out;
}

function firstText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 ? value : undefined;
  const decoded = decodeWith(MessageText, value);
  if (decoded.isErr()) return undefined;
  const v = decoded.value;
  return typeof v === 'string' ? v || undefined : v.find((s) => s.length > 0);
}

function identifierCode(identifier: string): string | undefined {
  return NOT_IDENTIFIERS.has(identifier) ? undefined : identifier;
}

function signal(code: string | undefined, text: string | undefined): VendorSignal | undefined {
  if (code === undefined && text === undefined) return undefined;
  const s: { code?: string; text?: string } = {};
  if (code !== undefined) s.code = code;
  if (text !== undefined) s.text = scrubEchoes(text);
  return s;
}

const ERROR_KEYS = ['identifier', 'message', 'detail', 'error'] as const;

function decodeError(rec: Rec): ErrorBody {
  const fields = snapshot(rec, ERROR_KEYS);
  const whole = decodeWith(ErrorBody, fields);
  if (whole.isOk()) return whole.value;
  // One malformed key (a numeric identifier, say) must not hide the message beside it.
  const out: { -readonly [K in keyof ErrorBody]: ErrorBody[K] } = {};
  const identifier = decodeWith(ErrorBody.props.identifier, fields.identifier);
  if (identifier.isOk()) out.identifier = identifier.value;
  for (const key of ['message', 'detail', 'error'] as const) {
    const text = decodeWith(MessageText, fields[key]);
    if (text.isOk()) out[key] = text.value;
  }
  return out;
}

/**
 * Reads the identifier and message of an iDenfy error body. The fast path takes the
 * documented `{identifier, message}` with two own string properties; anything else goes
 * through the io-ts codecs: a message under `detail` or `error` or as a list, a bare string
 * or HTML page (its text), or a verification body (its overall status, so that normalizing
 * one says "not a failure" or "denied" instead of "unknown"). Message text is scrubbed of
 * echoed request values before anything else sees it.
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
      if (typeof identifier === 'string' && typeof message === 'string') {
        return signal(identifierCode(identifier), message.length > 0 ? message : undefined);
      }
    }
    const decoded = decodeError(body);
    const text =
      firstText(decoded.message) ?? firstText(decoded.detail) ?? firstText(decoded.error);
    const code = decoded.identifier === undefined ? undefined : identifierCode(decoded.identifier);
    if (code !== undefined || text !== undefined) return signal(code, text);
    const status = readOutcome(body)?.code;
    return typeof status === 'string' && STATUSES.has(status) ? { code: status } : undefined;
  }
  if (typeof body === 'string') {
    const text = textOf(body);
    return signal(undefined, text.length > 0 ? text : undefined);
  }
  if (Array.isArray(body)) return signal(undefined, firstText(body.slice(0, 10)));
  return undefined;
}

const MAX_TAGS = 32;

function tagsOf(lists: readonly unknown[]): readonly string[] | undefined {
  // fraudTags and suspicionReasons share values (FACE_SUSPECTED): keep each tag once.
  const tags = new Set<string>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length && i < MAX_TAGS; i++) {
      const tag: unknown = list[i];
      if (typeof tag === 'string') tags.add(tag);
    }
  }
  return tags.size === 0 ? undefined : [...tags];
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
  const tags = tagsOf([
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
  const fields = snapshot(body, OUTCOME_KEYS);
  const answer = decodeWith(StatusResponse, fields);
  if (answer.isOk()) return outcomeSignal(answer.value.status, fields, answer.value.final);
  const alone = decodeWith(WebhookStatus, fields);
  if (alone.isOk()) return outcomeSignal(alone.value.overall, fields, undefined);
  return undefined;
}
