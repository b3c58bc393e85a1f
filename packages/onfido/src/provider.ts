import { defineProvider } from '@kyc-errors/core/provider-kit';
import { ONFIDO_CATALOG } from './codes.js';
import { ONFIDO_EVENTS } from './events.js';
import { readError, readOutcome } from './read.js';
import { ONFIDO_CODE, ONFIDO_MESSAGES, ONFIDO_SENSITIVE_KEYS, ONFIDO_STATUSES } from './rules.js';
import { ONFIDO_TAGS } from './tags.js';

/**
 * The Onfido provider: API errors (`error.type`, with the field `error.fields` names),
 * check, report and workflow run results and statuses, and webhook events, normalized into
 * `KycError`s, `Outcome`s and `KycEvent`s. A check's `consider` is never an approval; a
 * workflow run's `approved` or `declined` is the decision; `check.completed` carries no result
 * and reads as "fetch the check".
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { onfido } from '@kyc-errors/onfido';
 *
 * const error = normalize(onfido, {
 *   status: 422,
 *   body: { error: { type: 'validation_error', message: 'There was a validation error on this request', fields: { first_name: ["can't be blank"] } } },
 * });
 * error.field; // 'first_name'
 *
 * onfido.webhook({ payload: { resource_type: 'check', action: 'check.completed', object: { id: 'c1', status: 'complete' } } });
 * // ok({ code: 'check.completed', verdict: 'pending', retry: { action: 'check-status' }, … })
 * ```
 */
export const onfido = defineProvider({
  id: 'onfido',
  name: 'Onfido',
  docsUrl: 'https://documentation.onfido.com/api/latest/',
  catalog: ONFIDO_CATALOG,
  codePattern: ONFIDO_CODE,
  read: readError,
  messages: ONFIDO_MESSAGES,
  statuses: ONFIDO_STATUSES,
  sensitiveKeys: ONFIDO_SENSITIVE_KEYS,
  tags: ONFIDO_TAGS,
  readOutcome,
  events: ONFIDO_EVENTS,
});
