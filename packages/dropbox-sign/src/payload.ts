import * as t from 'io-ts';

/**
 * The `error` object of a Dropbox Sign error body (openapi.yaml `ErrorResponseError`):
 * `error_name` (the code), `error_msg` and, for a parameter at fault, `error_path`
 * (`cc_email_addresses[0]`). Every key optional here: one malformed member never hides the
 * others (read with `decodeFields`).
 *
 * @example
 * ```ts
 * decodeFields(ErrorObject, { error_name: 'exceeded_rate', error_msg: 'Too many requests.' });
 * ```
 */
export const ErrorObject = t.partial({
  error_name: t.string,
  error_msg: t.string,
  error_path: t.string,
});

/** The decoded form of {@link ErrorObject}. */
export type ErrorObject = t.TypeOf<typeof ErrorObject>;

/** A Dropbox Sign error body (openapi.yaml `ErrorResponse`): `{"error": {...}}`. */
export const ErrorBody = t.type({ error: ErrorObject });

/** The decoded form of {@link ErrorBody}. */
export type ErrorBody = t.TypeOf<typeof ErrorBody>;

/**
 * The `event` object of a callback (openapi.yaml `EventCallbackRequestEvent`): only its
 * `event_type` is read. `event_hash` (to verify the sender) and `event_metadata` (a decline
 * reason a signer typed, ids) are never part of a codec.
 */
export const CallbackEvent = t.type({ event_type: t.string });

/** The decoded form of {@link CallbackEvent}. */
export type CallbackEvent = t.TypeOf<typeof CallbackEvent>;

/**
 * A callback body (openapi.yaml `EventCallbackRequest`), as the `json` field of the
 * multipart POST holds it: `{"event": {...}, "signature_request": {...}}` (or `account`,
 * `template`). The event type decides; the attached object is not read.
 */
export const CallbackBody = t.type({ event: CallbackEvent });

/** The decoded form of {@link CallbackBody}. */
export type CallbackBody = t.TypeOf<typeof CallbackBody>;

/**
 * A signature request as the API returns it (openapi.yaml `SignatureRequestResponse`), only
 * the state flags: `is_complete` (every signer signed), `is_declined`, `has_error`. Titles,
 * messages, signer names and addresses, form values and URLs are never part of a codec.
 */
export const SignatureRequest = t.intersection([
  t.type({ is_complete: t.boolean }),
  t.partial({ is_declined: t.boolean, has_error: t.boolean }),
]);

/** The decoded form of {@link SignatureRequest}. */
export type SignatureRequest = t.TypeOf<typeof SignatureRequest>;

/**
 * One signature of a request (openapi.yaml `SignatureRequestResponseSignatures`), only its
 * `status_code` (`awaiting_signature`, `signed`, `declined`; `expired` once the request's
 * `expires_at` has passed).
 */
export const Signature = t.type({ status_code: t.string });

/** The decoded form of {@link Signature}. */
export type Signature = t.TypeOf<typeof Signature>;
