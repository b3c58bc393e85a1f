export {
  DROPBOX_SIGN_CATALOG,
  type DropboxSignCode,
  type DropboxSignEntry,
  type DropboxSignErrorCode,
  type DropboxSignVerdictCode,
} from './codes.js';
export { DROPBOX_SIGN_EVENTS, type DropboxSignEventName } from './events.js';
export type {
  CallbackBody as DropboxSignCallbackBody,
  CallbackEvent as DropboxSignCallbackEvent,
  ErrorBody as DropboxSignErrorBody,
  ErrorObject as DropboxSignErrorObject,
  Signature as DropboxSignSignature,
  SignatureRequest as DropboxSignSignatureRequest,
} from './payload.js';
export { dropboxSign, dropboxSignWait } from './provider.js';
export {
  DROPBOX_SIGN_CODE,
  DROPBOX_SIGN_MESSAGES,
  DROPBOX_SIGN_SENSITIVE_KEYS,
  DROPBOX_SIGN_STATUSES,
} from './rules.js';
