export { parseBody, textOf } from './body.js';
export type {
  CatalogEntry,
  EntryKind,
  EntrySpec,
  EntrySpecBase,
  ErrorEntry,
  ErrorEntrySpec,
  OutcomeEntry,
  OutcomeEntrySpec,
  Resolved,
  SuccessEntry,
  SuccessEntrySpec,
} from './catalog.js';
export { failureCategory } from './catalog.js';
export type { Actor, Category, CategoryInfo } from './category.js';
export { CATEGORIES, CATEGORY_INFO, isCategory } from './category.js';
export { decodeWith } from './decode.js';
export type { HeaderContainer } from './headers.js';
export { readHeader } from './headers.js';
export type { StatusRule } from './http-status.js';
export { HTTP_STATUS_RULES, statusRule, UNRECOGNIZED_RULE } from './http-status.js';
export type { KycError, MatchedBy } from './kyc-error.js';
export { isKycError } from './kyc-error.js';
export type { FailureDetails, StopReason } from './kyc-failure.js';
export { isKycFailure, KycFailure } from './kyc-failure.js';
export { NETWORK_RULES } from './network.js';
export { normalize, normalizeThrown } from './normalize.js';
export type { Outcome, Verdict } from './outcome.js';
export { VERDICT_DEFAULTS, VERDICT_INFO, VERDICTS } from './outcome.js';
export type {
  CodeOf,
  HttpFailure,
  MessageRule,
  NormalizeOptions,
  OutcomeSignal,
  Provider,
  ProviderDefinition,
  VendorSignal,
} from './provider.js';
export { defineProvider } from './provider.js';
export type { SensitiveKeys } from './redact.js';
export {
  collectSecrets,
  isSensitiveKey,
  REDACTED,
  redact,
  scrubText,
  sensitiveKeys,
} from './redact.js';
export type { Registry } from './registry.js';
export { createRegistry } from './registry.js';
export type { FetchLike, HttpResponse } from './result.js';
export { fromFetch, fromResponse, normalizeResponse } from './result.js';
export type { CategoryDefaults, Delivery, RetryAction, RetryAdvice } from './retry-advice.js';
export { adviceFor, CATEGORY_DEFAULTS, RETRY_ACTION_INFO, RETRY_ACTIONS } from './retry-advice.js';
export { MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after.js';
