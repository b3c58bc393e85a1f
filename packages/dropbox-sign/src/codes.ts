import type { EntrySpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Dropbox Sign (formerly HelloSign) failure and signature-request outcome we could
 * source, as data.
 *
 * - API errors, keyed by `error.error_name` exactly as Dropbox Sign sends it in
 *   `{"error": {"error_msg", "error_name", "error_path"}}`. One name has two meanings
 *   (`forbidden`: a missing permission, or a paid plan the endpoint needs); the paid-plan
 *   meaning has its own descriptive key, `PAID_API_PLAN_REQUIRED` (`native: false`), which a
 *   message rule reaches from the text.
 * - Callback events that report a failure of the request after the call returned
 *   (`signature_request_invalid`, `file_error`, `unknown_error`; `template_error` is both an
 *   error name and an event), keyed by `event.event_type`: a callback body carrying one reads
 *   as the request error it reports.
 * - Callback verdicts, keyed by `event.event_type`: all signed, declined, canceled, expired.
 * - Signature-request verdicts read from `GET /signature_request/{id}`: the flags
 *   `is_complete`, `is_declined`, `has_error`, and a signer's `status_code` of `expired`.
 *
 * How e-signature outcomes land in the shared verdicts (docs/taxonomy.md, "E-signature
 * outcomes"): every signer signed is `approved`; a declined, canceled or expired request is
 * `rejected` and final (nothing can be signed on it any more: a new request is the only way
 * on); an error on the request is `rejected`, not final, for a person to look at; a request
 * still out for signature is `pending`. One signer signing is an event, never a verdict.
 *
 * Short source names used in the comments (README "Sources" gives each in full):
 * WE = hellosign/hellosign-openapi @ f9309b7668ccd92d1575aa051ce41d61fd1528c8,
 *   markdown/sidebar-sections/warnings-and-errors-ref-docs.md, "Error names" table;
 * EX = hellosign/hellosign-openapi @ ad21451f222d4f21245d992b4e959f8d5100e3f9,
 *   examples/json/Error<status>Response.json (the examples openapi.yaml attaches to 4XX);
 * OAS = the same commit, openapi.yaml; RL = https://help.dropbox.com/integrations/api-requests-that-count-against-limit;
 * SIGNED = https://help.dropbox.com/integrations/the-difference-between-signature-request-signed-and-all-signed-callback-events;
 * EXP = https://developers.hellosign.com/docs/signature-request/expiration ("Signature Status");
 * HOME = https://developers.hellosign.com/ ("How we charge").
 *
 * Messages and remedies are ours; `vendorText` is Dropbox Sign's own wording.
 *
 * @example
 * ```ts
 * DROPBOX_SIGN_CATALOG.find((e) => e.code === 'signature_request_all_signed')?.final; // true
 * ```
 */
export const DROPBOX_SIGN_CATALOG = [
  // =========================================================================================
  // API errors: `error.error_name`. WE gives each name its status; EX gives the example text.
  // =========================================================================================

  // ---- 400 --------------------------------------------------------------------------------
  // source: WE row bad_request (400); EX 400 (error_path cc_email_addresses[0])
  {
    code: 'bad_request',
    kind: 'error',
    category: 'validation',
    reason: 'MALFORMED_REQUEST',
    httpStatus: 400,
    vendorText: 'This value should not be blank',
    message: 'Dropbox Sign could not use the request: a parameter is missing, empty or malformed.',
    remedy:
      'Read error_path for the parameter at fault (such as cc_email_addresses[0]), correct it and send the request again.',
  },
  // source: WE row invalid_recipient (400)
  {
    code: 'invalid_recipient',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_RECIPIENT',
    httpStatus: 400,
    message: 'A recipient e-mail address in the request is not a usable address.',
    remedy:
      'Check the signer and CC addresses the request names, correct the wrong one and resend.',
  },
  // source: WE row signature_request_cancel_failed (400)
  // User-state with check-status, not validation: the usual cause is a request that is already
  // fully signed (or was sent by someone else), which a look at the request settles.
  {
    code: 'signature_request_cancel_failed',
    kind: 'error',
    category: 'user-state',
    reason: 'CANCEL_NOT_ALLOWED',
    httpStatus: 400,
    message:
      'The signature request could not be canceled: it is complete already, or this account did not send it.',
    remedy:
      'Fetch the signature request: if it is complete there is nothing to cancel; otherwise cancel it with the account or app that sent it.',
    retry: { action: 'check-status' },
  },
  // source: WE row signature_request_remove_failed (400)
  {
    code: 'signature_request_remove_failed',
    kind: 'error',
    category: 'user-state',
    reason: 'REMOVE_NOT_ALLOWED',
    httpStatus: 400,
    message:
      'Access to the signature request could not be removed: it is not complete yet, or this account is no party to it.',
    remedy:
      'Remove access only once every signer has signed, with an account that is a party to the request; cancel an incomplete request instead.',
  },

  // ---- 401 --------------------------------------------------------------------------------
  // source: WE row unauthorized (401); EX 401
  {
    code: 'unauthorized',
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_CREDENTIALS',
    httpStatus: 401,
    vendorText: 'Unauthorized user. No credentials supplied.',
    message:
      'Dropbox Sign did not accept the credentials: none were sent, or the key or token is wrong.',
    remedy:
      'Send the API key as the Basic auth user name (empty password), or a valid OAuth bearer token for the app.',
  },

  // ---- 402 --------------------------------------------------------------------------------
  // source: WE row payment_required (402); EX 402; HOME (production requests without a paid
  // API plan answer 402)
  {
    code: 'payment_required',
    kind: 'error',
    category: 'account',
    reason: 'PAYMENT_REQUIRED',
    httpStatus: 402,
    vendorText: 'You must upgrade to make additional requests.',
    message:
      'The account has no paid API plan, or no quota left on it, for this request (production requests need a paid plan).',
    remedy:
      'Have the account owner upgrade the API plan or its quota; to test without a plan, send with test_mode set.',
  },

  // ---- 403 --------------------------------------------------------------------------------
  // source: WE row forbidden (403)
  // Account, as Persona's Forbidden: the caller is known, and this account (or app) may not
  // touch the resource. The paid-plan text has its own entry below.
  {
    code: 'forbidden',
    kind: 'error',
    category: 'account',
    reason: 'PERMISSION_DENIED',
    httpStatus: 403,
    message:
      'The account or app may not do this here: most often the resource belongs to another account.',
    remedy:
      'Check that the id belongs to the account whose key (or OAuth grant) is used, and that the grant has the scope the endpoint needs.',
  },
  // source: EX 403 (error_name forbidden). Reached by a message rule refining `forbidden`.
  {
    code: 'PAID_API_PLAN_REQUIRED',
    native: false,
    kind: 'error',
    category: 'account',
    reason: 'PAID_API_PLAN_REQUIRED',
    httpStatus: 403,
    vendorText: 'A paid API plan is required to access this endpoint.',
    message: 'The endpoint is only open to accounts on a paid API plan.',
    remedy:
      'Have the account owner subscribe to an API plan that includes the endpoint, or call it with test_mode set while testing.',
  },
  // source: WE row team_invite_failed (403)
  {
    code: 'team_invite_failed',
    kind: 'error',
    category: 'user-state',
    reason: 'TEAM_INVITE_FAILED',
    httpStatus: 403,
    message:
      'The user could not be invited to the team, usually because they belong to another team.',
    remedy: 'Ask the user to leave their current team first, or invite a different address.',
  },

  // ---- 404, 405, 409, 410, 422 ------------------------------------------------------------
  // source: WE row not_found (404); EX 404
  {
    code: 'not_found',
    kind: 'error',
    category: 'validation',
    reason: 'RESOURCE_NOT_FOUND',
    httpStatus: 404,
    vendorText: 'Not found.',
    message: 'Nothing exists at that path or with that id for this account.',
    remedy:
      'Check the id (signature request, template, team) and that the key is for the account that owns it.',
  },
  // source: WE row method_not_supported (405)
  {
    code: 'method_not_supported',
    kind: 'error',
    category: 'validation',
    reason: 'METHOD_NOT_ALLOWED',
    httpStatus: 405,
    message: 'The endpoint does not take the HTTP method the request used.',
    remedy: 'Call the endpoint with the method its reference gives (most writes are POST).',
  },
  // source: WE row conflict (409); EX 409
  // User-state with check-status: an identical request is still running, so a resend either
  // duplicates it or hits this again; look at the first one's result instead.
  {
    code: 'conflict',
    kind: 'error',
    category: 'user-state',
    reason: 'DUPLICATE_REQUEST_IN_PROGRESS',
    httpStatus: 409,
    vendorText: 'An identical request is already being processed.',
    message: 'The same request is still being processed, so this one was refused.',
    remedy:
      'Wait for the first request to finish and use its result; look the object up before sending anything new.',
    retry: { action: 'check-status' },
  },
  // source: WE row deleted (410); EX 410; OAS paths./signature_request/cancel/{id}.post
  // (after a cancel, the request answers 410)
  // Final: the object is gone (canceled or deleted) and no retry or change brings it back.
  {
    code: 'deleted',
    kind: 'error',
    category: 'user-state',
    reason: 'RESOURCE_DELETED',
    httpStatus: 410,
    vendorText: 'This resource has been deleted.',
    message:
      'The signature request (or other object) was canceled or deleted; it answers 410 from now on.',
    remedy:
      'Treat the object as gone: mark it canceled on your side, and send a new signature request if a signature is still needed.',
    retry: { action: 'none' },
  },
  // source: OAS components.examples.Error422Response (added in #80); EX 422. Not in WE.
  {
    code: 'unprocessable_entity',
    kind: 'error',
    category: 'validation',
    reason: 'UNPROCESSABLE_REQUEST',
    httpStatus: 422,
    vendorText: 'This entity is unprocessable.',
    message: 'The request was well formed, but Dropbox Sign cannot act on what it asks for.',
    remedy: 'Read error_msg for what is refused, change the request and send it again.',
  },

  // ---- 429 (403 in WE) --------------------------------------------------------------------
  // source: EX 429 (status 429); WE row exceeded_rate gives 403, the status of the older API:
  // the name decides, whichever status it comes with. RL: limits are per minute and per
  // account (100 standard, 25 on high-tier endpoints, 10 in test mode); the wait is read from
  // X-Ratelimit-Reset, a Unix time (OAS components.headers), by `dropboxSignWait`.
  {
    code: 'exceeded_rate',
    kind: 'error',
    category: 'rate-limit',
    reason: 'RATE_LIMITED',
    httpStatus: 429,
    vendorText: 'Too many requests.',
    message:
      'The account went over its per-minute request limit (100 a minute, 25 on high-tier endpoints such as sending, 10 in test mode).',
    remedy:
      'Wait until X-Ratelimit-Reset (a Unix time), then send less: the limit is shared by every app of the account, and callbacks save polling.',
  },

  // ---- 5xx --------------------------------------------------------------------------------
  // source: WE row unknown ("Varied, usually 500")
  {
    code: 'unknown',
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_INTERNAL_ERROR',
    httpStatus: 500,
    message: 'Dropbox Sign failed with an error it could not name.',
    remedy:
      'Retry with backoff; before resending a send or create call, list recent signature requests to see whether the first one went out.',
  },
  // source: WE row maintenance (503)
  {
    code: 'maintenance',
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_MAINTENANCE',
    httpStatus: 503,
    message: 'Dropbox Sign is down for site maintenance.',
    remedy:
      'Retry later with backoff; check the Dropbox Sign status page for the maintenance window.',
  },

  // ---- no status in WE ("N/A"): errors of processing, some also sent as callbacks ----------
  // source: WE row signature_request_invalid; OAS EventCallbackRequestEvent.event_type enum
  {
    code: 'signature_request_invalid',
    kind: 'error',
    category: 'validation',
    reason: 'SIGNATURE_REQUEST_INVALID',
    message:
      'Dropbox Sign found an error in the signature request parameters while processing it, after the call returned.',
    remedy:
      'Check the files, signers and form fields of the request (text tags, field positions), fix them and send a new request.',
  },
  // source: WE row template_error; OAS event_type enum
  {
    code: 'template_error',
    kind: 'error',
    category: 'validation',
    reason: 'TEMPLATE_ERROR',
    message: 'The template could not be created.',
    remedy: 'Check the files and fields of the template draft, then create it again.',
  },
  // source: WE row invalid_reminder
  {
    code: 'invalid_reminder',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_REMINDER',
    message:
      'The reminder was refused, usually because the request is embedded (reminders are for e-mailed requests).',
    remedy:
      'Do not send reminders for embedded signature requests; remind signers from your own app instead.',
  },
  // source: WE row invalid_file
  {
    code: 'invalid_file',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_FILE',
    message: 'A file was refused: its format is not supported, or it is larger than allowed.',
    remedy: 'Send a supported format (PDF is safest) within the size limits.',
  },
  // source: OAS event_type enum (file_error); the event's meaning from its name and
  // event_metadata.event_message ("a declined or failed (due to error) signature flow").
  // doubt: no page describes file_error beyond the name; read as a file that could not be
  // processed after the request was accepted.
  {
    code: 'file_error',
    kind: 'error',
    category: 'validation',
    reason: 'FILE_PROCESSING_FAILED',
    message:
      'A file of the signature request could not be processed after the request was accepted.',
    remedy:
      'Check the file (format, size, not password-protected), then send a new signature request.',
  },
  // source: OAS event_type enum (unknown_error)
  // doubt: named only. Retryable with check-status: it reports an error at Dropbox Sign, not in
  // the request, and the request may or may not stand; look it up before sending another.
  {
    code: 'unknown_error',
    kind: 'error',
    category: 'retryable',
    reason: 'VENDOR_PROCESSING_ERROR',
    message:
      'Dropbox Sign reported an unnamed error while processing a request after the call returned.',
    remedy:
      'Fetch the signature request: if it has_error or is missing, send it again; if it is out for signature, leave it.',
    retry: { action: 'check-status' },
  },

  // =========================================================================================
  // Callback verdicts: `event.event_type` (OAS EventCallbackRequestEvent.event_type enum)
  // =========================================================================================
  // source: OAS event_type enum; SIGNED (all signers signed; files ready to download)
  {
    code: 'signature_request_all_signed',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'ALL_SIGNED',
    message: 'Every signer has signed; the signed documents are ready to download.',
    remedy: 'Download the final files and record the agreement as signed.',
  },
  // source: OAS event_type enum; OAS SignatureRequestResponse.is_declined
  {
    code: 'signature_request_declined',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SIGNER_DECLINED',
    message: 'A signer declined to sign; the request will not complete.',
    remedy:
      'Contact the signer outside Dropbox Sign; if the agreement is still wanted, send a new request (the decline reason is in the callback, not in this result).',
  },
  // source: OAS event_type enum; OAS paths./signature_request/cancel/{id}.post (the cancel is
  // confirmed by this event; afterwards the request answers 410)
  // Rejected and final, though no signer refused: the sender withdrew the request, nobody can
  // sign it any more, and nothing further will happen on it.
  {
    code: 'signature_request_canceled',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SIGNATURE_REQUEST_CANCELED',
    message: 'The cancelation went through: the request was withdrawn and can no longer be signed.',
    remedy:
      'Mark it canceled on your side; a new signature request is the only way to collect signatures now.',
  },
  // source: OAS event_type enum; EXP (unsigned signatures move to expired and cannot be signed)
  // Rejected and final: the signers ran out of time and the request cannot be signed any more.
  {
    code: 'signature_request_expired',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SIGNATURE_REQUEST_EXPIRED',
    message:
      'The request reached its expiry date before every signer signed; it cannot be signed any more.',
    remedy:
      'Send a new signature request (with a later expires_at) if the signatures are still needed.',
  },

  // =========================================================================================
  // Signature-request verdicts from the API (GET /signature_request/{id}); OAS
  // SignatureRequestResponse. A request with none of these is still out: pending.
  // =========================================================================================
  // source: OAS SignatureRequestResponse.is_complete
  {
    code: 'is_complete',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'ALL_SIGNED',
    message: 'The signature request is fully executed: every signer has signed.',
    remedy:
      'Record it as signed; download the files once the signature_request_all_signed callback has come (they may still be processing).',
  },
  // source: OAS SignatureRequestResponse.is_declined
  {
    code: 'is_declined',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SIGNER_DECLINED',
    message: 'A signer declined the signature request; it will not complete.',
    remedy:
      'Contact the signer outside Dropbox Sign, and send a new request if the agreement is still wanted.',
  },
  // source: OAS SignatureRequestResponse.has_error ("either during the creation of the
  // SignatureRequest or during one of the signings")
  // Not final and investigate: whether the request can still complete depends on the error,
  // which the flag does not say.
  {
    code: 'has_error',
    kind: 'outcome',
    verdict: 'rejected',
    final: false,
    reason: 'SIGNATURE_REQUEST_ERROR',
    message: 'An error occurred on the signature request, when it was created or during a signing.',
    remedy:
      'Have a person open the request in the API dashboard; if it cannot go on, fix the cause and send a new request.',
    retry: { action: 'investigate' },
  },
  // source: EXP (after expires_at, every unsigned signature's status_code is expired and the
  // request is considered expired)
  {
    code: 'expired',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'SIGNATURE_REQUEST_EXPIRED',
    message: "A signer's signature expired before it was given, so the request has expired.",
    remedy:
      'Send a new signature request (with a later expires_at) if the signatures are still needed.',
  },
] as const satisfies readonly EntrySpec[];

/** One entry of {@link DROPBOX_SIGN_CATALOG}, exactly as written. */
export type DropboxSignEntry = (typeof DROPBOX_SIGN_CATALOG)[number];

/** Every key in the Dropbox Sign catalog: error names, callback event types and request flags. */
export type DropboxSignCode = DropboxSignEntry['code'];

/** The request-error keys (error names, the paid-plan key, and failure callbacks). */
export type DropboxSignErrorCode = Extract<DropboxSignEntry, { readonly kind: 'error' }>['code'];

/** The verdict keys: callback event types and signature-request flags. */
export type DropboxSignVerdictCode = Extract<
  DropboxSignEntry,
  { readonly kind: 'outcome' }
>['code'];
