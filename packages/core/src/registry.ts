import { err, type Result } from 'neverthrow';
import type { StatusRule } from './http-status.js';
import { buildError, ruleTemplate } from './internal/build.js';
import type { KycError } from './kyc-error.js';
import { normalize, normalizeThrown } from './normalize.js';
import type { Outcome } from './outcome.js';
import type { HttpFailure, NormalizeOptions, Provider } from './provider.js';

/**
 * Providers keyed by id, with the normalizers on top: what an app that calls several
 * vendors holds. Create one with {@link createRegistry}.
 */
export interface Registry {
  /** The registered ids, in registration order. */
  ids(): readonly string[];
  /** The provider with this id. */
  get(id: string): Provider | undefined;
  /** Adds a provider; an id already taken throws unless `replace` is set. Returns the registry. */
  register(provider: Provider, options?: { readonly replace?: boolean }): Registry;
  /** {@link normalize} with the provider named by `id`; an unknown id is an `unknown` error. */
  normalize(id: string, failure: HttpFailure, options?: NormalizeOptions): KycError;
  /** {@link normalizeThrown} with the provider named by `id`. */
  normalizeThrown(id: string, thrown: unknown, options?: NormalizeOptions): KycError;
  /** The provider's outcome reader; an unknown id is an `err`. */
  outcome(id: string, body: unknown): Result<Outcome, KycError>;
}

const UNKNOWN_PROVIDER: StatusRule = {
  category: 'unknown',
  reason: 'UNKNOWN_PROVIDER',
  message: 'No provider with this id is registered.',
  remedy: 'Register the provider, or use one of the registered ids.',
  retry: { retryable: false, action: 'fix-config' },
};

/**
 * Creates a {@link Registry} holding `providers`.
 *
 * @example
 * ```ts
 * const registry = createRegistry([smileId, idenfy]);
 * registry.normalize('idenfy', { status: 429, body: { identifier: 'TOO_MANY_REQUESTS', message: '…' } });
 * ```
 */
export function createRegistry(providers: readonly Provider[] = []): Registry {
  const byId = new Map<string, Provider>();
  const missing = (id: string): KycError =>
    buildError(String(id).slice(0, 64), null, ruleTemplate(UNKNOWN_PROVIDER), 'none', {});
  const registry: Registry = {
    ids: () => [...byId.keys()],
    get: (id) => byId.get(id),
    register(provider, options) {
      if (byId.has(provider.id) && options?.replace !== true) {
        throw new Error(`A provider with id "${provider.id}" is already registered`);
      }
      byId.set(provider.id, provider);
      return registry;
    },
    normalize(id, failure, options) {
      const provider = byId.get(id);
      return provider === undefined ? missing(id) : normalize(provider, failure, options);
    },
    normalizeThrown(id, thrown, options) {
      const provider = byId.get(id);
      return provider === undefined ? missing(id) : normalizeThrown(provider, thrown, options);
    },
    outcome(id, body) {
      const provider = byId.get(id);
      return provider === undefined ? err(missing(id)) : provider.outcome(body);
    },
  };
  for (const provider of providers) registry.register(provider);
  return registry;
}
