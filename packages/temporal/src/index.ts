// The activity side. Workflow code imports `@kyc-errors/temporal/workflow` instead.
// `KycFailureDetails`: the one detail of every ApplicationFailure this package makes.
export type { SafeDetails as KycFailureDetails } from '@kyc-errors/retry/engine';
export type { KycActivityOptions, RefreshActivityCredentials } from './activity.js';
export { kycActivity } from './activity.js';
export type { ToFailureOptions } from './failure.js';
export { toApplicationFailure } from './failure.js';
