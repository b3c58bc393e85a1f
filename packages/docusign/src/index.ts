export {
  DOCUSIGN_CATALOG,
  type DocusignCode,
  type DocusignEntry,
  type DocusignEnvelopeStatus,
  type DocusignErrorCode,
} from './codes.js';
export { DOCUSIGN_EVENTS, type DocusignEventName } from './events.js';
export { DOCUSIGN_BURST_WINDOW_MS, DOCUSIGN_HOUR_MS } from './limits.js';
export type {
  ConnectMessage as DocusignConnectMessage,
  Envelope as DocusignEnvelope,
  ErrorDetails as DocusignErrorDetails,
} from './payload.js';
export { docusign, docusignRateLimitWait } from './provider.js';
export {
  DOCUSIGN_MESSAGES,
  DOCUSIGN_REQUEST_ID,
  DOCUSIGN_SENSITIVE_KEYS,
  DOCUSIGN_STATUSES,
  DOCUSIGN_VOCABULARY,
} from './rules.js';
