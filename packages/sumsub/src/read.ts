import {
  codeByText,
  collectTags,
  decodeWith,
  isRecord,
  type OutcomeSignal,
  own,
  ownString,
  stringCode,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import { SUMSUB_ERRORS } from './codes.js';
import { ReviewBody } from './payload.js';
import { SUMSUB_ERROR_CODE } from './rules.js';
import { SUMSUB_LABELS } from './tags.js';

// errorName -> errorCode for the numbered entries whose vendorText is an errorName: an
// errorName sent without its errorCode (SUMSUB/agent-skills, skills/
// sumsub-check-permissions/SKILL.md shows one) still names its code.
const ERROR_NAME = /^[a-z]+(?:-[a-z]+)+$/;
const CODE_BY_NAME = codeByText(
  SUMSUB_ERRORS,
  (e) => e.native !== false && e.vendorText !== undefined && ERROR_NAME.test(e.vendorText),
);

/**
 * Reads Sumsub's error body `{description, code, correlationId, errorCode?, errorName?}`:
 * the `errorCode` (digits only; else the code its documented `errorName` stands for) and the
 * `description`. ID Connect's OAuth answers `{error, error_description}` give their text.
 * A review body is not read here: core reads it with {@link readOutcome} when this finds
 * nothing. Own properties only.
 *
 * @example
 * ```ts
 * readError({ description: 'Corrupted file', code: 400, correlationId: 'req-1', errorCode: 1004 });
 * // { code: '1004', text: 'Corrupted file' }
 * ```
 */
export function readError(body: unknown): VendorSignal | undefined {
  if (!isRecord(body)) return undefined;
  const name = ownString(body, 'errorName');
  // `errorCode` is documented as a JSON number; a numeric string is read the same way.
  const code =
    stringCode(own(body, 'errorCode'), SUMSUB_ERROR_CODE) ??
    (name === undefined ? undefined : CODE_BY_NAME.get(name));
  const text =
    ownString(body, 'description') ??
    ownString(body, 'error_description') ??
    ownString(body, 'error');
  return code === undefined && text === undefined ? undefined : { code, text };
}

/** `reviewRejectType` first (the tag that says whether the applicant may resubmit), then labels. */
function tagsOf(rejectType: string | undefined, labels: unknown): readonly string[] | undefined {
  return collectTags([[rejectType], labels], documentedTag);
}

const REJECT_TYPES: ReadonlySet<string> = new Set(['RETRY', 'FINAL']);

// Documented values only: the rejection types and the catalogued labels (the list is an enum,
// and a value outside it is not trusted).
const documentedTag = (value: unknown): string | undefined =>
  typeof value === 'string' && (REJECT_TYPES.has(value) || SUMSUB_LABELS.has(value))
    ? value
    : undefined;

/** The code a completed review stands for: its answer, RED split by the rejection type. */
function answerCode(answer: string | undefined, rejectType: string | undefined): string {
  if (answer === 'GREEN') return 'GREEN';
  if (answer !== 'RED') return 'completed'; // no documented answer: not a verdict
  if (rejectType === 'RETRY') return 'RED_RETRY';
  if (rejectType === 'FINAL') return 'RED_FINAL';
  return 'RED';
}

function reviewSignal(review: ReviewBody): OutcomeSignal {
  const result = review.reviewResult ?? {};
  const rejectType = result.reviewRejectType;
  const tags = tagsOf(rejectType, result.rejectLabels);
  const s: { -readonly [K in keyof OutcomeSignal]: OutcomeSignal[K] } = { code: null };
  if (review.reviewStatus === 'completed') {
    s.code = answerCode(result.reviewAnswer, rejectType);
  } else {
    // Only `completed` carries a verdict (S7): any other status, documented or added later,
    // is no decision yet, whatever answer sits beside it (awaitingService comes with GREEN).
    s.code = review.reviewStatus;
    s.verdict = 'pending';
    s.final = false;
  }
  if (tags !== undefined) s.tags = tags;
  return s;
}

const REVIEW_KEYS = ['reviewStatus', 'reviewResult', 'type'] as const;

// Webhooks that announce a finished review (SUMSUB/agent-skills, skills/
// sumsub-integrate-websdk/references/lifecycle.md, "Webhook events": applicantReviewed is
// the final verdict; the workflow and action ones carry `reviewResult`). doubt: only for
// these is a body with an answer but no `reviewStatus` read as completed.
const VERDICT_TYPES: ReadonlySet<string> = new Set([
  'applicantReviewed',
  'applicantWorkflowCompleted',
  'applicantActionReviewed',
]);

/**
 * A webhook of any type but the verdict ones: the event its `type` names
 * (`applicantActivated`, `videoIdentCompositionCompleted`, ...). A review it carries that is
 * still open (`pending`, `onHold`, ...) is read as well, and decides: a verdict is still to
 * come. A completed review in such a body is the last verdict repeated (a deactivation, a
 * tag change carry it), so it is never read as a new one.
 */
function eventSignal(type: string, body: Readonly<Record<string, unknown>>): OutcomeSignal {
  const review = reviewOf(body);
  if (review === undefined || review.reviewStatus === 'completed')
    return { code: null, event: type };
  return { ...reviewSignal(review), event: type };
}

function reviewOf(rec: Readonly<Record<string, unknown>>): ReviewBody | undefined {
  const fields: Record<string, unknown> = {};
  for (const key of REVIEW_KEYS) if (Object.hasOwn(rec, key)) fields[key] = rec[key];
  const type = typeof fields.type === 'string' ? fields.type : undefined;
  if (fields.reviewStatus === undefined && type !== undefined && VERDICT_TYPES.has(type)) {
    fields.reviewStatus = 'completed';
  }
  const decoded = decodeWith(ReviewBody, fields);
  if (decoded.isOk()) return decoded.value;
  // A malformed reviewResult must not hide the status beside it.
  const status = ownString(fields, 'reviewStatus');
  return status === undefined ? undefined : { reviewStatus: status };
}

/**
 * Reads the verdict of a status answer or an applicant webhook: `reviewStatus`, and for a
 * completed review `reviewResult.reviewAnswer` with `reviewRejectType`. The reject type and
 * the reject labels become tags. An applicant object's nested `review` is read when the body
 * has no `reviewStatus` of its own (https://docs.sumsub.com/reference/get-applicant-data,
 * "review"). Names, documents, comments and ids are never read.
 *
 * @example
 * ```ts
 * readOutcome({
 *   type: 'applicantReviewed',
 *   reviewStatus: 'completed',
 *   reviewResult: { reviewAnswer: 'RED', reviewRejectType: 'RETRY', rejectLabels: ['SCREENSHOTS'] },
 * });
 * // { code: 'RED_RETRY', tags: ['RETRY', 'SCREENSHOTS'] }
 * ```
 */
export function readOutcome(body: unknown): OutcomeSignal | undefined {
  if (!isRecord(body)) return undefined;
  const type = ownString(body, 'type');
  if (type !== undefined && !VERDICT_TYPES.has(type)) return eventSignal(type, body);
  const review = reviewOf(body);
  if (review !== undefined) return reviewSignal(review);
  // The applicant object (`GET /resources/applicants/{id}/one`) keeps its review in `review`.
  const nested = own(body, 'review');
  if (!isRecord(nested)) return undefined;
  const inner = reviewOf(nested);
  return inner === undefined ? undefined : reviewSignal(inner);
}
