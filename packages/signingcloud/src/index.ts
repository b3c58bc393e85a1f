export type { SigningCloudCode } from './codes.js';
export { SIGNINGCLOUD_CATALOG } from './codes.js';
export type { SigningCloudResponse } from './payload.js';
export { signingCloud } from './provider.js';
