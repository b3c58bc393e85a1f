// The front door: the safe views every integration writes, for tools this package has no
// subpath for. Each tool lives behind its own subpath (`/otel`, `/pino`, `/sentry`,
// `/problem`), so importing one never loads another's library.
export type { FoundKyc } from './find.js';
export { findKyc, MAX_CAUSE_DEPTH } from './find.js';
export type { SafeKycError, SafeKycErrorOptions } from './safe-error.js';
export { MAX_TEXT, safeKycError } from './safe-error.js';
export type { SafeKycFailure, SafeKycFailureOptions } from './safe-failure.js';
export { safeKycFailure } from './safe-failure.js';
