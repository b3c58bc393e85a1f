// OpenTelemetry: spans, span events and a failure counter, through @opentelemetry/api (an
// optional peer dependency that only this subpath loads).
export { KYC_ATTRIBUTES, kycAttributes, SEMCONV_ATTRIBUTES } from './otel/attributes.js';
export type { KycFailureCounter } from './otel/counter.js';
export { createKycFailureCounter, KYC_FAILURES_METRIC, MAX_SERIES } from './otel/counter.js';
export type { KycRetryHooks, KycRetryHooksOptions } from './otel/hooks.js';
export { kycRetryHooks } from './otel/hooks.js';
export { RETRY_EVENT, recordKycFailure, recordKycRetry } from './otel/span.js';
export type { TracedRetryOptions } from './otel/traced-retry.js';
export { tracedRetry } from './otel/traced-retry.js';
