import { err, ok, type Result } from 'neverthrow';
import { parseBody, textOf } from './body.js';
import {
  type CatalogEntry,
  type EntrySpec,
  type ErrorEntry,
  failureCategory,
  type OutcomeEntry,
} from './catalog.js';
import type { HeaderContainer } from './headers.js';
import { readHeader } from './headers.js';
import { statusRule, UNRECOGNIZED_RULE } from './http-status.js';
import { buildError, type Details, ruleTemplate, type Template } from './internal/build.js';
import type { KycError, MatchedBy } from './kyc-error.js';
import { type Outcome, VERDICT_DEFAULTS, type Verdict } from './outcome.js';
import { collectSecrets, redact, type SensitiveKeys, scrubText, sensitiveKeys } from './redact.js';
import { CATEGORY_DEFAULTS } from './retry-advice.js';
import { parseRetryAfter } from './retry-after.js';

/**
 * A failed HTTP exchange as a caller hands it over. Every field is optional and untrusted:
 * `headers` may be a plain object in any letter case, a `Headers` or a `Map`; `body` may be
 * parsed JSON, a JSON string (with or without BOM), bytes, HTML, plain text or absent.
 */
export interface HttpFailure {
  readonly status?: number | undefined;
  readonly headers?: HeaderContainer | undefined;
  readonly body?: unknown;
}

/** Options for one normalization. */
export interface NormalizeOptions {
  /** The clock used to read an HTTP-date `Retry-After`, in epoch milliseconds. */
  readonly now?: () => number;
}

/** What a vendor's reader found in a response body. All fields optional. */
export interface VendorSignal {
  /** The vendor's native code, as a string. */
  readonly code?: string | undefined;
  /** The vendor's message text, raw (core truncates and scrubs it). */
  readonly text?: string | undefined;
  /** A request field the body names as being at fault. */
  readonly field?: string | undefined;
  /** `true` when the body itself reports a failure (a 200 carrying an error code). */
  readonly failed?: boolean | undefined;
}

/** What a vendor's outcome reader found in a result or webhook body. */
export interface OutcomeSignal {
  /** The result code or status, as a string, or `null` when the body has none. */
  readonly code: string | null;
  /** The vendor's result text, used to tell apart entries that share a code. */
  readonly text?: string | undefined;
  /** The verdict to use when the code is not in the catalog (from other fields of the body). */
  readonly verdict?: Verdict | undefined;
  /**
   * Whether the body itself says the verdict is final. `false` (a manual review still open)
   * overrides the catalog: an `approved` verdict becomes `provisional`, a `rejected` one
   * `pending`, and the advice is to wait. Also the finality of a fallback verdict.
   */
  readonly final?: boolean | undefined;
  /** Vendor tags to carry through (fraud and mismatch flags), without personal values. */
  readonly tags?: readonly string[] | undefined;
}

/**
 * A documented vendor message, matched against the message text when no code decided.
 * Patterns must be anchored and linear-time (no nested quantifiers); a named group
 * `field` fills {@link KycError.field}.
 */
export interface MessageRule {
  /** An anchored, linear-time pattern. */
  readonly pattern: RegExp;
  /** The catalog code this message means. */
  readonly code: string;
  /** Only when the HTTP status is one of these. */
  readonly statuses?: readonly number[];
  /**
   * Lower-case substrings that every message this pattern matches contains. Core checks
   * them with `includes` on the lower-cased message before running the pattern, so rules
   * that cannot match cost next to nothing. An optimization only: it must never exclude a
   * message the pattern would match.
   */
  readonly literals?: readonly string[];
  /**
   * Native codes this message may refine: a catch-all code (iDenfy's `BAD_VALUE`) whose
   * specific meaning is in the message. Without it, the rule applies only when no code
   * matched.
   */
  readonly refines?: readonly string[];
}

/**
 * Everything a vendor package supplies: mostly data (the catalog, message rules, status
 * overrides) and one or two readers that decode the vendor's bodies. Readers receive
 * untrusted input and may throw; core catches it.
 */
export interface ProviderDefinition<Specs extends readonly EntrySpec[] = readonly EntrySpec[]> {
  /** The provider id, kebab-case (`'smile-id'`). */
  readonly id: string;
  /** The vendor's name for people (`'Smile ID'`). */
  readonly name: string;
  /** Where the vendor documents its codes. */
  readonly docsUrl?: string;
  /** Every native code the provider knows. */
  readonly catalog: Specs;
  /**
   * Reads the code, message and field out of a parsed response body. `status` is the HTTP
   * status when there was one: a vendor whose non-2xx answers are decided by the status
   * alone (SigningCloud) returns `undefined` for those.
   */
  readonly read: (body: unknown, status?: number) => VendorSignal | undefined;
  /** For an undocumented code, the documented sibling whose meaning it shares. */
  readonly family?: (code: string) => string | undefined;
  /** Documented messages, tried in order. */
  readonly messages?: readonly MessageRule[];
  /** Vendor-specific meanings of HTTP statuses: status to catalog code. */
  readonly statuses?: Readonly<Record<number, string>>;
  /** Extra keys whose values are secret or personal for this vendor (`'data'`, `'mac'`). */
  readonly sensitiveKeys?: readonly string[];
  /** Reads the verdict out of a result or webhook body. */
  readonly readOutcome?: (body: unknown) => OutcomeSignal | undefined;
}

/** The code union of a catalog, for typed look-ups. */
export type CodeOf<Specs extends readonly EntrySpec[]> = Specs[number]['code'];

/**
 * A provider: its catalog with defaults resolved, and the classifier built from its
 * definition. Create one with {@link defineProvider}.
 */
export interface Provider<Code extends string = string> {
  /** The provider id (`'smile-id'`). */
  readonly id: string;
  /** The vendor's name for people. */
  readonly name: string;
  /** Where the vendor documents its codes. */
  readonly docsUrl?: string;
  /** Every entry, in catalog order, with its advice resolved. */
  readonly catalog: readonly CatalogEntry[];
  /** The redaction keys of this provider (core's plus its own). */
  readonly sensitiveKeys: SensitiveKeys;
  /** The definition this provider was built from. */
  readonly definition: ProviderDefinition;
  /**
   * The entry for a native code. Where entries share a code, `text` (the vendor's message
   * or result text) chooses; without a match, the first entry for the code.
   */
  lookup(code: Code | (string & {}), text?: string): CatalogEntry | undefined;
  /** All entries for a native code (several when the vendor overloads it). */
  entries(code: Code | (string & {})): readonly CatalogEntry[];
  /** The documented entry an undocumented code would borrow its meaning from, if any. */
  infer(code: string): CatalogEntry | undefined;
  /** Normalizes a failed exchange. Total: never throws. */
  normalize(failure: HttpFailure, options?: NormalizeOptions): KycError;
  /**
   * Reads a verification verdict from a result or webhook body. An error only when the body
   * is a request error (its {@link KycError}) or not a result of this vendor at all.
   */
  outcome(body: unknown): Result<Outcome, KycError>;
  /**
   * Builds the error for a catalog entry, as if the vendor had sent its code. Used by the
   * CLI and tests. Returns `undefined` for entries that are not failures.
   */
  errorFor(code: Code | (string & {}), text?: string): KycError | undefined;
}

const FIELD_NAME = /^[A-Za-z][\w.[\]-]{0,63}$/;
const MAX_CODE_LENGTH = 64;

/**
 * Builds a {@link Provider} from a definition: resolves every entry's advice from the
 * category defaults, checks the definition (unique entries, rules pointing at real codes)
 * and compiles the classifier. Throws only on a broken definition, at import time.
 *
 * @example
 * ```ts
 * const acme = defineProvider({
 *   id: 'acme',
 *   name: 'Acme KYC',
 *   catalog: [
 *     { code: 'E1', kind: 'error', category: 'auth', reason: 'BAD_KEY',
 *       message: 'The API key is wrong.', remedy: 'Use the key from the dashboard.' },
 *   ] as const,
 *   read: (body) => (isRecord(body) && typeof body.err === 'string' ? { code: body.err } : undefined),
 * });
 * acme.normalize({ status: 401, body: { err: 'E1' } }).reason; // 'BAD_KEY'
 * ```
 */
export function defineProvider<const Specs extends readonly EntrySpec[]>(
  definition: ProviderDefinition<Specs>,
): Provider<CodeOf<Specs>> {
  const { id } = definition;
  const catalog = definition.catalog.map(resolveEntry);
  const byCode = new Map<string, CatalogEntry[]>();
  const seen = new Set<string>();
  for (const entry of catalog) {
    const key = `${entry.code}\u0000${entry.vendorText ?? ''}`;
    if (seen.has(key)) {
      throw new Error(`${id}: catalog lists ${entry.code} twice with the same vendor text`);
    }
    seen.add(key);
    const list = byCode.get(entry.code);
    if (list === undefined) byCode.set(entry.code, [entry]);
    else list.push(entry);
  }
  const templates = new Map<CatalogEntry, Template>();
  for (const entry of catalog) {
    const t = entryTemplate(entry);
    if (t !== undefined) templates.set(entry, t);
  }
  const mustExist = (code: string, where: string): void => {
    if (!byCode.has(code))
      throw new Error(`${id}: ${where} names ${code}, which is not in the catalog`);
  };
  for (const rule of definition.messages ?? []) {
    mustExist(rule.code, `message rule ${rule.pattern}`);
    for (const literal of rule.literals ?? []) {
      if (literal.length === 0 || literal !== literal.toLowerCase()) {
        throw new Error(
          `${id}: message rule ${rule.pattern} has a literal that is not lower-case: "${literal}"`,
        );
      }
    }
  }
  const statuses = new Map<number, CatalogEntry>();
  for (const [status, code] of Object.entries(definition.statuses ?? {})) {
    mustExist(code, `status ${status}`);
    statuses.set(Number(status), pick(byCode.get(code), undefined) as CatalogEntry);
  }
  const keys = sensitiveKeys(definition.sensitiveKeys ?? []);
  const messages = definition.messages ?? [];
  // The rules that may refine each code, in order: looked up once per failure instead of
  // scanning every rule's `refines` list.
  const refining = new Map<string, MessageRule[]>();
  for (const rule of messages) {
    for (const code of rule.refines ?? []) {
      const list = refining.get(code);
      if (list === undefined) refining.set(code, [rule]);
      else list.push(rule);
    }
  }
  const scrubbed = new Map<string, string>();
  // Which rule a message matches depends only on the rules (chosen by the code), the status
  // and the text; vendors repeat a few messages, so remember the answer (bounded). Keyed by
  // rule list, then status, then text: no key string is built per failure.
  const matched = new Map<
    readonly MessageRule[],
    Map<number | undefined, Map<string, MessageMatch | null>>
  >();
  let matchedSize = 0;
  function matchCached(
    rules: readonly MessageRule[],
    text: string,
    status: number | undefined,
  ): MessageMatch | undefined {
    if (rules.length === 0) return undefined;
    if (text.length > MATCH_CACHE_TEXT) return matchMessage(rules, text, status);
    let byStatus = matched.get(rules);
    if (byStatus === undefined) {
      byStatus = new Map();
      matched.set(rules, byStatus);
    }
    let byText = byStatus.get(status);
    if (byText === undefined) {
      byText = new Map();
      byStatus.set(status, byText);
    }
    const known = byText.get(text);
    if (known !== undefined) return known ?? undefined;
    const found = matchMessage(rules, text, status);
    if (matchedSize >= MATCH_CACHE_LIMIT) {
      matched.clear();
      matchedSize = 0;
    }
    byText.set(text, found ?? null);
    matchedSize++;
    return found;
  }

  function entriesOf(code: string): readonly CatalogEntry[] {
    return byCode.get(code) ?? [];
  }

  function lookup(code: string, text?: string): CatalogEntry | undefined {
    return typeof code === 'string' ? pick(byCode.get(code), text) : undefined;
  }

  function infer(code: string): CatalogEntry | undefined {
    if (definition.family === undefined || typeof code !== 'string') return undefined;
    const sibling = safe(() => definition.family?.(code));
    return typeof sibling === 'string' && sibling !== code ? lookup(sibling) : undefined;
  }

  function classify(failure: HttpFailure, options: NormalizeOptions | undefined): KycError {
    if (typeof failure !== 'object' || failure === null) {
      return unknownError(id, null, 'none', { raw: redact(failure, keys) });
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
    let signal: VendorSignal | undefined;
    try {
      signal = definition.read(body, status);
    } catch {
      signal = undefined;
    }
    const rawCode = signal?.code;
    const code =
      typeof rawCode === 'string' && rawCode.length > 0 && rawCode.length <= MAX_CODE_LENGTH
        ? rawCode
        : null;
    let text = typeof signal?.text === 'string' ? signal.text : undefined;
    if (text === undefined && typeof body === 'string' && body.length > 0) text = textOf(body);

    const d: Details = { httpStatus: status };
    const headers = failure.headers;
    if (headers !== undefined && headers !== null) {
      const retryAfter = readHeader(headers, 'retry-after');
      if (retryAfter !== undefined) d.afterMs = parseRetryAfter(retryAfter, options?.now);
    }
    if (typeof signal?.field === 'string' && FIELD_NAME.test(signal.field)) d.field = signal.field;

    let entry: CatalogEntry | undefined;
    let template: Template | undefined;
    let matchedBy: MatchedBy = 'code';
    let bodySaysSuccess = false;
    if (code !== null) {
      entry = pick(byCode.get(code), text);
      if (entry !== undefined) {
        template = templates.get(entry);
        // No template: the body reports success or a verdict that is not a failure; only
        // the status can still say something failed.
        if (template === undefined) {
          bodySaysSuccess = true;
          entry = undefined;
        }
      } else {
        const sibling = infer(code);
        if (sibling !== undefined) {
          entry = sibling;
          template = templates.get(sibling);
          matchedBy = 'family';
          d.inferredFrom = sibling.code;
        }
      }
    }
    if (text !== undefined && !bodySaysSuccess) {
      const rules =
        entry === undefined
          ? messages
          : code === null || refining.size === 0
            ? NO_RULES
            : (refining.get(code) ?? NO_RULES);
      const byMessage = matchCached(rules, text, status);
      if (byMessage !== undefined) {
        entry = lookup(byMessage.code);
        template = entry === undefined ? undefined : templates.get(entry);
        matchedBy = 'message';
        d.inferredFrom = undefined;
        if (byMessage.field !== undefined) d.field = byMessage.field;
      }
    }
    if (entry === undefined && status !== undefined) {
      const own = statuses.get(status);
      if (own !== undefined) {
        entry = own;
        template = templates.get(own);
        matchedBy = 'status';
      }
    }
    if (text !== undefined) d.vendorMessage = vendorMessage(text, entry, body, keys, scrubbed);
    if (template !== undefined) return buildError(id, code, template, matchedBy, d);
    const rule = status === undefined ? undefined : statusRule(status);
    if (rule !== undefined) return buildError(id, code, ruleTemplate(rule), 'status', d);
    d.raw = redact(body, keys);
    return unknownError(id, code, 'none', d, bodySaysSuccess);
  }

  function normalize(failure: HttpFailure, options?: NormalizeOptions): KycError {
    try {
      return classify(failure, options);
    } catch {
      // Only a hostile input can get here (a getter that throws on `status`, say).
      return unknownError(id, null, 'none', {});
    }
  }

  function outcome(input: unknown): Result<Outcome, KycError> {
    try {
      const body = parseBody(input);
      const signal = safe(() => definition.readOutcome?.(body));
      if (signal === undefined || signal === null) {
        const asError = safe(() => definition.read(body));
        if (asError?.code !== undefined || asError?.text !== undefined) {
          return err(normalize({ body }));
        }
        return err(notAResult(id, keys, body));
      }
      const code = typeof signal.code === 'string' ? signal.code : null;
      const entry = code === null ? undefined : pick(byCode.get(code), signal.text);
      const tags = Array.isArray(signal.tags) ? signal.tags.filter(isTag).slice(0, 32) : undefined;
      if (entry?.kind === 'error') {
        return err(
          buildError(id, code, templates.get(entry) as Template, 'code', {
            vendorMessage: vendorMessage(signal.text, entry, body, keys),
          }),
        );
      }
      if (entry !== undefined) return ok(outcomeOf(id, code, entry, tags, signal.final));
      if (signal.verdict !== undefined) {
        return ok(fallbackOutcome(id, code, signal.verdict, signal.final ?? true, tags));
      }
      return err(
        unknownError(id, code, 'none', {
          vendorMessage: vendorMessage(signal.text, undefined, body, keys),
        }),
      );
    } catch {
      return err(unknownError(id, null, 'none', {}));
    }
  }

  function errorFor(code: string, text?: string): KycError | undefined {
    const entry = lookup(code, text);
    const t = entry === undefined ? undefined : templates.get(entry);
    if (entry === undefined || t === undefined) return undefined;
    const d: Details = {};
    if (entry.httpStatus !== undefined) d.httpStatus = entry.httpStatus;
    if (entry.vendorText !== undefined) d.vendorMessage = entry.vendorText;
    return buildError(id, entry.native === false ? null : entry.code, t, 'code', d);
  }

  const provider: Provider<CodeOf<Specs>> = {
    id,
    name: definition.name,
    catalog,
    sensitiveKeys: keys,
    definition: definition as ProviderDefinition,
    lookup,
    entries: entriesOf,
    infer,
    normalize,
    outcome,
    errorFor,
  };
  if (definition.docsUrl !== undefined) {
    (provider as { docsUrl?: string }).docsUrl = definition.docsUrl;
  }
  return Object.freeze(provider);
}

function resolveEntry(spec: EntrySpec): CatalogEntry {
  // A switch, not ts-pattern: the return type makes TypeScript check exhaustiveness just
  // the same, and ts-pattern would be the largest thing in a browser bundle of core.
  switch (spec.kind) {
    case 'error': {
      const defaults = CATEGORY_DEFAULTS[spec.category];
      const entry: ErrorEntry = {
        ...spec,
        retry: Object.freeze(spec.retry ? { ...defaults.retry, ...spec.retry } : defaults.retry),
        delivery: spec.delivery ?? defaults.delivery,
      };
      return Object.freeze(entry);
    }
    case 'outcome': {
      const base = VERDICT_DEFAULTS[spec.verdict];
      const entry: OutcomeEntry = {
        ...spec,
        retry: Object.freeze(spec.retry ? { ...base, ...spec.retry } : base),
      };
      return Object.freeze(entry);
    }
    case 'success':
      return Object.freeze({ ...spec, retry: VERDICT_DEFAULTS.approved });
  }
}

function entryTemplate(entry: CatalogEntry): Template | undefined {
  const category = failureCategory(entry);
  if (category === null) return undefined;
  const t: { -readonly [K in keyof Template]: Template[K] } = {
    category,
    reason: entry.reason,
    message: entry.message,
    remedy: entry.remedy,
    retry: entry.retry,
    delivery: entry.kind === 'error' ? entry.delivery : CATEGORY_DEFAULTS[category].delivery,
  };
  if (entry.kind === 'error' && entry.field !== undefined) t.field = entry.field;
  return Object.freeze(t);
}

/** Chooses among entries sharing a code by the vendor's text: exact, then longest prefix. */
function pick(
  list: readonly CatalogEntry[] | undefined,
  text: string | undefined,
): CatalogEntry | undefined {
  if (list === undefined) return undefined;
  if (list.length === 1 || text === undefined) return list[0];
  const wanted = text.trim().toLowerCase();
  let best: CatalogEntry | undefined;
  let bestLength = -1;
  for (const entry of list) {
    const known = entry.vendorText?.toLowerCase();
    if (known === undefined) continue;
    if (known === wanted) return entry;
    if (wanted.startsWith(known) && known.length > bestLength) {
      best = entry;
      bestLength = known.length;
    }
  }
  return best ?? list[0];
}

const NO_RULES: readonly MessageRule[] = [];
const MATCH_CACHE_LIMIT = 512;
const MATCH_CACHE_TEXT = 500;

/** The catalog code a message rule chose, and the field its pattern named. */
interface MessageMatch {
  readonly code: string;
  readonly field?: string;
}

function matchMessage(
  rules: readonly MessageRule[],
  text: string,
  status: number | undefined,
): MessageMatch | undefined {
  if (rules.length === 0) return undefined;
  const subject = text.length > 2000 ? text.slice(0, 2000) : text;
  let lower: string | undefined;
  for (const rule of rules) {
    if (rule.statuses !== undefined && (status === undefined || !rule.statuses.includes(status))) {
      continue;
    }
    if (rule.literals !== undefined) {
      lower ??= subject.toLowerCase();
      if (!containsAll(lower, rule.literals)) continue;
    }
    const m = rule.pattern.exec(subject);
    if (m === null) continue;
    const field = m.groups?.field;
    return field !== undefined && FIELD_NAME.test(field)
      ? { code: rule.code, field }
      : { code: rule.code };
  }
  return undefined;
}

const SCRUB_CACHE_LIMIT = 512;
const SCRUB_CACHE_TEXT = 500;

function containsAll(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (!text.includes(literal)) return false;
  return true;
}

function vendorMessage(
  text: string | undefined,
  entry: CatalogEntry | undefined,
  body: unknown,
  keys: SensitiveKeys,
  cache?: Map<string, string>,
): string | undefined {
  if (text === undefined) return undefined;
  // The documented text holds no personal data; anything else may echo the request.
  if (entry?.vendorText !== undefined && entry.vendorText === text) return text;
  const secrets = typeof body === 'object' ? collectSecrets(body, keys) : [];
  // Vendors repeat the same few messages: without secrets to look for, scrubbing depends on
  // the text alone, so remember it (bounded; long texts are not kept).
  const cacheable = cache !== undefined && secrets.length === 0 && text.length <= SCRUB_CACHE_TEXT;
  let scrubbed = cacheable ? cache.get(text) : undefined;
  if (scrubbed === undefined) {
    scrubbed = scrubText(text, secrets);
    if (cacheable) {
      if (cache.size >= SCRUB_CACHE_LIMIT) cache.clear();
      cache.set(text, scrubbed);
    }
  }
  return scrubbed.length > 0 ? scrubbed : undefined;
}

const UNKNOWN_TEMPLATE: Template = ruleTemplate(UNRECOGNIZED_RULE);

const NOT_A_FAILURE_TEMPLATE: Template = Object.freeze({
  ...UNKNOWN_TEMPLATE,
  reason: 'NOT_A_FAILURE',
  message: 'The response reports success or a verdict, not a request error.',
  remedy:
    'Read the verdict with the provider outcome reader instead of normalizing it as an error.',
  retry: Object.freeze({ retryable: false, action: 'none' }),
  delivery: 'rejected',
});

function unknownError(
  provider: string,
  code: string | null,
  matchedBy: MatchedBy,
  d: Details,
  notAFailure = false,
): KycError {
  return buildError(
    provider,
    code,
    notAFailure ? NOT_A_FAILURE_TEMPLATE : UNKNOWN_TEMPLATE,
    matchedBy,
    d,
  );
}

const NOT_A_RESULT_TEMPLATE: Template = Object.freeze({
  ...UNKNOWN_TEMPLATE,
  reason: 'NOT_A_RESULT',
  message: 'The body is not a result or webhook body of this vendor.',
  remedy: 'Pass the parsed JSON body of a result, job status or webhook call.',
});

function notAResult(provider: string, keys: SensitiveKeys, body: unknown): KycError {
  return buildError(provider, null, NOT_A_RESULT_TEMPLATE, 'none', { raw: redact(body, keys) });
}

const REVIEW_OPEN_REMEDY =
  'Wait for the final result (the callback, or poll the status) before acting on it; do not start a new session or job.';

function outcomeOf(
  provider: string,
  code: string | null,
  entry: CatalogEntry,
  tags: readonly string[] | undefined,
  bodyFinal: boolean | undefined,
): Outcome {
  let verdict: Verdict = entry.kind === 'outcome' ? entry.verdict : 'approved';
  let final = entry.kind === 'outcome' ? entry.final : true;
  let retry = entry.retry;
  let message = entry.message;
  let remedy = entry.remedy;
  if (bodyFinal === false && final) {
    // The vendor says a review is still open: the catalog verdict is not the last word, so
    // neither is its remedy ("onboard the user" must wait).
    if (verdict === 'approved') verdict = 'provisional';
    else if (verdict === 'rejected') verdict = 'pending';
    final = false;
    retry = VERDICT_DEFAULTS[verdict];
    message = `${message} A review is still open, so this is not the final result.`;
    remedy = REVIEW_OPEN_REMEDY;
  }
  const o: { -readonly [K in keyof Outcome]: Outcome[K] } = {
    provider,
    code,
    verdict,
    final,
    reason: entry.reason,
    message,
    remedy,
    retry,
  };
  if (entry.vendorText !== undefined) o.vendorText = entry.vendorText;
  if (tags !== undefined && tags.length > 0) o.tags = tags;
  return o;
}

function fallbackOutcome(
  provider: string,
  code: string | null,
  verdict: Verdict,
  final: boolean,
  tags: readonly string[] | undefined,
): Outcome {
  const o: { -readonly [K in keyof Outcome]: Outcome[K] } = {
    provider,
    code,
    verdict,
    final,
    reason: code === null ? 'NO_RESULT_YET' : 'UNDOCUMENTED_RESULT',
    message:
      code === null
        ? `The body carries no result code yet; the verdict (${verdict}) comes from its other fields.`
        : `The result code is not documented; the verdict (${verdict}) comes from the body's other fields.`,
    remedy:
      verdict === 'pending' || !final
        ? 'Wait for the callback or poll the status; do not resubmit or start a new session.'
        : 'Handle it by the verdict, and report the code so it can be catalogued.',
    retry: final ? VERDICT_DEFAULTS[verdict] : VERDICT_DEFAULTS.pending,
  };
  if (tags !== undefined && tags.length > 0) o.tags = tags;
  return o;
}

const TAG = /^[A-Z][A-Z0-9_]{0,63}$/;
function isTag(value: unknown): value is string {
  return typeof value === 'string' && TAG.test(value);
}

function safe<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** @internal Every pattern this module runs on untrusted text, for the ReDoS check in the tests. */
export const PATTERNS: readonly RegExp[] = [FIELD_NAME, TAG];
