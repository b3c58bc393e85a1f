import { err, ok, type Result } from 'neverthrow';
import { parseBody } from './body.js';
import type { CatalogEntry } from './catalog.js';
import { readVerdict } from './decide.js';
import { buildEvent, type KycEvent } from './event.js';
import type { KycError } from './kyc-error.js';
import { type Outcome, VERDICT_DEFAULTS, type Verdict } from './outcome.js';
import { MAX_TAGS } from './reader-kit.js';
import type { RetryAdvice } from './retry-advice.js';
import { type Compiled, classify, rawOf, vendorMessage } from './steps.js';
import {
  buildError,
  NOT_A_RESULT_ADVICE,
  NOT_A_VERDICT_ADVICE,
  unknownError,
} from './templates.js';

const TAG = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * Words that say a check failed. A result text holding one never reads as an approval,
 * whatever its code: the code's entry may be right about the code and the body still wrong
 * for it (an approval code beside "Failed Enroll").
 */
const FAILING = /\b(?:fail(?:s|ed|ure)?|reject(?:s|ed)?|declined?|denied)\b/i;

/** What a verdict nobody documented asks for: a person reads it before anyone acts. */
const INVESTIGATE: RetryAdvice = Object.freeze({ retryable: false, action: 'investigate' });

/**
 * Reads a verdict from a result or webhook body. A request error in the body is its
 * {@link KycError}; a webhook event that is no verdict is `NOT_A_VERDICT`; a body that is no
 * result at all is `NOT_A_RESULT`. Total.
 */
export function readOutcome(c: Compiled, input: unknown): Result<Outcome, KycError> {
  const answer = readBody(c, input, false);
  if (answer.isOk() && answer.value.kind === 'event') {
    return err(buildError(c.id, null, NOT_A_VERDICT_ADVICE, 'none', {}));
  }
  return answer as Result<Outcome, KycError>;
}

/**
 * Reads any body a webhook endpoint receives: a verdict, a webhook event (documented or
 * not), or a request error or foreign body as a {@link KycError}. Total.
 */
export function readWebhook(c: Compiled, input: unknown): Result<Outcome | KycEvent, KycError> {
  return readBody(c, input, true);
}

function readBody(
  c: Compiled,
  input: unknown,
  webhook: boolean,
): Result<Outcome | KycEvent, KycError> {
  try {
    const body = parseBody(input);
    const reading = readVerdict(c, body);
    if (reading.kind === 'event') return ok(buildEvent(c.id, reading.event));
    // A body the outcome reader knows the shape of, carrying a code nobody documented: a
    // webhook endpoint gets an undocumented event (a person looks), not a failure.
    if (reading.kind === 'unrecognized' && reading.verdict !== undefined && webhook) {
      return ok(buildEvent(c.id, undefined));
    }
    const signal = reading.verdict;
    if (signal === undefined) {
      // No verdict read: a request error body is its KycError, anything else no result.
      if (reading.kind === 'failure') return err(classify(c, { body }, undefined));
      return err(buildError(c.id, null, NOT_A_RESULT_ADVICE, 'none', { raw: rawOf(c, body) }));
    }
    const { code, text, entry } = reading;
    const tags = documentedTags(c, signal.tags);
    const advice = entry === undefined ? undefined : c.index.failureOf.get(entry);
    if (reading.kind === 'failure' && entry !== undefined && advice !== undefined) {
      const d = text === undefined ? {} : { vendorMessage: vendorMessage(c, text, entry, body) };
      return err(buildError(c.id, entry.code, advice, 'code', d));
    }
    if (entry !== undefined) {
      return ok(outcomeOf(c.id, entry.code, entry, tags, signal.final, text));
    }
    if (reading.kind === 'verdict' && signal.verdict !== undefined) {
      return ok(fallbackOutcome(c.id, code, signal.verdict, tags));
    }
    const d = text === undefined ? {} : { vendorMessage: vendorMessage(c, text, undefined, body) };
    // An undocumented code is not echoed: it may be anything the body held.
    return err(unknownError(c.id, null, d));
  } catch {
    return err(unknownError(c.id, null, {}));
  }
}

const REVIEW_OPEN_REMEDY =
  'Wait for the final result (the callback, or poll the status) before acting on it; do not start a new session or job.';

function outcomeOf(
  provider: string,
  code: string | null,
  entry: CatalogEntry,
  tags: readonly string[] | undefined,
  bodyFinal: boolean | undefined,
  text: string | undefined,
): Outcome {
  let verdict: Verdict = entry.kind === 'outcome' ? entry.verdict : 'approved';
  let final = entry.kind === 'outcome' ? entry.final : true;
  let retry = entry.retry;
  let message = entry.message;
  let remedy = entry.remedy;
  if (verdict === 'approved' && saysFailed(text, entry.vendorText)) {
    // Fail closed: the code says approved, the vendor's own words say a check failed.
    verdict = 'provisional';
    final = false;
    retry = INVESTIGATE;
    message = `${message} The vendor's result text says a check failed, so this is not read as an approval.`;
    remedy = 'Have a person read the result at the vendor before acting on it.';
  } else if (bodyFinal === false && final) {
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

/**
 * Whether a result text says a check failed. A documented text of the entry itself is
 * trusted as it is; only the first 256 characters are read.
 */
function saysFailed(text: string | undefined, documented: string | undefined): boolean {
  return text !== undefined && text !== documented && FAILING.test(text.slice(0, 256));
}

/**
 * The outcome of a body whose code the catalog lacks (or that has none), from what its
 * other fields suggest. Fails closed: never `approved` (at best `provisional`), never final,
 * and only `pending` (nothing decided yet) says wait; anything else asks a person to look.
 */
function fallbackOutcome(
  provider: string,
  code: string | null,
  suggested: Verdict,
  tags: readonly string[] | undefined,
): Outcome {
  const verdict: Verdict = suggested === 'approved' ? 'provisional' : suggested;
  const waiting = verdict === 'pending';
  const o: { -readonly [K in keyof Outcome]: Outcome[K] } = {
    provider,
    // An undocumented code is not echoed: it may be anything the body held.
    code: null,
    verdict,
    final: false,
    reason: code === null ? 'NO_RESULT_YET' : 'UNDOCUMENTED_RESULT',
    message:
      code === null
        ? `The body carries no result code yet; its other fields suggest ${verdict}, which is not final.`
        : `The result code is not documented; the body's other fields suggest ${verdict}, which is not final.`,
    remedy: waiting
      ? 'Wait for the callback or poll the status; do not resubmit or start a new session.'
      : 'Have a person read the result at the vendor before acting on it, and report the code so it can be catalogued.',
    retry: waiting ? VERDICT_DEFAULTS.pending : INVESTIGATE,
  };
  if (tags !== undefined && tags.length > 0) o.tags = tags;
  return o;
}

/**
 * The tags a reader found that the vendor documents, as the catalog of tags spells them:
 * anything else (a personal value dressed as a tag) is dropped. At most {@link MAX_TAGS}.
 */
function documentedTags(c: Compiled, found: unknown): readonly string[] | undefined {
  if (!Array.isArray(found)) return undefined;
  const known = c.tags();
  const out: string[] = [];
  for (const tag of found.slice(0, MAX_TAGS * 4)) {
    const documented = typeof tag === 'string' && TAG.test(tag) ? known.get(tag) : undefined;
    if (documented !== undefined && !out.includes(documented)) out.push(documented);
    if (out.length === MAX_TAGS) break;
  }
  return out.length > 0 ? out : undefined;
}

/** @internal Every pattern this module runs on untrusted text, checked by scripts/check-redos.mjs. */
export const PATTERNS: readonly RegExp[] = [TAG, FAILING];
