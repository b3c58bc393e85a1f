// Statuses whose meaning at Smile ID is narrower than core's generic rule. The others keep
// core's meaning, which is already right for Smile ID when no documented message decides.
export const SMILE_ID_STATUSES = {
  402: 'INSUFFICIENT_WALLET_BALANCE',
  409: 'JOB_CONFLICT',
  // Only /v3/enhanced_kyc/sync documents a 424: the ID authority was unavailable.
  424: 'ID_AUTHORITY_UNAVAILABLE_SYNC',
  504: 'ENDPOINT_TIMEOUT',
} as const;

export { SMILE_ID_MESSAGES } from './messages.js';

// Core already hides names, ID and phone numbers, dates of birth, addresses, image links and
// signatures. Smile ID bodies also carry the signed timestamp, the authority's raw record
// (FullData), document images, links to other users who registered the same ID, and in v3
// the screened people, what the user typed in, device signals and a receipt link with a token.
export const SMILE_ID_SENSITIVE_KEYS = [
  'timestamp',
  'FullData',
  'Document',
  'PlaceOfBirth',
  'IssuanceDate',
  'UserIDsOfPreviousRegistrants',
  'people',
  'user_provided_info',
  'user_details',
  'device_signals',
  'kyc_receipt',
  'additional_documents',
] as const;

/**
 * The grammar of a Smile ID code: a v1 code of up to four digits (`'2205'`, `'0001'`), or a
 * v3 result `status` or `reason` (`'attention'`, `'spoof_detected'`): a one-word status from
 * the documented set, or lower-case words joined by underscores. Anything else in a code
 * field is not kept.
 */
export const SMILE_ID_CODE =
  /^(?:\d{1,4}|accepted|processing|clear|attention|block|error|[a-z]{1,24}(?:_[a-z]{1,24}){1,5})$/;

const PREFIXED = /^2[34](\d\d)$/;

/**
 * Smile ID's code families: an undocumented 23xx or 24xx code shares the meaning of the
 * 22xx code with the same last two digits. Consulted only after an exact look-up missed.
 */
export function smileIdFamily(code: string): string | undefined {
  const m = PREFIXED.exec(code);
  return m === null ? undefined : `22${m[1]}`;
}
