import * as t from 'io-ts';

/**
 * The error object of a Stripe answer (OAS components.schemas.api_errors): its `type`, the
 * `code` when there is one, the `message` and the request parameter at fault (`param`). Only
 * the keys the reader uses; decoded field by field, so one odd field hides none of the others.
 *
 * @example
 * ```ts
 * decodeFields(ErrorObject, { type: 'invalid_request_error', code: 'parameter_missing', param: 'type' });
 * ```
 */
export const ErrorObject = t.partial({
  type: t.string,
  code: t.string,
  message: t.string,
  param: t.string,
});

/** The decoded form of {@link ErrorObject}. */
export type ErrorObject = t.TypeOf<typeof ErrorObject>;

/** A Stripe error body: `{"error": {…}}`, the object decoded with {@link ErrorObject}. */
export const ErrorBody = t.type({ error: t.UnknownRecord });

/** The decoded form of {@link ErrorBody}. */
export type ErrorBody = t.TypeOf<typeof ErrorBody>;

/**
 * Why a session went back to `requires_input` (OAS gelato_session_last_error): a `code`
 * (possibly `null`). Its `reason` is free text and is not read.
 */
export const LastError = t.partial({ code: t.union([t.string, t.null]) });

/** The decoded form of {@link LastError}. */
export type LastError = t.TypeOf<typeof LastError>;

/**
 * A VerificationSession as the API returns it and webhooks carry it (OAS
 * identity.verification_session): the `status` and, when a check failed, `last_error`.
 * Personal fields (`verified_outputs`, `provided_details`) are never part of the codec.
 */
export const VerificationSession = t.intersection([
  t.type({ object: t.literal('identity.verification_session'), status: t.string }),
  t.partial({ last_error: t.union([t.null, t.UnknownRecord]) }),
]);

/** The decoded form of {@link VerificationSession}. */
export type VerificationSession = t.TypeOf<typeof VerificationSession>;

/**
 * One check of a VerificationReport (`document`, `selfie`, `id_number`, `email`, `phone`):
 * its `status` (`verified` or `unverified`) and, when unverified, `error.code`. The extracted
 * data beside them (names, numbers, dates) is never read.
 */
export const ReportCheck = t.partial({
  status: t.string,
  error: t.union([t.null, t.partial({ code: t.union([t.string, t.null]) })]),
});

/** The decoded form of {@link ReportCheck}. */
export type ReportCheck = t.TypeOf<typeof ReportCheck>;

/** A VerificationReport (OAS identity.verification_report), recognised by its `object`. */
export const VerificationReport = t.type({ object: t.literal('identity.verification_report') });

/** The decoded form of {@link VerificationReport}. */
export type VerificationReport = t.TypeOf<typeof VerificationReport>;

/**
 * A webhook body: a Stripe Event (`object: "event"`) whose `type` is the event name
 * (`identity.verification_session.verified`) and whose `data.object` is the session.
 */
export const StripeEvent = t.type({
  object: t.literal('event'),
  type: t.string,
  data: t.type({ object: t.unknown }),
});

/** The decoded form of {@link StripeEvent}. */
export type StripeEvent = t.TypeOf<typeof StripeEvent>;
