export type { BackoffSettings } from './backoff.js';
export {
  afterMsOf,
  backoffDelay,
  DEFAULT_BASE_DELAY_MS,
  DEFAULT_MAX_DELAY_MS,
  DEFAULT_RATE_LIMIT_BASE_DELAY_MS,
  retryDelay,
} from './backoff.js';
export type { MemoryRetryBudget, RetryBudget, RetryBudgetOptions } from './budget.js';
export { createRetryBudget } from './budget.js';
export { CHECK_STATUS_CAUTION, checkStatusFirst } from './check-status.js';
export type {
  CockatielBackoff,
  CockatielBackoffContext,
  CockatielBackoffFactory,
  CockatielOptions,
} from './cockatiel-options.js';
export { cockatielOptions } from './cockatiel-options.js';
export type { Cooldown, CooldownOptions } from './cooldown.js';
export { coolingOf, createCooldown } from './cooldown.js';
export { DEFAULT_MAX_IN_PROCESS_WAIT_MS } from './internal/settings.js';
export type {
  AttemptContext,
  RefreshCredentials,
  RetryEvent,
  RetryOptions,
  RetryPolicyOptions,
} from './options.js';
export type { PRetryAdapterOptions, PRetryContext, PRetryOptions } from './p-retry.js';
export { pRetryOptions } from './p-retry.js';
export type { RateLimit, RateLimitOptions } from './rate-limit.js';
export { checkRateLimit, createRateLimit } from './rate-limit.js';
export type { Operation } from './retry.js';
export { retry, retryResult } from './retry.js';
export type { Sleep } from './sleep.js';
export { sleep } from './sleep.js';
