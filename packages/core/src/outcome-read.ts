import { err, ok, type Result } from 'neverthrow';
import { parseBody } from './body.js';
import type { CatalogEntry } from './catalog.js';
import { readVerdict } from './decide.js';
import type { KycError } from './kyc-error.js';
import { type Outcome, VERDICT_DEFAULTS, type Verdict } from './outcome.js';
import { MAX_TAGS } from './reader-kit.js';
import { type Compiled, classify, rawOf, vendorMessage } from './steps.js';
import { buildError, NOT_A_RESULT_ADVICE, unknownError } from './templates.js';

const TAG = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * Reads a verdict from a result or webhook body. A request error in the body is its
 * {@link KycError}; a body that is no result at all is `NOT_A_RESULT`. Total.
 */
export function readOutcome(c: Compiled, input: unknown): Result<Outcome, KycError> {
  try {
    const body = parseBody(input);
    const reading = readVerdict(c, body);
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
    if (entry !== undefined) return ok(outcomeOf(c.id, entry.code, entry, tags, signal.final));
    if (reading.kind === 'verdict' && signal.verdict !== undefined) {
      return ok(fallbackOutcome(c.id, code, signal.verdict, signal.final ?? true, tags));
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
    // An undocumented code is not echoed: it may be anything the body held.
    code: null,
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
export const PATTERNS: readonly RegExp[] = [TAG];
