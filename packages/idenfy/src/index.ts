export {
  IDENFY_CATALOG,
  type IdenfyCode,
  type IdenfyDescriptiveCode,
  type IdenfyEntry,
  type IdenfyIdentifier,
  type IdenfyStatus,
} from './codes.js';
export { IDENFY_EVENTS, type IdenfyEventName } from './events.js';
export type {
  ErrorBody as IdenfyErrorBody,
  StatusResponse as IdenfyStatusResponse,
  WebhookStatus as IdenfyWebhookStatus,
} from './payload.js';
export { idenfy } from './provider.js';
export { IDENFY_MESSAGES, IDENFY_STATUSES, type IdenfyMessageRule } from './rules.js';
export { IDENFY_TAGS, type IdenfyTag } from './tags.js';
