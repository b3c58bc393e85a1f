export * from '@kyc-errors/core';
export * from '@kyc-errors/idenfy';
export * from '@kyc-errors/retry';
export * from '@kyc-errors/signingcloud';
export * from '@kyc-errors/smile-id';
// These shadow core's normalize and normalizeThrown: the same, also taking a provider id.
export type { ProviderId } from './registry.js';
export {
  createDefaultRegistry,
  normalize,
  normalizeThrown,
  providers,
  registry,
} from './registry.js';
