import { defineProvider } from '@kyc-errors/core/provider-kit';
import { VERIFF_CATALOG } from './codes.js';
import { VERIFF_EVENTS } from './events.js';
import { readError, readOutcome } from './read.js';
import { VERIFF_CODE, VERIFF_MESSAGES, VERIFF_SENSITIVE_KEYS, VERIFF_STATUSES } from './rules.js';
import { VERIFF_TAGS } from './tags.js';

/**
 * The Veriff provider: Public API errors (`{status: 'fail', code, message}`), the HTTP
 * failures Veriff documents without a code, and the verdicts of decision and event webhooks,
 * normalized into `KycError`s and `Outcome`s.
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { veriff } from '@kyc-errors/veriff';
 *
 * normalize(veriff, {
 *   status: 401,
 *   body: { status: 'fail', code: '1818', message: 'Signature does not match ...' },
 * }).reason; // 'HMAC_MISMATCH_QUERY_ID'
 *
 * const decision = veriff.outcome({
 *   status: 'success',
 *   verification: { code: 9103, status: 'resubmission_requested', reasonCode: 204 },
 * });
 * if (decision.isOk()) decision.value.retry.action; // 'user-action' (same session)
 * ```
 */
export const veriff = defineProvider({
  id: 'veriff',
  name: 'Veriff',
  docsUrl: 'https://devdocs.veriff.com/docs/some-troubleshooting-codes-table',
  catalog: VERIFF_CATALOG,
  codePattern: VERIFF_CODE,
  read: readError,
  readOutcome,
  events: VERIFF_EVENTS,
  messages: VERIFF_MESSAGES,
  statuses: VERIFF_STATUSES,
  sensitiveKeys: VERIFF_SENSITIVE_KEYS,
  tags: VERIFF_TAGS,
  // No `family`: Veriff numbers its API errors in sequence within a range (13xx, 14xx), and a
  // neighbour's meaning says nothing about an undocumented code. No `waitFromHeaders`: Veriff
  // documents no rate-limit headers, so a wait comes only from `Retry-After` (core reads it).
});
