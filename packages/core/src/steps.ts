import { type Advice, ruleAdvice, withField, withVendorRetry } from './advice.js';
import { parseBody, textOf } from './body.js';
import type { CatalogEntry } from './catalog.js';
import { type CatalogIndex, type CodeRow, failureText, pick } from './catalog-index.js';
import type { HttpFailure, NormalizeOptions, ProviderDefinition } from './contract.js';
import { readFailure } from './decide.js';
import type { EventSpec } from './event.js';
import { readHeader } from './headers.js';
import { statusRule } from './http-status.js';
import { detach } from './keep-words.js';
import type { KycError, MatchedBy } from './kyc-error.js';
import type { boundedMemo } from './memo.js';
import { FIELD_NAME, MEMO_TEXT, type MessageRules } from './messages.js';
import type { ProviderWords } from './provider-words.js';
import { redact } from './redact.js';
import { parseRetryAfter } from './retry-after.js';
import { scrubText } from './scrub.js';
import { collectSecrets } from './secrets.js';
import type { SensitiveKeys } from './sensitive-keys.js';
import { buildError, type Details, unknownError } from './templates.js';

/** Everything a provider's classifier reads, compiled once by `defineProvider`. */
export interface Compiled {
  readonly id: string;
  readonly definition: ProviderDefinition;
  readonly index: CatalogIndex;
  readonly messages: MessageRules;
  readonly statuses: ReadonlyMap<number, Advice>;
  readonly codePattern: RegExp;
  /** The catalog's native codes: in the code grammar, checked once by `defineProvider`. */
  readonly nativeCodes: ReadonlySet<string>;
  readonly keys: SensitiveKeys;
  /** The vendor's documented webhook events by name. */
  readonly events: ReadonlyMap<string, EventSpec>;
  /** The vendor's documented tags, each to its own spelling, built on first use. */
  tags(): ReadonlyMap<string, string>;
  /** The provider's known words and documented texts, built on first use. */
  words(): ProviderWords;
  /** Scrubbed vendor messages by raw text, for bodies without personal values. */
  readonly scrubbed: ReturnType<typeof boundedMemo<string, string>>;
  infer(code: string): Advice | undefined;
}

/** What the steps read of one failure: the vendor's code, its text and the HTTP status. */
export interface Clue {
  readonly code: string | null;
  readonly text: string | undefined;
  readonly status: number | undefined;
  /** The catalog's record of the code, `undefined` when the catalog lacks it. */
  readonly row: CodeRow | undefined;
}

/** One step of recognition: a small pure function that answers with advice or passes. */
export type Step = (c: Compiled, clue: Clue) => Advice | undefined;

/** A catch-all code (iDenfy's `BAD_VALUE`) whose specific meaning is in its message. */
const refiningMessage: Step = (c, { code, text, status }) => {
  if (code === null || text === undefined || c.messages.refining.size === 0) return undefined;
  const m = c.messages.refining.get(code)?.match(text, status);
  if (m === undefined) return undefined;
  const advice = c.index.failures.get(m.code)?.[0];
  return advice === undefined ? undefined : withField(advice, m.field);
};

/** The vendor's own code, found in the catalog (the text tells overloaded codes apart). */
const exactCode: Step = (_, { row, text }) =>
  row === undefined ? undefined : pick(row.failures, text, failureText);

/** An undocumented code read through its documented sibling (Smile ID's 23xx/24xx). */
const codeFamily: Step = (c, { code, row }) => {
  if (code === null || row !== undefined) return undefined;
  return c.infer(code);
};

/** A documented message, when no code decided. */
const documentedMessage: Step = (c, { text, status }) => {
  if (text === undefined) return undefined;
  const m = c.messages.documented.match(text, status);
  if (m === undefined) return undefined;
  const advice = c.index.failures.get(m.code)?.[0];
  return advice === undefined ? undefined : withField(advice, m.field);
};

/** The vendor's own meaning of an HTTP status (Smile ID's 402: wallet balance). */
const vendorStatus: Step = (c, { status }) =>
  status === undefined ? undefined : c.statuses.get(status);

/** Core's generic meaning of an HTTP status. */
const genericStatus: Step = (_, { status }) => {
  const rule = status === undefined ? undefined : statusRule(status);
  return rule === undefined ? undefined : ruleAdvice(rule);
};

/**
 * The order of recognition, most specific first; the first step that answers wins and its
 * name is what `matchedBy` reports. Nothing answering means `unknown`.
 */
export const STEPS: readonly (readonly [MatchedBy, Step])[] = [
  ['message', refiningMessage],
  ['code', exactCode],
  ['family', codeFamily],
  ['message', documentedMessage],
  ['status', vendorStatus],
  ['status', genericStatus],
];

/** A body that reports success fails only when its HTTP status says so. */
const SUCCESS_STEPS: readonly (readonly [MatchedBy, Step])[] = [['status', genericStatus]];

/** Classifies one failed exchange. May throw on hostile input; `normalize` catches. */
export function classify(
  c: Compiled,
  failure: HttpFailure,
  options: NormalizeOptions | undefined,
): KycError {
  if (typeof failure !== 'object' || failure === null) {
    return unknownError(c.id, null, { raw: rawOf(c, failure) });
  }
  const rawStatus = failure.status;
  const status =
    typeof rawStatus === 'number' &&
    Number.isInteger(rawStatus) &&
    rawStatus >= 100 &&
    rawStatus < 600
      ? rawStatus
      : undefined;
  const body = parseBody(failure.body);
  const reading = readFailure(c, body, status);
  const { code } = reading;
  let text = reading.text;
  if (text === undefined && typeof body === 'string' && body.length > 0) text = textOf(body);
  const { row } = reading;
  const clue: Clue = { code, text, status, row };

  // Every field from the start, so every call's details have one shape (buildError reads
  // `!== undefined`, and leaves out what is undefined).
  const d: Details = {
    httpStatus: status,
    afterMs: waitOf(c, failure.headers, options),
    requestId: requestIdOf(c, failure.headers),
    field: undefined,
    vendorMessage: undefined,
    inferredFrom: undefined,
    raw: undefined,
  };
  if (typeof reading.field === 'string' && FIELD_NAME.test(reading.field)) d.field = reading.field;

  // A verdict that is not a rejection, or a webhook event, is no failure: only its HTTP
  // status can make it one.
  const settled = reading.kind === 'verdict' || reading.kind === 'event';
  let hit: Advice | undefined;
  let matchedBy: MatchedBy = 'none';
  for (const [name, step] of settled ? SUCCESS_STEPS : STEPS) {
    hit = step(c, clue);
    if (hit !== undefined) {
      matchedBy = name;
      break;
    }
  }
  // A field the matching message named beats the reader's (withField made a new advice for
  // it); the entry's own field does not.
  if (
    matchedBy === 'message' &&
    hit?.entry !== undefined &&
    hit !== c.index.failureOf.get(hit.entry)
  ) {
    d.field = hit.field;
  }
  if (matchedBy === 'family') d.inferredFrom = hit?.entry?.code;
  // The vendor's own retry header overrides what the status and the code advise.
  if (hit !== undefined) hit = withVendorRetry(hit, retryOf(c, failure.headers));
  if (text !== undefined && options?.vendorMessages !== false) {
    d.vendorMessage = vendorMessage(c, text, hit?.entry, body);
  }
  if (hit !== undefined)
    return buildError(c.id, shownCode(code, row, matchedBy), hit, matchedBy, d);
  d.raw = rawOf(c, body);
  return unknownError(c.id, shownCode(code, row, 'none'), d, settled);
}

/** The vendor's code, kept only when it is in the vendor's code grammar. */
export function codeOf(c: Compiled, raw: unknown): string | null {
  // Native catalog codes were checked against the grammar by defineProvider.
  return typeof raw === 'string' && (c.nativeCodes.has(raw) || c.codePattern.test(raw))
    ? raw
    : null;
}

/** A redacted copy of what was received, showing only the provider's words and codes. */
export function rawOf(c: Compiled, value: unknown): unknown {
  return redact(value, c.keys, { words: c.words().vocabulary, codes: c.nativeCodes });
}

/**
 * The code a result shows: only one the catalog knows (as the catalog spells it) or one
 * read through its documented family. A code in the grammar but unknown (a document number
 * in iDenfy's `identifier` fits the grammar) is not echoed.
 */
export function shownCode(
  code: string | null,
  row: CodeRow | undefined,
  matchedBy: MatchedBy,
): string | null {
  if (code === null) return null;
  const entry = row?.entries[0];
  if (entry !== undefined) return entry.code;
  return matchedBy === 'family' ? detach(code) : null;
}

function waitOf(
  c: Compiled,
  headers: HttpFailure['headers'],
  options: NormalizeOptions | undefined,
): number | undefined {
  if (headers === undefined || headers === null) return undefined;
  const retryAfter = readHeader(headers, 'retry-after');
  if (retryAfter !== undefined) return parseRetryAfter(retryAfter, options?.now);
  const own = c.definition.waitFromHeaders;
  if (own === undefined) return undefined;
  try {
    const ms = own((name) => readHeader(headers, name), options?.now ?? Date.now);
    return typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 ? Math.ceil(ms) : undefined;
  } catch {
    return undefined;
  }
}

function retryOf(c: Compiled, headers: HttpFailure['headers']): boolean | undefined {
  const own = c.definition.retryFromHeaders;
  if (own === undefined || headers === undefined || headers === null) return undefined;
  try {
    const says = own((name) => readHeader(headers, name));
    return typeof says === 'boolean' ? says : undefined;
  } catch {
    return undefined;
  }
}

/** The vendor's request reference, when its header holds one in the documented grammar. */
function requestIdOf(c: Compiled, headers: HttpFailure['headers']): string | undefined {
  const spec = c.definition.requestId;
  if (spec === undefined || headers === undefined || headers === null) return undefined;
  const value = readHeader(headers, spec.header);
  if (value === undefined || value.length > MAX_REQUEST_ID) return undefined;
  const id = value.trim();
  return spec.pattern.test(id) ? detach(id) : undefined;
}

/** The longest request reference read: a reference is short, anything longer is not one. */
const MAX_REQUEST_ID = 128;

/**
 * The vendor's message, safe to log: a text the catalog documents, as it is; any other
 * text reduced to the provider's known words ({@link scrubText}), with the words of the
 * body's personal values removed whatever their case or form. Without personal values in
 * the body the answer depends on the text alone, so it is remembered. Nothing for an entry
 * whose text repeats the request (`quotesRequest`).
 */
export function vendorMessage(
  c: Compiled,
  text: string,
  entry: CatalogEntry | undefined,
  body: unknown,
): string | undefined {
  if (entry?.quotesRequest === true) return undefined;
  if (entry?.vendorText !== undefined && entry.vendorText === text) return entry.vendorText;
  const words = c.words();
  const documented = words.texts.get(text);
  if (documented !== undefined) return documented;
  const secrets = collectSecrets(body, c.keys);
  const cacheable = secrets.size === 0 && text.length <= MEMO_TEXT;
  let scrubbed = cacheable ? c.scrubbed.get(text) : undefined;
  if (scrubbed === undefined) {
    scrubbed = scrubText(text, secrets, 300, words.vocabulary);
    if (cacheable) c.scrubbed.set(text, scrubbed);
  }
  return scrubbed.length > 0 ? scrubbed : undefined;
}
