export type { KycBackoffOptions } from './backoff.js';
export { KYC_BACKOFF, kycBackoffStrategy } from './backoff.js';
export { failureMessage, kycErrorOf } from './failure.js';
export type { KycProcessorOptions, QueueRateLimit, RefreshJobCredentials } from './processor.js';
export { kycProcessor } from './processor.js';
