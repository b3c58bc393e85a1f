import * as t from 'io-ts';

/**
 * DocuSign's error object, `errorDetails` in the eSignature OpenAPI spec: an `errorCode`
 * (upper case words joined by underscores) and a `message`. It is the whole body of a failed
 * call, and sits under `errorDetails` in each item of a multi-item answer (a 200 or 201 whose
 * items failed one by one). Decoded field by field: a malformed `message` never hides the code.
 *
 * @example
 * ```ts
 * decodeFields(ErrorDetails, { errorCode: 'ENVELOPE_DOES_NOT_EXIST', message: 'The envelope specified either does not exist or you have no rights to it.' });
 * ```
 */
export const ErrorDetails = t.partial({ errorCode: t.string, message: t.string });

/** The decoded form of {@link ErrorDetails}. */
export type ErrorDetails = t.TypeOf<typeof ErrorDetails>;

/**
 * An envelope as Envelopes:get, Envelopes:create and listStatusChanges return it, and as the
 * legacy (aggregate) Connect messages carry it: only its id and `status`, and the
 * `voidedReason` that tells an expired envelope from a voided one. Names, e-mail addresses
 * and documents are never decoded.
 */
export const Envelope = t.intersection([
  t.type({ envelopeId: t.string, status: t.string }),
  t.partial({ voidedReason: t.string }),
]);

/** The decoded form of {@link Envelope}. */
export type Envelope = t.TypeOf<typeof Envelope>;

/**
 * A Connect 2.0 (JSON SIM) message, as `connect.schema-v2.json` of DocuSign's OpenAPI
 * specifications describes it: the `event` that triggered it (`envelope-completed`) and
 * `data`, holding the envelope id and, when the configuration asks for it, the
 * `envelopeSummary` (of which only `status` and `voidedReason` are decoded).
 */
export const ConnectMessage = t.intersection([
  t.type({ event: t.string }),
  t.partial({
    data: t.partial({
      envelopeId: t.string,
      envelopeSummary: t.partial({ status: t.string, voidedReason: t.string }),
    }),
  }),
]);

/** The decoded form of {@link ConnectMessage}. */
export type ConnectMessage = t.TypeOf<typeof ConnectMessage>;
