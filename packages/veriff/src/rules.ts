import type { MessageRule } from '@kyc-errors/core/provider-kit';
import { VERIFF_CATALOG, type VeriffCode } from './codes.js';

/**
 * Veriff codes are whole numbers: API errors (`1102`), event and decision codes (`7002`,
 * `9103`) and reason codes (`102`, `204`). Anything else read from a code field is dropped.
 */
export const VERIFF_CODE = /^\d{1,5}$/;

/**
 * A {@link MessageRule} naming a Veriff catalog code.
 *
 * @deprecated Use `MessageRule<VeriffCode>`: `defineProvider` now types every message rule from
 * the catalog, so a rule naming an unknown code fails to compile wherever it is written.
 */
export type VeriffMessageRule = MessageRule<VeriffCode>;

// `$STATUS` in 1304's text is Veriff's placeholder for the status that was asked for.
const PLACEHOLDER = '$STATUS';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The rule for one documented text: its first sentence at the start of the message,
 * case-insensitive, anything after it allowed (Veriff's longer troubleshooting variants add
 * explanations, and core reads a bounded prefix of long messages). Linear: escaped literals
 * and, for the placeholder, one bounded class.
 */
function documentedText(code: VeriffCode, vendorText: string): MessageRule<VeriffCode> {
  const sentence = vendorText.split('. ')[0]?.replace(/\.$/, '') ?? vendorText;
  const [head = '', tail = ''] = sentence.split(PLACEHOLDER);
  const body = sentence.includes(PLACEHOLDER)
    ? `${escapeRegExp(head)}[\\w$ -]{1,40}${escapeRegExp(tail)}`
    : escapeRegExp(sentence);
  const literals = [head, tail]
    .map((part) => part.replace(/["']/g, '').trim().toLowerCase())
    .filter((part) => part.length > 0);
  return { pattern: new RegExp(`^${body}(?![\\w])`, 'i'), code, literals };
}

// 1804 has two documented texts: the credentials table's, and a longer one in the
// troubleshooting table that drops "the". One rule takes both.
const INTEGRATION_INACTIVE: MessageRule<VeriffCode> = {
  pattern: /^integration with (?:the )?api key is not active(?![\w])/i,
  code: '1804',
  literals: ['integration with', 'api key is not active'],
};

/**
 * Veriff's documented error texts, for a body that carries the text without a usable code (a
 * gateway that rewrote the body, a code outside the grammar). Derived from the catalog: one
 * rule per API error, in catalog order, so a text always finds its own code. Core tries them
 * only when no code decided.
 *
 * @example
 * ```ts
 * VERIFF_MESSAGES.find((r) => r.pattern.test('Mandatory parameters are missing from the request.'))?.code;
 * // '1102'
 * ```
 */
export const VERIFF_MESSAGES: readonly MessageRule<VeriffCode>[] = VERIFF_CATALOG.flatMap(
  (spec) => {
    if (spec.kind !== 'error' || !VERIFF_CODE.test(spec.code)) return [];
    if (spec.code === '1804') return [INTEGRATION_INACTIVE];
    return [documentedText(spec.code, spec.vendorText)];
  },
);

/**
 * Veriff's meaning of bare HTTP statuses, for answers without a Veriff code. These are the
 * responses its API reference lists per endpoint; 429 and other 5xx are not documented and
 * are left to core.
 */
export const VERIFF_STATUSES = {
  400: 'HTTP_400_BAD_REQUEST',
  401: 'HTTP_401_UNAUTHORIZED',
  404: 'HTTP_404_SESSION_NOT_FOUND',
  409: 'HTTP_409_CONFLICT',
  500: 'HTTP_500_INTERNAL_SERVER_ERROR',
} as const;

/**
 * Keys whose values are personal or secret in Veriff bodies and headers, beyond core's tables
 * (which already cover `firstName`, `lastName`, `idNumber`, `dateOfBirth`, anything ending in
 * `number`, `signature`, `token` or `url`, and anything with `birth`, `addr` or `session`).
 * Key names are Veriff's: decision webhook and GET decision (`verification.person`,
 * `verification.document`, `technicalData`), session creation (`vendorData`, `endUserId`)
 * and the request and response headers.
 */
export const VERIFF_SENSITIVE_KEYS = [
  // Whole objects: the person's data and the document's.
  'person',
  'document',
  'additionalVerifiedData',
  'comments',
  'technicalData',
  'biometricAuthentication',
  // Opaque references that lead back to the end user (Veriff asks they be non-semantic, but
  // they are the integrator's own user ids).
  'vendorData',
  'matchedSessionVendorData',
  'endUserId',
  // Person fields core does not already catch by name.
  'nationality',
  'citizenship',
  'pepSanctionMatch',
  'validFrom',
  'validUntil',
  'placeOfIssue',
  'issueNumber',
  'ip',
  // Identifiers of the session and attempt.
  'id',
  'attemptId',
  // Headers: the API key and the integration id (signatures end in "signature").
  'X-AUTH-CLIENT',
  'vrf-integration-id',
] as const;
