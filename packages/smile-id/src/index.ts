export type { SmileIdApiVersion, SmileIdCode } from './codes.js';
export {
  SMILE_ID_CATALOG,
  SMILE_ID_V1_CATALOG,
  SMILE_ID_V3_CATALOG,
  smileIdApiVersion,
} from './codes.js';
export { smileId } from './provider.js';
