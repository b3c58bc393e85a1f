import { boundedArray } from '@kyc-errors/core/provider-kit';
import * as t from 'io-ts';

/**
 * A Sumsub error body as documented (https://docs.sumsub.com/reference/review-api-health,
 * "Errors"): `code` repeats the HTTP status; `errorCode` and `errorName` are often absent.
 *
 * @example
 * ```ts
 * decodeWith(ErrorBody, {
 *   description: 'Error analyzing file, unsupported format or corrupted file',
 *   code: 400,
 *   correlationId: 'req-5fd59b09-7f5e-41cd-a86b-38a4e6d57e08',
 *   errorCode: 1004,
 *   errorName: 'corrupted-file',
 * }).isOk(); // true
 * ```
 */
export const ErrorBody = t.intersection([
  t.type({ description: t.string, code: t.number, correlationId: t.string }),
  t.partial({ errorCode: t.number, errorName: t.string }),
]);

/** The decoded form of {@link ErrorBody}. */
export type ErrorBody = t.TypeOf<typeof ErrorBody>;

/**
 * The OAuth-style answer of Sumsub ID Connect's token endpoint (`invalid_client`,
 * `invalid_redirect_uri`), per SUMSUB/agent-skills, skills/sumsub-integrate-id-connect/
 * references/scopes-and-claims.md, "Common error responses".
 */
export const OAuthErrorBody = t.intersection([
  t.type({ error: t.string }),
  t.partial({ error_description: t.string }),
]);

/** The decoded form of {@link OAuthErrorBody}. */
export type OAuthErrorBody = t.TypeOf<typeof OAuthErrorBody>;

/**
 * `reviewResult` of a status answer or webhook
 * (https://docs.sumsub.com/docs/receive-and-interpret-results-via-api): `reviewAnswer` GREEN
 * or RED; with RED, `reviewRejectType` FINAL or RETRY, `rejectLabels`, `buttonIds` and two
 * comments (`moderationComment` for the applicant, `clientComment` never for them).
 * List elements are checked by the reader.
 */
export const ReviewResult = t.partial({
  reviewAnswer: t.string,
  reviewRejectType: t.string,
  rejectLabels: boundedArray(t.unknown),
  buttonIds: boundedArray(t.unknown),
  moderationComment: t.string,
  clientComment: t.string,
});

/** The decoded form of {@link ReviewResult}. */
export type ReviewResult = t.TypeOf<typeof ReviewResult>;

/**
 * What the status answer (`GET /resources/applicants/{applicantId}/status`,
 * https://docs.sumsub.com/reference/get-applicant-review-status) and the applicant webhooks
 * (`applicantReviewed`, `applicantPending`, `applicantOnHold`, ...,
 * https://docs.sumsub.com/docs/user-verification-webhooks) share: `reviewStatus`, and
 * `reviewResult` once there is one. Webhooks add `type`, ids and `createdAtMs`, which the
 * reader does not need.
 */
export const ReviewBody = t.intersection([
  t.type({ reviewStatus: t.string }),
  t.partial({ reviewResult: ReviewResult, type: t.string }),
]);

/** The decoded form of {@link ReviewBody}. */
export type ReviewBody = t.TypeOf<typeof ReviewBody>;
