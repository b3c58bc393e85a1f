import {
  createRegistry,
  type HttpFailure,
  type KycError,
  type NormalizeOptions,
  normalizeThrown as normalizeThrownWith,
  normalize as normalizeWith,
  type Provider,
  type Registry,
} from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';

/** The ids of the providers this package ships. */
export type ProviderId = 'smile-id' | 'idenfy' | 'signingcloud';

/** The shipped providers by id. */
export const providers = {
  'smile-id': smileId,
  idenfy,
  signingcloud: signingCloud,
} as const;

/**
 * Creates a registry holding every shipped provider; register your own on top.
 * Each call returns a new registry, so registrations never leak between callers.
 *
 * @example
 * ```ts
 * import { createDefaultRegistry } from 'kyc-errors';
 *
 * const registry = createDefaultRegistry();
 * const error = registry.normalize('smile-id', { status: 401, body: { code: '2205', error: '…' } });
 * ```
 */
export function createDefaultRegistry(): Registry {
  return createRegistry(Object.values(providers));
}

/**
 * The process-wide registry that {@link normalize} and {@link normalizeThrown} resolve ids
 * in: the shipped providers, plus whatever you `register` on it.
 *
 * @example
 * ```ts
 * import { registry } from 'kyc-errors';
 * registry.register(myVendor);
 * ```
 */
export const registry: Registry = createDefaultRegistry();

function resolve(provider: Provider | ProviderId | (string & {})): Provider | string {
  return typeof provider === 'string' ? (registry.get(provider) ?? provider) : provider;
}

/**
 * Core's `normalize`, taking a provider or a provider id (`'smile-id'`, `'idenfy'`,
 * `'signingcloud'`, or one registered on {@link registry}). Total: an unknown id is an
 * `unknown` error with reason `UNKNOWN_PROVIDER`.
 *
 * @example
 * ```ts
 * import { normalize } from 'kyc-errors';
 * normalize('idenfy', { status: 429, body: { identifier: 'TOO_MANY_REQUESTS', message: '…' } }).category;
 * // 'rate-limit'
 * ```
 */
export function normalize(
  provider: Provider | ProviderId | (string & {}),
  failure: HttpFailure,
  options?: NormalizeOptions,
): KycError {
  const p = resolve(provider);
  return typeof p === 'string'
    ? registry.normalize(p, failure, options)
    : normalizeWith(p, failure, options);
}

/**
 * Core's `normalizeThrown`, taking a provider or a provider id. Total.
 *
 * @example
 * ```ts
 * import { normalizeThrown } from 'kyc-errors';
 * normalizeThrown('smile-id', new TypeError('fetch failed')).category; // 'retryable'
 * ```
 */
export function normalizeThrown(
  provider: Provider | ProviderId | (string & {}),
  thrown: unknown,
  options?: NormalizeOptions,
): KycError {
  const p = resolve(provider);
  return typeof p === 'string'
    ? registry.normalizeThrown(p, thrown, options)
    : normalizeThrownWith(p, thrown, options);
}
