export type { SmileIdApiVersion, SmileIdCode } from './codes.js';
export {
  SMILE_ID_CATALOG,
  SMILE_ID_V1_CATALOG,
  SMILE_ID_V3_CATALOG,
  smileIdApiVersion,
} from './codes.js';
export { SMILE_ID_EVENTS, type SmileIdEventName } from './events.js';
export { smileId } from './provider.js';
export { SMILE_ID_ACTION_KEYS, SMILE_ID_ACTION_VALUES, SMILE_ID_TAGS } from './tags.js';
