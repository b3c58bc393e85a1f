export type { KycCause } from './internal/cause.js';
export type { RestateGuardOptions } from './restate-guard.js';
export { restateGuard } from './restate-guard.js';
export type { RestateErrorOptions } from './to-restate-error.js';
export { toRestateError } from './to-restate-error.js';
