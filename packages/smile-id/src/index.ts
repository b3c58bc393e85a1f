export type { SmileIdCode } from './codes.js';
export { SMILE_ID_CATALOG } from './codes.js';
export { smileId } from './provider.js';
