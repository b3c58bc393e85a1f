// Sentry: one issue per kind of vendor failure, a level per category, expected outcomes
// dropped on request. Imports nothing of Sentry: the processor is typed by the parts of an
// event it touches, which every Sentry SDK's event fits.
export type { SentryLevel } from './sentry/levels.js';
export { EXPECTED_CATEGORIES, SENTRY_LEVELS } from './sentry/levels.js';
export type {
  KycEventProcessor,
  KycSentryOptions,
  SentryEventLike,
  SentryHintLike,
} from './sentry/processor.js';
export { kycEventProcessor } from './sentry/processor.js';
