import type { Provider } from './contract.js';

/**
 * Providers keyed by id: what an app (or the CLI) holds to find a vendor by name. Classify
 * with the provider it returns: `normalize(registry.get('idenfy'), failure)`.
 */
export interface Registry {
  /** The registered ids, in registration order. */
  ids(): readonly string[];
  /** The provider with this id. */
  get(id: string): Provider | undefined;
  /** Adds a provider; an id already taken throws unless `replace` is set. Returns the registry. */
  register(provider: Provider, options?: { readonly replace?: boolean }): Registry;
}

/**
 * Creates a {@link Registry} holding `providers`. Each call makes a new one: there is no
 * process-wide registry to leak registrations between callers.
 *
 * @example
 * ```ts
 * const registry = createRegistry([smileId, idenfy]);
 * const provider = registry.get('idenfy');
 * if (provider) normalize(provider, { status: 429, body: { identifier: 'TOO_MANY_REQUESTS' } });
 * ```
 */
export function createRegistry(providers: readonly Provider[] = []): Registry {
  const byId = new Map<string, Provider>();
  const registry: Registry = {
    ids: () => [...byId.keys()],
    get: (id) => (typeof id === 'string' ? byId.get(id) : undefined),
    register(provider, options) {
      if (byId.has(provider.id) && options?.replace !== true) {
        throw new Error(`A provider with id "${provider.id}" is already registered`);
      }
      byId.set(provider.id, provider);
      return registry;
    },
  };
  for (const provider of providers) registry.register(provider);
  return registry;
}
