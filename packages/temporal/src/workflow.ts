// The workflow side: what workflow code may import inside Temporal's workflow sandbox, which
// rejects the activity side's `@temporalio/activity` (it needs Node's AsyncLocalStorage).
// `KycFailureDetails`: the one detail of every ApplicationFailure this package makes.
export type { SafeDetails as KycFailureDetails } from '@kyc-errors/retry/engine';
export { kycDetailsOf } from './details-of.js';
export { kycRetryPolicy, nonRetryableReasons } from './retry-policy.js';
