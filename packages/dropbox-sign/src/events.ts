import type { EventSpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Dropbox Sign callback event, as data: the `event.event_type` exactly as Dropbox Sign
 * sends it, our reason, and what it asks of the endpoint. The names are the
 * `EventCallbackRequestEvent.event_type` enum of Dropbox Sign's OpenAPI spec
 * (hellosign/hellosign-openapi @ ad21451f222d4f21245d992b4e959f8d5100e3f9, openapi.yaml), all
 * 23 of them; an event missing here is reported as undocumented, never as a failure.
 *
 * Verdicts (`signature_request_all_signed`, `_declined`, `_canceled`, `_expired`) and the
 * events that report a failed request (`signature_request_invalid`, `file_error`,
 * `template_error`, `unknown_error`) are listed too, so the endpoint knows them; the catalog,
 * not this list, decides what they read as. `verdictFollows` says whether the signature
 * request's outcome is still to come after the event; `attention` marks what a person must
 * act on.
 *
 * Only two events are described beyond their name by a source we could find:
 * `signature_request_signed` fires once per signer and `signature_request_all_signed` once
 * every signer has signed (https://help.dropbox.com/integrations/the-difference-between-signature-request-signed-and-all-signed-callback-events),
 * and `signature_request_canceled` confirms a cancelation (openapi.yaml,
 * `/signature_request/cancel/{signature_request_id}`). The others are read from their names;
 * where that leaves a doubt, the entry says so.
 *
 * @example
 * ```ts
 * DROPBOX_SIGN_EVENTS.find((e) => e.name === 'signature_request_signed')?.verdictFollows; // true
 * ```
 */
export const DROPBOX_SIGN_EVENTS = [
  // ---- The signature request's progress: its outcome is still to come ---------------------
  {
    name: 'signature_request_sent',
    reason: 'SIGNATURE_REQUEST_SENT',
    message: 'The signature request was sent to its signers.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'signature_request_viewed',
    reason: 'SIGNATURE_REQUEST_VIEWED',
    message: 'A signer opened the signature request.',
    attention: false,
    verdictFollows: true,
  },
  // One per signer: ten signers, ten of these. Only signature_request_all_signed is the end.
  {
    name: 'signature_request_signed',
    reason: 'SIGNATURE_REQUEST_SIGNED',
    message:
      'One signer signed; the request is complete only when signature_request_all_signed arrives.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'signature_request_remind',
    reason: 'SIGNATURE_REQUEST_REMIND',
    message: 'A reminder was sent to the signers who have not signed yet.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'signature_request_reassigned',
    reason: 'SIGNATURE_REQUEST_REASSIGNED',
    message: 'A signer handed their part of the request to someone else.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'signature_request_signer_removed',
    reason: 'SIGNATURE_REQUEST_SIGNER_REMOVED',
    message: 'A signer was removed from the signature request.',
    attention: false,
    verdictFollows: true,
  },
  // doubt: named only; read as a request made ready (for embedded or bulk sending) before it
  // goes out.
  {
    name: 'signature_request_prepared',
    reason: 'SIGNATURE_REQUEST_PREPARED',
    message: 'The signature request was prepared and is about to go out.',
    attention: false,
    verdictFollows: true,
  },
  // The request stays open, but a signer whose e-mail bounced will never see it: someone must
  // correct the address (or the request will sit until it expires).
  {
    name: 'signature_request_email_bounce',
    reason: 'SIGNATURE_REQUEST_EMAIL_BOUNCE',
    message: "A signer's e-mail bounced; that signer has not received the request.",
    attention: true,
    verdictFollows: true,
  },
  // doubt: named only; read as a signer who has not finished a qualified electronic
  // signature's identity step. The request stays open.
  {
    name: 'signature_request_incomplete_qes',
    reason: 'SIGNATURE_REQUEST_INCOMPLETE_QES',
    message: 'A qualified electronic signature was started but not completed.',
    attention: true,
    verdictFollows: true,
  },
  // A signer reached an embedded signing link that is no longer valid (sign URLs are short-lived):
  // a new one must be fetched for them. The request itself stays open.
  {
    name: 'sign_url_invalid',
    reason: 'SIGN_URL_INVALID',
    message: 'A signing link was used that is invalid or has expired.',
    attention: true,
    verdictFollows: true,
  },

  // ---- Verdicts (the catalog reads these) -------------------------------------------------
  {
    name: 'signature_request_all_signed',
    reason: 'SIGNATURE_REQUEST_ALL_SIGNED',
    message: 'Every signer signed (a verdict, read by the catalog).',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'signature_request_declined',
    reason: 'SIGNATURE_REQUEST_DECLINED',
    message: 'A signer declined the request (a verdict, read by the catalog).',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'signature_request_canceled',
    reason: 'SIGNATURE_REQUEST_CANCELED',
    message: 'A cancelation went through (a verdict, read by the catalog).',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'signature_request_expired',
    reason: 'SIGNATURE_REQUEST_EXPIRED',
    message: 'The request expired before every signer signed (a verdict, read by the catalog).',
    attention: false,
    verdictFollows: false,
  },

  // ---- Failures of a request (the catalog reads these as request errors) -------------------
  {
    name: 'signature_request_invalid',
    reason: 'SIGNATURE_REQUEST_INVALID',
    message: 'The request was found invalid while being processed (a request error).',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'file_error',
    reason: 'FILE_ERROR',
    message: 'A file of the request could not be processed (a request error).',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'unknown_error',
    reason: 'UNKNOWN_ERROR',
    message: 'Dropbox Sign hit an unnamed error on a request (a request error).',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'template_error',
    reason: 'TEMPLATE_ERROR',
    message: 'A template could not be created (a request error).',
    attention: true,
    verdictFollows: false,
  },

  // ---- After the outcome, or about something else ----------------------------------------
  // Says only that a file is ready; it is no step of the request's progress. Completion is
  // signature_request_all_signed.
  {
    name: 'signature_request_downloadable',
    reason: 'SIGNATURE_REQUEST_DOWNLOADABLE',
    message: 'A new version of the signed document is ready to download.',
    attention: false,
    verdictFollows: false,
  },
  // doubt: named only; read as the request being removed for good. Someone should check it
  // was meant to happen.
  {
    name: 'signature_request_destroyed',
    reason: 'SIGNATURE_REQUEST_DESTROYED',
    message: 'The signature request was destroyed.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'template_created',
    reason: 'TEMPLATE_CREATED',
    message: 'A template was created.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account_confirmed',
    reason: 'ACCOUNT_CONFIRMED',
    message: 'An account confirmed its e-mail address (for an app that creates accounts).',
    attention: false,
    verdictFollows: false,
  },
  // Sent when the callback URL is set or tested: answer it, nothing else.
  {
    name: 'callback_test',
    reason: 'CALLBACK_TEST',
    message: 'A test event, sent to check that the callback URL answers.',
    attention: false,
    verdictFollows: false,
  },
] as const satisfies readonly EventSpec[];

/** A Dropbox Sign callback event type this package knows. */
export type DropboxSignEventName = (typeof DROPBOX_SIGN_EVENTS)[number]['name'];
