import type { MessageRule } from '@kyc-errors/core/provider-kit';
import type { OnfidoErrorType } from './codes.js';

/**
 * The grammar of an Onfido `error.type`: lower-case words joined by underscores
 * (`validation_error`). A `type` outside it is not read as a code: whatever sits there may
 * be anything the body held.
 */
export const ONFIDO_ERROR_TYPE = /^[a-z][a-z0-9_]{0,63}$/;

/**
 * The grammar of every code `onfido` reports: an error type, a namespaced status or result
 * (`check:consider`, `workflow_run:approved`) or a webhook event (`check.completed`). A status
 * from a body that does not fit is dropped (`code: null`).
 */
export const ONFIDO_CODE = /^[a-z][a-z0-9_]{0,47}(?:[.:][a-z][a-z0-9_]{0,47})?$/;

/**
 * Onfido's documented error messages, for a body whose `type` is missing or unreadable. Both
 * texts are Onfido's own (README "Sources": onfido-node's error fixture; the validation
 * bodies of Onfido's SDK issues and its Python tests), each scoped to the status it comes
 * with. Anchored at `^`, case-insensitive, linear; every `literals` entry appears in any
 * text its pattern matches.
 *
 * @example
 * ```ts
 * ONFIDO_MESSAGES.find((r) => r.pattern.test('There was a validation error on this request'))?.code;
 * // 'validation_error'
 * ```
 */
export const ONFIDO_MESSAGES: readonly MessageRule<OnfidoErrorType>[] = [
  {
    pattern: /^the request could not be understood by the server\b/i,
    literals: ['could not be understood'],
    code: 'bad_request',
    statuses: [400],
  },
  {
    pattern: /^there was a validation error on this request\b/i,
    literals: ['validation error'],
    code: 'validation_error',
    statuses: [422],
  },
];

/**
 * Onfido's meaning of a bare HTTP status, for a body without a readable `error.type` (a
 * gateway's HTML page, an empty body). Only the statuses a source ties to a type:
 * 400 (OAS "Invalid request body"; onfido-node's `bad_request` fixture), 404 (OAS "not
 * found"), 422 (an Onfido engineer's "422 ApiError::ValidationError"; onfido-python's
 * fixtures). 429: doubt: no source prints the status beside `rate_limit`; 429 is the HTTP
 * status for throttling, and `rate_limit` is Onfido's only throttling type. Every other
 * status is left to core's HTTP table.
 */
export const ONFIDO_STATUSES = {
  400: 'bad_request',
  404: 'resource_not_found',
  422: 'validation_error',
  429: 'rate_limit',
} as const;

/**
 * Keys whose values are personal data or links in Onfido bodies (OAS applicant, address,
 * location, document, report and workflow run schemas). Core compares keys without case or
 * separators and already catches `*name`, `*number`, `*url`, `*token`, `dob`, `gender`,
 * `address*`, `email*`, `phone*`, `*birth*` and `date_of_expiry`; these are the rest.
 */
export const ONFIDO_SENSITIVE_KEYS = [
  // Applicant and document data.
  'id_numbers',
  'document_numbers',
  'nationality',
  'issuing_country',
  'country_of_residence',
  'location',
  'ip_address',
  'customer_user_id',
  // Everything a report extracted from a document or a database.
  'properties',
  // A workflow run's data: what your system sent in, what its tasks produced, its tags.
  'custom_data',
  'input',
  'output',
  'tags',
  // Links to objects and files, and Onfido's free-text validation details (a sentence
  // naming the applicant's id in some answers).
  'href',
  'download_href',
  'results_uri',
  'form_uri',
  'redirect_uri',
  'fields',
] as const;
