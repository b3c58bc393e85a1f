import { defineProvider } from '@kyc-errors/core';
import { IDENFY_MESSAGES, IDENFY_STATUSES, readError, readOutcome } from './classify.js';
import { IDENFY_CATALOG } from './codes.js';

/**
 * Keys whose values are personal data in iDenfy bodies and that core's redaction tables do
 * not already cover (core knows `clientId`, `scanRef`, names, numbers, addresses, dates of
 * birth, expiry and issue, tokens and images). Key names are from iDenfy's webhook body:
 * https://documentation.idenfy.com/api-reference/webhooks/identification-expired.
 */
const IDENFY_SENSITIVE_KEYS = [
  // The webhook's whole `data` object is the person's document data; AML and LID results
  // name the person and their document.
  'data',
  'AML',
  'LID',
  'additionalData',
  'docPersonalCode',
  'docExpiry',
  'docDateOfIssue',
  'docSex',
  'nationality',
  'docNationality',
  'orgNationality',
  'docIssuingCountry',
  'birthPlace',
  'orgBirthPlace',
  'authority',
  'orgAuthority',
  'patronymic',
  'docPatronymic',
  'orgPatronymic',
  'driverLicenseCategory',
  'ageEstimate',
  // Links to the captured document and selfie images and PDFs.
  'fileUrls',
  'additionalStepPdfUrls',
  // Where the user was, and references that lead back to them.
  'clientIp',
  'clientIpCountry',
  'clientLocation',
  'duplicateFaces',
  'duplicateDocFaces',
  'externalRef',
  'personScanRef',
  'companyId',
  'beneficiaryId',
  // The 8-digit mobile code is a one-time secret.
  'digitString',
] as const;

/**
 * The iDenfy provider: error identifiers, the token endpoint's identifier-less errors,
 * field and business-rule errors, and verification statuses, normalized into `KycError`s
 * and `Outcome`s.
 *
 * @example
 * ```ts
 * import { idenfy } from '@kyc-errors/idenfy';
 *
 * const error = idenfy.normalize({
 *   status: 400,
 *   body: '{"identifier":"BAD_VALUE","message":"Field \'country\' must be a valid ISO 3166-1 alpha-2 code."}',
 * });
 * error.reason; // 'INVALID_COUNTRY'
 * error.field; // 'country'
 *
 * idenfy.outcome({ final: true, status: { overall: 'APPROVED' } }).isOk(); // true
 * ```
 */
export const idenfy = defineProvider({
  id: 'idenfy',
  name: 'iDenfy',
  docsUrl: 'https://documentation.idenfy.com/kyc/id-error-messages',
  catalog: IDENFY_CATALOG,
  read: readError,
  messages: IDENFY_MESSAGES,
  statuses: IDENFY_STATUSES,
  sensitiveKeys: IDENFY_SENSITIVE_KEYS,
  readOutcome,
});
