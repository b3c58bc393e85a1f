export {
  ONFIDO_CATALOG,
  type OnfidoCode,
  type OnfidoEntry,
  type OnfidoErrorType,
  type OnfidoResultCode,
} from './codes.js';
export { ONFIDO_EVENTS, type OnfidoEvent } from './events.js';
export type {
  Breakdown as OnfidoBreakdown,
  ErrorObject as OnfidoErrorObject,
  Resource as OnfidoResource,
  WebhookPayload as OnfidoWebhookPayload,
} from './payload.js';
export { onfido } from './provider.js';
export {
  ONFIDO_CODE,
  ONFIDO_ERROR_TYPE,
  ONFIDO_MESSAGES,
  ONFIDO_SENSITIVE_KEYS,
  ONFIDO_STATUSES,
} from './rules.js';
export { ONFIDO_BREAKDOWNS, ONFIDO_TAGS, type OnfidoTag } from './tags.js';
