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
export type { IdenfyCode } from '@kyc-errors/idenfy';
export { IDENFY_CATALOG, idenfy } from '@kyc-errors/idenfy';
export type { PersonaCode } from '@kyc-errors/persona';
export { PERSONA_CATALOG, persona } from '@kyc-errors/persona';
export type { AttemptContext, Operation, RetryEvent, RetryOptions } from '@kyc-errors/retry';
export { pRetryOptions, retry, retryResult } from '@kyc-errors/retry';
export type { SigningCloudCode } from '@kyc-errors/signingcloud';
export { SIGNINGCLOUD_CATALOG, signingCloud } from '@kyc-errors/signingcloud';
export type { SmileIdCode } from '@kyc-errors/smile-id';
export { SMILE_ID_CATALOG, smileId } from '@kyc-errors/smile-id';
export type { SumsubCode } from '@kyc-errors/sumsub';
export { SUMSUB_CATALOG, sumsub } from '@kyc-errors/sumsub';
export type { VeriffCode } from '@kyc-errors/veriff';
export { VERIFF_CATALOG, veriff } from '@kyc-errors/veriff';
export type { ProviderId } from './registry.js';
export { createDefaultRegistry, providers } from './registry.js';
