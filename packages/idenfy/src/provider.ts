import { defineProvider } from '@kyc-errors/core/provider-kit';
import { IDENFY_CATALOG } from './codes.js';
import { IDENFY_EVENTS } from './events.js';
import { PARAMETER_NAMES, TYPE_NAMES } from './internal/scrub-echoes.js';
import { readError, readOutcome } from './read.js';
import { IDENFY_CODE, IDENFY_MESSAGES, IDENFY_SENSITIVE_KEYS, IDENFY_STATUSES } from './rules.js';
import { IDENFY_TAGS } from './tags.js';

/**
 * The iDenfy provider: error identifiers, the token endpoint's identifier-less errors,
 * field and business-rule errors, and verification statuses, normalized into `KycError`s
 * and `Outcome`s.
 *
 * @example
 * ```ts
 * import { idenfy } from '@kyc-errors/idenfy';
 *
 * const error = normalize(idenfy, {
 *   status: 400,
 *   body: '{"identifier":"BAD_VALUE","message":"Field \'country\' must be a valid ISO 3166-1 alpha-2 code."}',
 * });
 * error.reason; // 'INVALID_COUNTRY'
 * error.field; // 'country'
 *
 * idenfy.outcome({ final: true, status: { overall: 'APPROVED' } }).isOk(); // true
 * ```
 */
export const idenfy = defineProvider({
  id: 'idenfy',
  name: 'iDenfy',
  docsUrl: 'https://documentation.idenfy.com/kyc/id-error-messages',
  catalog: IDENFY_CATALOG,
  codePattern: IDENFY_CODE,
  // Parameter and type names iDenfy's messages name: words a kept message may show.
  vocabulary: [...PARAMETER_NAMES, ...TYPE_NAMES],
  read: readError,
  messages: IDENFY_MESSAGES,
  statuses: IDENFY_STATUSES,
  sensitiveKeys: IDENFY_SENSITIVE_KEYS,
  tags: IDENFY_TAGS,
  readOutcome,
  events: IDENFY_EVENTS,
});
