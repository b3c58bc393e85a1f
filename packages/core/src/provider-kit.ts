/**
 * `@kyc-errors/core/provider-kit`: what an author of a vendor package or of an HTTP-client
 * or retry adapter needs, and an application does not. Applications import from
 * `@kyc-errors/core`.
 *
 * @packageDocumentation
 */
export { MAX_JSON_BODY, parseBody, textOf } from './body.js';
export { caughtError } from './boundary.js';
export type {
  CatalogEntry,
  EntryKind,
  EntrySpec,
  EntrySpecBase,
  ErrorEntry,
  ErrorEntrySpec,
  OutcomeEntry,
  OutcomeEntrySpec,
  Resolved,
  SuccessEntry,
  SuccessEntrySpec,
} from './catalog.js';
export { boundedArray, MAX_ITEMS } from './codecs.js';
export type {
  CodeOf,
  FailureCodeOf,
  HttpFailure,
  MessageRule,
  NormalizeOptions,
  OutcomeSignal,
  Provider,
  ProviderDefinition,
  VendorSignal,
} from './contract.js';
export { decodeWith } from './decode.js';
export { defineProvider } from './define.js';
export type { EventSpec, KycEvent } from './event.js';
export type { StatusRule } from './http-status.js';
export type { Words } from './keep-words.js';
export type { BoundedMemo } from './memo.js';
export { boundedMemo } from './memo.js';
export {
  codeByText,
  codesWhere,
  collectTags,
  decodeFields,
  firstText,
  isRecord,
  MAX_SCAN,
  MAX_TAGS,
  own,
  ownFields,
  ownString,
  stringCode,
} from './reader-kit.js';
export type { Allowed } from './redact.js';
export { redact } from './redact.js';
export { scrubText } from './scrub.js';
export { collectSecrets, EVERY_WORD, MAX_SECRET_VALUES } from './secrets.js';
export type { SensitiveKeys } from './sensitive-keys.js';
export { isSensitiveKey, REDACTED, sensitiveKeys } from './sensitive-keys.js';
export { ruleError } from './templates.js';
