import type { MessageRule } from '@kyc-errors/core/provider-kit';
import type { SmileIdCode } from './codes.js';

// Statuses whose meaning at Smile ID is narrower than core's generic rule. 401, 403, 404,
// 413, 429 and the other 5xx keep core's meaning, which is already right for Smile ID.
export const SMILE_ID_STATUSES = {
  402: 'INSUFFICIENT_WALLET_BALANCE',
  409: 'JOB_CONFLICT',
  504: 'ENDPOINT_TIMEOUT',
} as const satisfies Record<number, SmileIdCode>;

// The API gateway's timeout message, recognised whatever status it comes with.
export const SMILE_ID_MESSAGES: readonly MessageRule[] = [
  { pattern: /^Endpoint request timed out\.?$/i, code: 'ENDPOINT_TIMEOUT' satisfies SmileIdCode },
];

// Core already hides names, ID and phone numbers, dates of birth, addresses, image links and
// signatures. Smile ID bodies also carry the signed timestamp, the authority's raw record
// (FullData), document images and links to other users who registered the same ID.
export const SMILE_ID_SENSITIVE_KEYS = [
  'timestamp',
  'FullData',
  'Document',
  'PlaceOfBirth',
  'IssuanceDate',
  'UserIDsOfPreviousRegistrants',
] as const;

/** Smile ID codes are up to four digits (`'2205'`, `'0001'`); anything else in a code field is not kept. */
export const SMILE_ID_CODE = /^\d{1,4}$/;

const PREFIXED = /^2[34](\d\d)$/;

/**
 * Smile ID's code families: an undocumented 23xx or 24xx code shares the meaning of the
 * 22xx code with the same last two digits. Consulted only after an exact look-up missed.
 */
export function smileIdFamily(code: string): string | undefined {
  const m = PREFIXED.exec(code);
  return m === null ? undefined : `22${m[1]}`;
}
