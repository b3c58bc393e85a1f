import { defineProvider } from '@kyc-errors/core/provider-kit';
import { SUMSUB_CATALOG } from './codes.js';
import { SUMSUB_EVENTS } from './events.js';
import { readError, readOutcome } from './read.js';
import { SUMSUB_CODE, SUMSUB_MESSAGES, SUMSUB_SENSITIVE_KEYS, SUMSUB_STATUSES } from './rules.js';
import { SUMSUB_TAGS } from './tags.js';

/**
 * The Sumsub provider: `errorCode`s and the failures Sumsub sends without one, review
 * statuses and answers (RED told apart by `reviewRejectType`), and reject labels, normalized
 * into `KycError`s and `Outcome`s. Sumsub documents no rate-limit headers, so a 429 waits
 * only as long as a `Retry-After` says, when one is sent.
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { sumsub } from '@kyc-errors/sumsub';
 *
 * const error = normalize(sumsub, {
 *   status: 409,
 *   body: { description: 'Duplicate document', code: 409, correlationId: 'req-1', errorCode: 1000, errorName: 'duplicate-document' },
 * });
 * error.reason; // 'DUPLICATE_DOCUMENT'
 *
 * sumsub.outcome({ reviewStatus: 'completed', reviewResult: { reviewAnswer: 'RED', reviewRejectType: 'RETRY' } })
 *   ._unsafeUnwrap().retry.action; // 'user-action'
 * ```
 */
export const sumsub = defineProvider({
  id: 'sumsub',
  name: 'Sumsub',
  docsUrl: 'https://docs.sumsub.com/reference/error-codes-description',
  catalog: SUMSUB_CATALOG,
  codePattern: SUMSUB_CODE,
  read: readError,
  messages: SUMSUB_MESSAGES,
  statuses: SUMSUB_STATUSES,
  sensitiveKeys: SUMSUB_SENSITIVE_KEYS,
  tags: SUMSUB_TAGS,
  readOutcome,
  events: SUMSUB_EVENTS,
});
