import { createRegistry, type Registry } from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import { persona } from '@kyc-errors/persona';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { sumsub } from '@kyc-errors/sumsub';
import { veriff } from '@kyc-errors/veriff';

/** The ids of the providers this package ships. */
export type ProviderId = keyof typeof providers;

/** The shipped providers by id. */
export const providers = {
  'smile-id': smileId,
  idenfy,
  signingcloud: signingCloud,
  sumsub,
  veriff,
  persona,
} as const;

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
