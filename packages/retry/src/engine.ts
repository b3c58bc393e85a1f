// `@kyc-errors/retry/engine`: for people who write an adapter for a job or workflow engine
// (BullMQ, Temporal, Inngest, Restate). The decision `retry()` makes, for an engine that keeps
// its own attempt count and clock, and the one message and details every adapter hands its
// engine. Applications call an adapter, not this.
export type {
  EnginePlan,
  EnginePlanBase,
  EnginePlanOptions,
  EngineStopWhy,
} from './engine-plan.js';
export { enginePlan, loopFailureOf } from './engine-plan.js';
export type { RefreshedPlan, RefreshOnceOptions } from './engine-refresh.js';
export { refreshOnce } from './engine-refresh.js';
export { backoffSettings } from './internal/settings.js';
export type { SafeDetails } from './safe-output.js';
export { CHECK_VENDOR_FIRST, safeDetails, safeMessage } from './safe-output.js';
