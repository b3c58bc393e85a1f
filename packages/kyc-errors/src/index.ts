// Everything an application needs from every kyc-errors package, re-exported by name: one
// dependency, one import. Nothing is redefined here. Tools for vendor-package authors stay
// on `@kyc-errors/core/provider-kit`.
export type {
  Actor,
  BoundaryOptions,
  CatalogEntry,
  Category,
  CategoryInfo,
  Delivery,
  FailureDetails,
  HeaderContainer,
  HttpFailure,
  HttpResponse,
  KycError,
  MatchedBy,
  NormalizeOptions,
  Outcome,
  Provider,
  Registry,
  ResponseInput,
  RetryAction,
  RetryAdvice,
  StopReason,
  Verdict,
} from '@kyc-errors/core';
export {
  bodyOrThrow,
  CATEGORIES,
  CATEGORY_DEFAULTS,
  CATEGORY_INFO,
  createRegistry,
  fromFetch,
  fromResponse,
  isCategory,
  isKycError,
  isKycFailure,
  KycFailure,
  MAX_RETRY_AFTER_MS,
  normalize,
  normalizeThrown,
  parseRetryAfter,
  RETRY_ACTION_INFO,
  RETRY_ACTIONS,
  readHeader,
  VERDICT_DEFAULTS,
  VERDICT_INFO,
  VERDICTS,
} from '@kyc-errors/core';
export type { AttemptContext, Operation, RetryEvent, RetryOptions } from '@kyc-errors/retry';
export { pRetryOptions, retry, retryResult } from '@kyc-errors/retry';
export type { ProviderId } from './registry.js';
export { createDefaultRegistry } from './registry.js';
// The one `export *`: vendors.ts is generated from vendors.json (scripts/gen-vendors.mjs) and
// itself re-exports each vendor by name, so adding a vendor never edits this file.
export * from './vendors.js';
