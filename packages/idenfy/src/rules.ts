import type { MessageRule } from '@kyc-errors/core/provider-kit';
import type { IdenfyCode } from './codes.js';

/**
 * A {@link MessageRule} naming an iDenfy catalog code.
 *
 * @deprecated Use `MessageRule<IdenfyCode>`: `defineProvider` now types every message rule from
 * the catalog, so a rule naming an unknown code fails to compile wherever it is written.
 */
export type IdenfyMessageRule = MessageRule<IdenfyCode>;

// Identifiers that only say "something about a field is wrong": the message says what.
const FIELD_IDS = ['BAD_VALUE', 'MISSING_VALUE', 'VALIDATION_ERROR'] as const;
// Identifiers an account-level refusal may arrive under.
const ACCOUNT_IDS = [...FIELD_IDS, 'PERMISSIONS_ERROR', 'PARTNER_CONTRACT_ERROR'] as const;
// Identifiers a request-parsing failure may arrive under.
const PARSING_IDS = [...FIELD_IDS, 'JSON_ERROR', 'ENCODING_ERROR'] as const;

/**
 * The rule for one documented field, in the documented form `Field 'country' must be ...`,
 * optionally behind a short label ("Validation error: ") or a lead-in such as "Invalid
 * value for " or "Missing ". The named group fills `KycError.field`. Anchored; the one
 * open repeat is bounded.
 */
function fieldRule(name: string, code: IdenfyCode): MessageRule<IdenfyCode> {
  return {
    pattern: new RegExp(
      `^(?:[\\w ]{0,30}: ?)?(?:(?:invalid|missing|bad|wrong|unknown) (?:value )?(?:for |in |of )?(?:the )?)?fields? ?['"\`]?(?<field>${name})(?![\\w])`,
      'i',
    ),
    code,
    refines: FIELD_IDS,
    // The pattern needs the word "field" and the name (case-insensitive).
    literals: ['field', name.toLowerCase()],
  };
}

/**
 * iDenfy's documented messages, most specific first. Core tries them after an exact
 * identifier (a rule applies to an identifier-tagged body only when it `refines` that
 * identifier) and before the HTTP status.
 *
 * Every pattern is anchored at `^` and linear: no nested quantifiers, every open-ended
 * repeat bounded. The business-rule patterns are keyword look-aheads over the first 300
 * characters because iDenfy documents those scenarios without their texts: the wordings
 * are inferred, so the rules look for the words any phrasing must use.
 *
 * @example
 * ```ts
 * IDENFY_MESSAGES.find((r) => r.pattern.test('Partner reached token limit'))?.code;
 * // 'PARTNER_TOKEN_LIMIT'
 * ```
 */
export const IDENFY_MESSAGES: readonly MessageRule<IdenfyCode>[] = [
  // Out of credits, whatever identifier or status it comes with (TOO_MANY_REQUESTS, 429):
  // first, so the rate-limit reading can never win.
  {
    pattern: /^partner (?:has )?reached (?:its |the )?token limit\b/i,
    literals: ['partner', 'reached', 'token limit'],
    code: 'PARTNER_TOKEN_LIMIT',
    refines: ['TOO_MANY_REQUESTS', ...ACCOUNT_IDS],
  },

  // Token endpoint authentication errors: documented with their status and no identifier.
  {
    pattern: /^invalid authori[sz]ation credentials\.?\s*$/i,
    literals: ['invalid authori', 'credentials'],
    code: 'INVALID_CREDENTIALS',
    statuses: [401],
    refines: ['UNAUTHORIZED'],
  },
  {
    pattern: /^partner (?:is )?inactive\.?\s*$/i,
    literals: ['partner', 'inactive'],
    code: 'PARTNER_INACTIVE',
    statuses: [403],
    refines: ['UNAUTHORIZED', 'PERMISSIONS_ERROR', 'PARTNER_CONTRACT_ERROR'],
  },
  {
    // {ENV} is whatever environment name iDenfy puts there (SANDBOX, PRODUCTION, test, ...).
    pattern: /^this endpoint is not available for [\w -]{1,40} partners\.?\s*$/i,
    literals: ['this endpoint is not available for', 'partners'],
    code: 'WRONG_ENVIRONMENT',
    statuses: [403],
    refines: ['UNAUTHORIZED', 'PERMISSIONS_ERROR'],
  },
  {
    pattern: /^action not allowed due to lack of funds or exceeded limit\.?\s*$/i,
    literals: ['action not allowed due to lack of funds or exceeded limit'],
    code: 'INSUFFICIENT_FUNDS',
    statuses: [402],
    refines: ['PERMISSIONS_ERROR', 'PARTNER_CONTRACT_ERROR'],
  },

  // 409: a token for a clientId that already has an active session.
  {
    pattern: /^client ?id\b[\s\S]{0,200}?\balready exists\b/i,
    literals: ['client', 'already exists'],
    code: 'CLIENT_ID_ALREADY_EXISTS',
    refines: FIELD_IDS,
  },

  // Request parsing errors.
  {
    pattern: /^an error occurred while parsing\/constructing json\b/i,
    literals: ['an error occurred while parsing/constructing json'],
    code: 'EMPTY_BODY',
    refines: PARSING_IDS,
  },
  {
    // "{type}" is the parser's name for what it got (list, str, ...): any text after "got".
    pattern: /^invalid data\. expected a dict(?:ionary)?, but got\b/i,
    literals: ['invalid data. expected a dict', 'but got'],
    code: 'BODY_NOT_OBJECT',
    refines: PARSING_IDS,
  },
  {
    pattern: /^some of (?:the )?required values are missing\b/i,
    literals: ['required values are missing'],
    code: 'NULL_BODY',
    refines: PARSING_IDS,
  },

  // Field validation errors in the documented form, one rule per documented field. Before
  // the business rules: a message in this form is a field verdict, and the business rules
  // are keyword guesses that such a message could trip ("Field 'country' ... document").
  fieldRule('clientId', 'CLIENT_ID_INVALID'),
  fieldRule('expiryTime', 'EXPIRY_TIME_INVALID'),
  fieldRule('sessionLength', 'SESSION_LENGTH_INVALID'),
  fieldRule('tokenType', 'TOKEN_TYPE_INVALID'),
  fieldRule('country', 'COUNTRY_INVALID'),
  fieldRule('nationality', 'NATIONALITY_INVALID'),
  fieldRule('documents', 'DOCUMENTS_INVALID'),
  fieldRule('successUrl', 'SUCCESS_URL_INVALID'),
  fieldRule('errorUrl', 'ERROR_URL_INVALID'),
  fieldRule('callbackUrl', 'CALLBACK_URL_INVALID'),
  fieldRule('unverifiedUrl', 'UNVERIFIED_URL_INVALID'),
  fieldRule('dateOfBirth', 'DATE_OF_BIRTH_INVALID'),
  fieldRule('dateOfExpiry', 'DATE_OF_EXPIRY_INVALID'),
  fieldRule('dateOfIssue', 'DATE_OF_ISSUE_INVALID'),

  // Business-logic errors (wording inferred, see above). The combination rules come before
  // the "not enabled" rules that share their keywords.
  {
    pattern: /^(?=[\s\S]{0,300}?\butility ?bill)(?=[\s\S]{0,300}?\badditional ?steps)/i,
    literals: ['utility', 'additional'],
    code: 'UTILITY_BILL_WITH_ADDITIONAL_STEPS',
    refines: FIELD_IDS,
  },
  {
    pattern: /^(?=[\s\S]{0,300}?\baddress)(?=[\s\S]{0,300}?\badditional ?data)/i,
    literals: ['address', 'additional'],
    code: 'ADDRESS_WITH_ADDITIONAL_DATA',
    refines: FIELD_IDS,
  },
  {
    pattern: /^(?=[\s\S]{0,300}?(?:digit ?string|mobile ?code))(?=[\s\S]{0,300}?\bexpir)/i,
    literals: ['expir'],
    code: 'DIGIT_STRING_EXPIRY_TOO_LONG',
    refines: FIELD_IDS,
  },
  {
    pattern:
      /^(?=[\s\S]{0,300}?\bcountr)(?=[\s\S]{0,300}?\bdoc)(?=[\s\S]{0,300}?(?:not supported|unsupported|not available|not allowed|not accepted|combination))/i,
    literals: ['countr', 'doc'],
    code: 'COUNTRY_DOCUMENT_UNSUPPORTED',
    refines: FIELD_IDS,
  },
  {
    pattern:
      /^(?=[\s\S]{0,300}?\b(?:token ?type|type of token))(?=[\s\S]{0,300}?(?:not allowed|not permitted|not enabled|not available|forbidden|cannot|can't|unable))/i,
    literals: ['token'],
    code: 'TOKEN_TYPE_NOT_ALLOWED',
    refines: ACCOUNT_IDS,
  },
  {
    pattern:
      /^(?=[\s\S]{0,300}?\bcallback)(?=[\s\S]{0,300}?(?:not enabled|not allowed|not permitted|not available|disabled|forbidden))/i,
    literals: ['callback'],
    code: 'CUSTOM_CALLBACK_NOT_ENABLED',
    refines: ACCOUNT_IDS,
  },
  {
    pattern:
      /^(?=[\s\S]{0,300}?\badditional ?steps)(?=[\s\S]{0,300}?(?:not enabled|not allowed|not permitted|not available|disabled|forbidden))/i,
    literals: ['additional'],
    code: 'ADDITIONAL_STEPS_NOT_ENABLED',
    refines: ACCOUNT_IDS,
  },
  {
    // iDenfy lists "invalid questionnaire ID or risk assessment profile ID" as one scenario;
    // two entries keep the remedy precise. A message naming both reads as the questionnaire.
    pattern:
      /^(?=[\s\S]{0,300}?\bquestionnaire)(?=[\s\S]{0,300}?(?:invalid|not valid|not found|does not exist|doesn't exist|unknown|no such))/i,
    literals: ['questionnaire'],
    code: 'QUESTIONNAIRE_NOT_FOUND',
    refines: FIELD_IDS,
  },
  {
    pattern:
      /^(?=[\s\S]{0,300}?\brisk[ _-]?(?:assessment|profile))(?=[\s\S]{0,300}?(?:invalid|not valid|not found|does not exist|doesn't exist|unknown|no such))/i,
    literals: ['risk'],
    code: 'RISK_PROFILE_NOT_FOUND',
    refines: FIELD_IDS,
  },

  // Any other field, in any phrasing that puts the name right after the word "field" within
  // the first 60 characters. Last: it would also take the business messages that say
  // "field" ("... not allowed to set field 'callbackUrl'").
  {
    // Only after the word "field": a quoted word alone may be a value, not a name.
    pattern:
      /^[\w .:,;-]{0,60}\bfields?\s?['"`]?(?<field>[a-z][\w.[\]-]{0,62}[\w\]]|[a-z])(?![\w])/i,
    literals: ['field'],
    code: 'INVALID_FIELD',
    refines: FIELD_IDS,
  },
];

/**
 * iDenfy's meaning of bare HTTP statuses, for answers whose body says nothing (a proxy page,
 * an empty body). 403 is left to core: iDenfy uses it for three different refusals.
 */
export const IDENFY_STATUSES = {
  401: 'INVALID_CREDENTIALS',
  402: 'INSUFFICIENT_FUNDS',
  405: 'METHOD_NOT_ALLOWED',
  // iDenfy's only documented 409: a clientId with an active session.
  409: 'CLIENT_ID_ALREADY_EXISTS',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_ERROR',
} as const;

/**
 * Keys whose values are personal data in iDenfy bodies and that core's redaction tables do
 * not already cover (core knows `clientId`, `scanRef`, names, numbers, addresses, dates of
 * birth, expiry and issue, tokens and images). Key names are from iDenfy's webhook body:
 * https://documentation.idenfy.com/api-reference/webhooks/identification-expired.
 */
export const IDENFY_SENSITIVE_KEYS = [
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

/** iDenfy identifiers are upper-case words (`'TOO_MANY_REQUESTS'`); anything else is not kept. */
export const IDENFY_CODE = /^[A-Z][A-Z0-9_-]{1,63}$/;
