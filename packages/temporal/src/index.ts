// The activity side. Workflow code imports `@kyc-errors/temporal/workflow` instead.
export type { KycActivityOptions, RefreshActivityCredentials } from './activity.js';
export { kycActivity } from './activity.js';
export type { KycFailureDetails } from './details.js';
export type { ToFailureOptions } from './failure.js';
export { toApplicationFailure } from './failure.js';
