export type { RedisRetryBudget, RedisRetryBudgetOptions } from './budget.js';
export { redisRetryBudget } from './budget.js';
export type { RedisCooldownOptions } from './cooldown.js';
export { redisCooldown } from './cooldown.js';
export type { RedisClient, StoreOptions } from './internal/store.js';
export type { RedisRateLimitOptions } from './rate-limit.js';
export { redisRateLimit } from './rate-limit.js';
