import * as t from 'io-ts';

// A code as digits in a string, bounded, as Veriff documents `code` in error bodies ("code
// string") and `reasonCode` in prose; surrounding blanks from a re-serialising proxy allowed.
const DIGITS = /^\s{0,8}\d{1,5}\s{0,8}$/;

/** Brand of a string that holds a Veriff code in digits. */
export interface DigitStringBrand {
  readonly DigitString: unique symbol;
}

/**
 * A string of digits (`"1102"`, `" 204 "`): how Veriff's error bodies send `code`.
 *
 * @example
 * ```ts
 * DigitString.is('1102'); // true
 * DigitString.is('__proto__'); // false
 * ```
 */
export const DigitString = t.brand(
  t.string,
  (s): s is t.Branded<string, DigitStringBrand> => DIGITS.test(s),
  'DigitString',
);

/**
 * A Veriff code field: a non-negative integer (webhook samples send numbers) or a digit
 * string (the API reference types error codes as strings).
 *
 * @example
 * ```ts
 * CodeField.is(9103); // true
 * CodeField.is('1102'); // true
 * CodeField.is('1.5'); // false
 * ```
 */
export const CodeField = t.union([t.Int, DigitString]);

/**
 * A Public API error body: `{"status": "fail", "code": "1102", "message": "..."}`. Source:
 * https://devdocs.veriff.com/apidocs/v1sessionsid-2, response 400 (`status` "fail", `code`).
 */
export const ErrorBody = t.partial({
  status: t.string,
  code: CodeField,
  message: t.string,
});

/** The decoded form of {@link ErrorBody}. */
export type ErrorBody = t.TypeOf<typeof ErrorBody>;

/**
 * The decision fields of a `verification` object: the decision code and status, and the
 * reason code when declined or resubmission requested. Personal fields (`person`,
 * `document`, `vendorData`) are not part of the codec and never read.
 */
export const Verification = t.partial({
  code: t.union([CodeField, t.null]),
  status: t.union([t.string, t.null]),
  reasonCode: t.union([CodeField, t.null]),
});

/** The decoded form of {@link Verification}. */
export type Verification = t.TypeOf<typeof Verification>;

/**
 * A decision webhook, or a `GET /v1/sessions/{id}/decision` answer (the same body):
 * `{"status": "success", "verification": {...} | null}`; `null` while no decision exists.
 * Sources: https://devdocs.veriff.com/apidocs/v1sessionsiddecision-1 ("Session status vs
 * decision") and https://devdocs.veriff.com/docs/decision-webhook.
 */
export const DecisionBody = t.intersection([
  t.type({ verification: t.union([Verification, t.null]) }),
  t.partial({ status: t.string }),
]);

/** The decoded form of {@link DecisionBody}. */
export type DecisionBody = t.TypeOf<typeof DecisionBody>;

/**
 * An event webhook: `{"id", "attemptId", "feature", "code": 7002, "action": "submitted",
 * "vendorData", "endUserId"}`. Source: https://devdocs.veriff.com/docs/event-webhook
 * ("Sample request").
 */
export const EventBody = t.intersection([
  t.type({ action: t.string }),
  t.partial({ code: CodeField }),
]);

/** The decoded form of {@link EventBody}. */
export type EventBody = t.TypeOf<typeof EventBody>;
