import { defineProvider, type MessageRule } from '@kyc-errors/core';
import { readSmileId, readSmileIdOutcome, smileIdFamily } from './classify.js';
import { SMILE_ID_CATALOG, type SmileIdCode } from './codes.js';

// Statuses whose meaning at Smile ID is narrower than core's generic rule. 401, 403, 404,
// 413, 429 and the other 5xx keep core's meaning, which is already right for Smile ID.
const STATUSES = {
  402: 'INSUFFICIENT_WALLET_BALANCE',
  409: 'JOB_CONFLICT',
  504: 'ENDPOINT_TIMEOUT',
} as const satisfies Record<number, SmileIdCode>;

// The API gateway's timeout message, recognised whatever status it comes with.
const MESSAGES: readonly MessageRule[] = [
  { pattern: /^Endpoint request timed out\.?$/i, code: 'ENDPOINT_TIMEOUT' satisfies SmileIdCode },
];

// Core already hides names, ID and phone numbers, dates of birth, addresses, image links and
// signatures. Smile ID bodies also carry the signed timestamp, the authority's raw record
// (FullData), document images and links to other users who registered the same ID.
const SENSITIVE_KEYS = [
  'timestamp',
  'FullData',
  'Document',
  'PlaceOfBirth',
  'IssuanceDate',
  'UserIDsOfPreviousRegistrants',
] as const;

/**
 * The Smile ID provider: its catalog, the readers of its v1, v3, gateway, job_status and
 * callback bodies, and the 22xx/23xx/24xx family rule.
 *
 * @example
 * ```ts
 * import { smileId } from '@kyc-errors/smile-id';
 *
 * const error = smileId.normalize({
 *   status: 400,
 *   body: '{"code":"2215","error":"Job already exists for job_id"}',
 * });
 * error.retry.action; // 'check-status'
 * ```
 */
export const smileId = defineProvider({
  id: 'smile-id',
  name: 'Smile ID',
  docsUrl: 'https://docs.usesmileid.com',
  catalog: SMILE_ID_CATALOG,
  read: readSmileId,
  readOutcome: readSmileIdOutcome,
  family: smileIdFamily,
  messages: MESSAGES,
  statuses: STATUSES,
  sensitiveKeys: SENSITIVE_KEYS,
});
