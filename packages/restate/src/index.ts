// `KycCause`: the `cause` on every error handed to the engine, the shared safe details.
export type { SafeDetails as KycCause } from '@kyc-errors/retry/engine';
export type { RestateGuardOptions } from './restate-guard.js';
export { restateGuard } from './restate-guard.js';
export type { RestateErrorOptions } from './to-restate-error.js';
export { toRestateError } from './to-restate-error.js';
