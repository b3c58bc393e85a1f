import type { MessageRule } from '@kyc-errors/core/provider-kit';
import type { DocusignErrorCode } from './codes.js';

/**
 * DocuSign's documented texts, for a body that carries no `errorCode` (a gateway in front of
 * DocuSign, a client that kept only the message). With a code, the code decides: these never
 * override one. Anchored at `^`, case-insensitive, linear (no unbounded repeat after a
 * repeat); every `literals` entry appears in any text its pattern matches.
 *
 * @example
 * ```ts
 * DOCUSIGN_MESSAGES[0]?.pattern.test('The maximum number of hourly API invocations has been exceeded. The hourly limit is 3000.'); // true
 * ```
 */
export const DOCUSIGN_MESSAGES: readonly MessageRule<DocusignErrorCode>[] = [
  // RL "Request limits"; B-RL adds " The hourly limit is 3000." after it. Sent with 400 before
  // the 2026 rollout and 429 after it (B-2026).
  {
    pattern: /^the maximum number of hourly api invocations has been exceeded\b/i,
    literals: ['hourly api invocations'],
    code: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED',
    statuses: [400, 429],
  },
  // EC, the 444 row's message.
  {
    pattern: /^(?:the api request is forbidden\. )?request blocked due to excess usage\b/i,
    literals: ['request blocked due to excess usage'],
    code: 'REQUEST_BLOCKED_EXCESS_USAGE',
    statuses: [444],
  },
  // RL "Error response for download limit violation".
  {
    pattern: /^getdocument call blocked\b/i,
    literals: ['getdocument call blocked'],
    code: 'API_REQUEST_IS_THROTTLED',
  },
];

/**
 * DocuSign's own meaning of an HTTP status, where core's generic table has none: the 444 of
 * its traffic management (EC). Every other status of EC's table (400, 401, 403, 404, 405, 408,
 * 415, 429, 500) means what core's table says it means.
 */
export const DOCUSIGN_STATUSES = { 444: 'REQUEST_BLOCKED_EXCESS_USAGE' } as const;

/**
 * Keys whose values are personal or free text in DocuSign bodies (envelopes, recipients,
 * Connect messages). Core already hides `*name`, `email*`, `*address*`, `*phone*` and the like
 * (`userName`, `emailSubject`, `emailBlurb`, `ipAddress`); these are the rest: what a sender or
 * a recipient typed (void and decline reasons, notes, field values), the id that ties an
 * embedded signer to your user, and document bytes.
 */
export const DOCUSIGN_SENSITIVE_KEYS = [
  'voidedReason',
  'declinedReason',
  'note',
  'clientUserId',
  'tabs',
  'value',
  'originalValue',
  'customFields',
  'documentBase64',
  'PDFBytes',
  'accessCode',
] as const;

/**
 * Words of DocuSign's messages that its catalog texts lack: parameter and object names, kept
 * in a vendor message that is not documented verbatim. None can be someone's name.
 */
export const DOCUSIGN_VOCABULARY = [
  'envelope',
  'envelopes',
  'envelopeId',
  'recipient',
  'recipients',
  'recipientId',
  'documentId',
  'templateId',
  'accountId',
  'userId',
  'routingOrder',
  'tab',
  'tabs',
  'template',
  'templates',
  'document',
  'documents',
  'signer',
  'signers',
  'invalid',
  'specified',
  'exist',
  'exceeded',
  'hourly',
  'burst',
  'limit',
  'invocations',
] as const;

/**
 * DocuSign's trace token: the `X-DocuSign-TraceToken` header, a GUID on every API response
 * that DocuSign support uses to find a request's logs ("Calling Node.js SDK functions and
 * handling errors", "Obtaining the trace token for solving problems via Support"). Kept only
 * as a GUID.
 */
export const DOCUSIGN_REQUEST_ID = {
  header: 'x-docusign-tracetoken',
  pattern: /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/,
} as const;
