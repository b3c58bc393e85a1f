export type { BoundaryOptions, HttpResponse, ResponseInput } from './boundary.js';
export { bodyOrThrow, fromFetch, fromResponse } from './boundary.js';
export type { CatalogEntry } from './catalog.js';
export type { Actor, Category, CategoryInfo } from './category.js';
export { CATEGORIES, CATEGORY_INFO, isCategory } from './category.js';
export type {
  HttpFailure,
  NormalizeOptions,
  Provider,
  RequireReadBody,
  UnreadBody,
} from './contract.js';
export type { KycEvent } from './event.js';
export type { HeaderContainer } from './headers.js';
export { readHeader } from './headers.js';
export type { KycError, MatchedBy } from './kyc-error.js';
export { isKycError } from './kyc-error.js';
export type { FailureDetails, StopReason } from './kyc-failure.js';
export { isKycFailure, KycFailure } from './kyc-failure.js';
export { normalize, normalizeThrown } from './normalize.js';
export type { Outcome, Verdict } from './outcome.js';
export { VERDICT_DEFAULTS, VERDICT_INFO, VERDICTS } from './outcome.js';
export type { Registry } from './registry.js';
export { createRegistry } from './registry.js';
export type { Delivery, RetryAction, RetryAdvice } from './retry-advice.js';
export { CATEGORY_DEFAULTS, RETRY_ACTION_INFO, RETRY_ACTIONS } from './retry-advice.js';
export { MAX_RETRY_AFTER_MS, parseRetryAfter } from './retry-after.js';
