// The workflow side: what workflow code may import inside Temporal's workflow sandbox, which
// rejects the activity side's `@temporalio/activity` (it needs Node's AsyncLocalStorage).
export type { KycFailureDetails } from './details.js';
export { kycDetailsOf } from './details-of.js';
export { kycRetryPolicy, nonRetryableReasons } from './retry-policy.js';
