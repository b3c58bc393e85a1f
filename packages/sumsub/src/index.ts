export {
  SUMSUB_CATALOG,
  SUMSUB_REJECT_LABELS,
  SUMSUB_REVIEW,
  type SumsubCode,
  type SumsubDescriptiveCode,
  type SumsubEntry,
  type SumsubErrorCode,
  type SumsubRejectLabel,
  type SumsubReviewCode,
} from './codes.js';
export { SUMSUB_EVENTS, type SumsubEventName } from './events.js';
export type {
  ErrorBody as SumsubErrorBody,
  ReviewBody as SumsubReviewBody,
  ReviewResult as SumsubReviewResult,
} from './payload.js';
export { sumsub } from './provider.js';
export { SUMSUB_MESSAGES, SUMSUB_STATUSES, type SumsubMessageRule } from './rules.js';
export { SUMSUB_TAGS } from './tags.js';
