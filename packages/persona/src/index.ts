export {
  PERSONA_CATALOG,
  type PersonaCheck,
  type PersonaCode,
  type PersonaEntry,
  type PersonaErrorKey,
  type PersonaEvent,
  type PersonaInquiryStatus,
  type PersonaVerificationStatus,
} from './codes.js';
export { PERSONA_EVENTS, type PersonaEventName } from './events.js';
export { PERSONA_MESSAGES, type PersonaMessageRule } from './messages.js';
export type {
  Check as PersonaCheckResult,
  ErrorBody as PersonaErrorBody,
  ErrorObject as PersonaErrorObject,
  Resource as PersonaResource,
  WebhookEvent as PersonaWebhookEvent,
} from './payload.js';
export { persona, rateLimitWait } from './provider.js';
export { PERSONA_SENSITIVE_KEYS, PERSONA_STATUSES } from './rules.js';
export { PERSONA_TAGS, type PersonaTag } from './tags.js';
