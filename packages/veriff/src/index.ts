export { VERIFF_CATALOG, type VeriffCode } from './codes.js';
export { VERIFF_EVENTS, type VeriffEventName } from './events.js';
export type {
  DecisionBody as VeriffDecisionBody,
  DigitStringBrand as VeriffDigitStringBrand,
  ErrorBody as VeriffErrorBody,
  EventBody as VeriffEventBody,
} from './payload.js';
export { veriff } from './provider.js';
export {
  VERIFF_MESSAGES,
  VERIFF_SENSITIVE_KEYS,
  VERIFF_STATUSES,
  type VeriffMessageRule,
} from './rules.js';
export { VERIFF_TAGS, type VeriffReasonCode } from './tags.js';
