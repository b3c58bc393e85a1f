// `KycCause`: the `cause` on every error handed to the engine, the shared safe details.
export type { SafeDetails as KycCause } from '@kyc-errors/retry/engine';
export type { InngestGuardOptions } from './inngest-guard.js';
export { inngestGuard } from './inngest-guard.js';
export type { InngestErrorOptions } from './to-inngest-error.js';
export { toInngestError } from './to-inngest-error.js';
