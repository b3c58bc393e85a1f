import { createRegistry, type Registry } from '@kyc-errors/core';
import { providers } from './vendors.js';

/** The ids of the providers this package ships. */
export type ProviderId = keyof typeof providers;

/**
 * Creates a registry holding every shipped provider; register your own on top. Each call
 * returns a new registry: there is no process-wide one, so registrations never leak
 * between callers.
 *
 * @example
 * ```ts
 * import { createDefaultRegistry, normalize } from 'kyc-errors';
 *
 * const registry = createDefaultRegistry();
 * const provider = registry.get('smile-id');
 * if (provider) normalize(provider, { status: 401, body: { code: '2205', error: '…' } });
 * ```
 */
export function createDefaultRegistry(): Registry {
  return createRegistry(Object.values(providers));
}
