export {
  STRIPE_IDENTITY_CATALOG,
  type StripeIdentityCode,
  type StripeIdentityEntry,
  type StripeIdentityErrorCode,
  type StripeIdentityLastErrorCode,
  type StripeIdentitySessionStatus,
} from './codes.js';
export type {
  ErrorBody as StripeIdentityErrorBody,
  ErrorObject as StripeIdentityErrorObject,
  ReportCheck as StripeIdentityReportCheck,
  StripeEvent as StripeIdentityWebhookEvent,
  VerificationSession as StripeIdentityVerificationSession,
} from './payload.js';
export { stripeIdentity } from './provider.js';
export {
  STRIPE_IDENTITY_MESSAGES,
  STRIPE_IDENTITY_SENSITIVE_KEYS,
  STRIPE_IDENTITY_STATUSES,
  STRIPE_IDENTITY_VOCABULARY,
  shouldRetry,
} from './rules.js';
export { STRIPE_IDENTITY_TAGS, type StripeIdentityTag } from './tags.js';
