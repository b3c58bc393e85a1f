import type { MessageRule } from '@kyc-errors/core/provider-kit';
import type { SumsubCode } from './codes.js';

/**
 * A {@link MessageRule} naming a Sumsub catalog code.
 *
 * @deprecated Use `MessageRule<SumsubCode>`: `defineProvider` now types every message rule from
 * the catalog, so a rule naming an unknown code fails to compile wherever it is written.
 */
export type SumsubMessageRule = MessageRule<SumsubCode>;

/**
 * Sumsub's `description` texts for failures that carry no `errorCode`, most specific first.
 * Core tries them only when no `errorCode` decided, and before the HTTP status. Sources are
 * the entries' own (codes.ts). Every pattern is anchored at `^`, has no nested quantifier and
 * bounds every open repeat; `literals` are words each matching text contains.
 *
 * @example
 * ```ts
 * SUMSUB_MESSAGES.find((r) => r.pattern.test('Request signature mismatch'))?.code;
 * // 'REQUEST_SIGNATURE_MISMATCH'
 * ```
 */
export const SUMSUB_MESSAGES: readonly MessageRule<SumsubCode>[] = [
  // Signature and token failures (401). The app-token texts before the plain "Unauthorized".
  {
    pattern: /^request signature mismatch\b/i,
    literals: ['request signature mismatch'],
    code: 'REQUEST_SIGNATURE_MISMATCH',
  },
  {
    pattern: /^invalid signature\b/i,
    literals: ['invalid signature'],
    code: 'INVALID_SIGNATURE_MESSAGE',
  },
  {
    pattern: /^token expired\b/i,
    literals: ['token expired'],
    code: 'TOKEN_EXPIRED',
  },
  {
    // ID Connect's share token (R3); "Token is invalid" is not the app token's wording.
    pattern: /^token is invalid\b/i,
    literals: ['token is invalid'],
    code: 'SHARE_TOKEN_REJECTED',
  },
  {
    // OAuth-style ID Connect answers: the `error` code or its description (R3).
    pattern: /^(?:invalid_client\b|client authentication failed\b)/i,
    code: 'OIDC_INVALID_CLIENT',
  },
  {
    pattern: /^invalid code\.?\s*$/i,
    literals: ['invalid code'],
    code: 'OIDC_INVALID_CODE',
    statuses: [400, 401],
  },
  {
    pattern: /^(?:invalid_redirect_uri\b|invalid redirect uri\b)/i,
    code: 'OIDC_INVALID_REDIRECT_URI',
  },
  {
    // "Invalid clientId: client_id" when ID Connect is off; only at 404, where R3 places it.
    pattern: /^invalid clientid\b/i,
    literals: ['invalid clientid'],
    code: 'ID_CONNECT_NOT_ENABLED',
    statuses: [404],
  },
  {
    // "Unauthorized", and R5's "Unauthorized (atd)" at 403 is a missing permission.
    pattern: /^unauthorized\b/i,
    literals: ['unauthorized'],
    code: 'HTTP_403',
    statuses: [403],
  },
  {
    pattern: /^unauthorized\b/i,
    literals: ['unauthorized'],
    code: 'UNAUTHORIZED',
  },
  {
    // R5 quotes one such feature; any "<feature> cannot be managed via API" means the same.
    pattern: /^[^\n]{1,120}? cannot be managed via api\b/i,
    literals: ['cannot be managed via api'],
    code: 'API_FEATURE_FORBIDDEN',
  },

  // State and look-up failures.
  {
    // doubt: only a third party's substring match (T2) shows this text; anchored on purpose
    // so an "applicant not found" deep inside another message does not count.
    pattern: /^applicant (?:was )?not found\b/i,
    literals: ['applicant', 'not found'],
    code: 'APPLICANT_NOT_FOUND',
  },
  {
    pattern: /^entity already exists\b/i,
    literals: ['entity already exists'],
    code: 'ENTITY_ALREADY_EXISTS',
  },
  {
    // The external user id sits between the two phrases; at most 300 characters of it are
    // looked at, lazily, so the pattern stays linear.
    pattern: /^applicant with external user id\b[\s\S]{0,300}?\balready exists\b/i,
    literals: ['applicant with external user id', 'already exists'],
    code: 'APPLICANT_ALREADY_EXISTS',
  },
];

/**
 * Sumsub's meaning of bare HTTP statuses, for answers whose body names nothing more (R5: some
 * 401 and 403 answers come with no body at all). Other statuses are left to core.
 */
export const SUMSUB_STATUSES = {
  400: 'HTTP_400',
  401: 'UNAUTHORIZED',
  403: 'HTTP_403',
  404: 'HTTP_404',
  409: 'HTTP_409',
  429: 'HTTP_429',
  500: 'HTTP_500',
} as const;

/**
 * Keys whose values are personal or secret in Sumsub bodies and that core's tables do not
 * already cover (core knows `firstName`/`lastName` and every `*Name`, `dob`, `email`,
 * `phone`, addresses, `*Number`, `*Token`, `*Signature`). From Sumsub's applicant `info`,
 * `fixedInfo` and `idDocs`, the authentication headers (S5) and the webhook headers.
 */
export const SUMSUB_SENSITIVE_KEYS = [
  // Whole applicant-data objects: a person's data and documents.
  'info',
  'fixedInfo',
  'idDocs',
  'questionnaires',
  'metadata',
  // Ids that lead back to one person: the client's own user id (often an e-mail or a
  // customer number) and Sumsub's applicant and inspection ids.
  'externalUserId',
  'applicantId',
  'inspectionId',
  // Applicant fields core's rules miss (its suffix rules already take every `*Number`,
  // `*Name` and address key, `dob`, `email` and `phone`).
  'country',
  'nationality',
  'placeOfBirth',
  'stateOfBirth',
  'countryOfBirth',
  'tin',
  'taxResidenceCountry',
  'validUntil',
  'issuedDate',
  'town',
  'state',
  'subStreet',
  // Free text a reviewer wrote about the person; clientComment is never for the applicant.
  'moderationComment',
  'clientComment',
  // Authentication (S5) and webhook signature headers. X-App-Token is also covered by core's
  // `*Token` rule; listed so the list is complete on its own.
  'X-App-Token',
  'X-App-Access-Sig',
  'X-Payload-Digest',
] as const;

/**
 * The grammar of what the Sumsub reader may report as a code: an `errorCode` (four or five
 * digits, 1000-10521 documented), a review status (camelCase, `onHold`), or an answer or
 * label (UPPER_SNAKE, `GREEN`, `SCREENSHOTS`). The error reader takes only digits from an
 * error body; anything else read from a body is dropped.
 */
export const SUMSUB_CODE = /^(?:\d{4,5}|[a-z][A-Za-z]{1,31}|[A-Z][A-Z_]{1,47})$/;

/** An `errorCode` as Sumsub sends it: a number of four or five digits. */
export const SUMSUB_ERROR_CODE = /^\d{4,5}$/;
