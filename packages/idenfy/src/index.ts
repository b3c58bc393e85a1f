export { IDENFY_MESSAGES, IDENFY_STATUSES, type IdenfyMessageRule } from './classify.js';
export {
  IDENFY_CATALOG,
  type IdenfyCode,
  type IdenfyDescriptiveCode,
  type IdenfyEntry,
  type IdenfyIdentifier,
  type IdenfyStatus,
} from './codes.js';
export type {
  ErrorBody as IdenfyErrorBody,
  StatusResponse as IdenfyStatusResponse,
  WebhookBody as IdenfyWebhookBody,
  WebhookStatus as IdenfyWebhookStatus,
} from './payload.js';
export { idenfy } from './provider.js';
