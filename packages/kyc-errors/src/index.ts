export * from '@kyc-errors/core';
export * from '@kyc-errors/idenfy';
export * from '@kyc-errors/retry';
export * from '@kyc-errors/signingcloud';
export * from '@kyc-errors/smile-id';
export type { ProviderId } from './registry.js';
export { createDefaultRegistry, providers } from './registry.js';
