import type { MessageRule } from '@kyc-errors/core/provider-kit';
import type { DropboxSignErrorCode } from './codes.js';

/**
 * The grammar of Dropbox Sign's codes: `error_name`s (`exceeded_rate`), callback
 * `event_type`s (`signature_request_all_signed`) and the request flags we read
 * (`is_complete`) are all lower-case snake case. Anything else in those fields is not kept.
 */
export const DROPBOX_SIGN_CODE = /^[a-z][a-z_]{1,62}$/;

/**
 * Dropbox Sign's documented error texts that mean more than their `error_name`. Every pattern
 * is anchored at `^`, case-insensitive and linear; every `literals` entry appears in any text
 * its pattern matches.
 *
 * @example
 * ```ts
 * DROPBOX_SIGN_MESSAGES[0]?.pattern.test('A paid API plan is required to access this endpoint.'); // true
 * ```
 */
export const DROPBOX_SIGN_MESSAGES: readonly MessageRule<DropboxSignErrorCode>[] = [
  // EX 403 sends the paid-plan refusal under the catch-all `forbidden`; HOME says production
  // requests without a paid plan answer 402, so the text refines `payment_required` too. Both
  // are account problems; the text says which one the owner must fix.
  {
    pattern: /^a paid api plan is required\b/i,
    literals: ['paid api plan'],
    code: 'PAID_API_PLAN_REQUIRED',
    statuses: [402, 403],
    refines: ['forbidden', 'payment_required'],
  },
];

/**
 * What Dropbox Sign means by each documented HTTP status when a body names nothing (a
 * gateway's page, an empty body): the `error_name` the status is documented with (WE, EX).
 * 5xx are left to core's generic rules: `unknown` is "usually" 500 and `maintenance` 503, but
 * a bare 500 or 503 from a proxy says neither.
 */
export const DROPBOX_SIGN_STATUSES = {
  400: 'bad_request',
  401: 'unauthorized',
  402: 'payment_required',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_supported',
  409: 'conflict',
  410: 'deleted',
  422: 'unprocessable_entity',
  429: 'exceeded_rate',
} as const satisfies Readonly<Record<number, DropboxSignErrorCode>>;

/**
 * Keys whose values are personal or secret in Dropbox Sign's bodies, beyond core's list
 * (which already covers every key ending in `name`, `url` or `number`, and every key holding
 * `email`, `phone` or `addr`): what a requester or signer wrote, form values, and the
 * callback's verification hash.
 */
export const DROPBOX_SIGN_SENSITIVE_KEYS = [
  // What the requester wrote on the request.
  'title',
  'original_title',
  'subject',
  'message',
  'metadata',
  // What signers filled in or typed.
  'custom_fields',
  'response_data',
  'attachments',
  'decline_reason',
  'reassignment_reason',
  'reassigned_by',
  'event_message',
  // The callback's HMAC of the API key and event, and the links to the documents.
  'event_hash',
  'final_copy_uri',
] as const;
