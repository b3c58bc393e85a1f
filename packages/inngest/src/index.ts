export type { InngestGuardOptions } from './inngest-guard.js';
export { inngestGuard } from './inngest-guard.js';
export type { KycCause } from './internal/cause.js';
export type { InngestErrorOptions } from './to-inngest-error.js';
export { toInngestError } from './to-inngest-error.js';
