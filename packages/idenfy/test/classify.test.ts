import {
  type HttpFailure,
  type KycError,
  KycFailure,
  normalize,
  normalizeThrown,
  type RetryAction,
} from '@kyc-errors/core';
import { decodeWith } from '@kyc-errors/core/provider-kit';
import { idenfy } from '@kyc-errors/idenfy';
import { describe, expect, it } from 'vitest';
import { StatusResponse, WebhookStatus } from '../src/payload.js';
import { errorBody, messageBody } from './fixtures/errors.js';
import { PERSONAL_VALUES, statusAnswer, webhook } from './fixtures/webhooks.js';

const JSON_TYPE = { 'Content-Type': 'application/json' } as const;

interface Expected {
  readonly category: KycError['category'];
  readonly reason: string;
  readonly code: string | null;
  readonly matchedBy: KycError['matchedBy'];
  readonly action: RetryAction;
  readonly retryable: boolean;
  readonly field?: string;
  readonly afterMs?: number;
}

// Whole HTTP failures as iDenfy (or a proxy in front of it) sends them, with the normalized
// answer a reviewer should expect.
const FAILURES: readonly (readonly [name: string, failure: HttpFailure, expected: Expected])[] = [
  [
    '429 TOO_MANY_REQUESTS with Retry-After waits as long as told',
    {
      status: 429,
      headers: { ...JSON_TYPE, 'Retry-After': '30' },
      body: errorBody('TOO_MANY_REQUESTS', 'Request limit reached.'),
    },
    {
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      code: 'TOO_MANY_REQUESTS',
      matchedBy: 'code',
      action: 'wait',
      retryable: true,
      afterMs: 30_000,
    },
  ],
  [
    '429 TOO_MANY_REQUESTS without Retry-After still says wait (a long backoff)',
    { status: 429, headers: JSON_TYPE, body: errorBody('TOO_MANY_REQUESTS', 'Slow down.') },
    {
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      code: 'TOO_MANY_REQUESTS',
      matchedBy: 'code',
      action: 'wait',
      retryable: true,
    },
  ],
  [
    '429 TOO_MANY_REQUESTS "Partner reached token limit" is out of credits, never retried',
    {
      status: 429,
      headers: { ...JSON_TYPE, 'Retry-After': '3600' },
      body: errorBody('TOO_MANY_REQUESTS', 'Partner reached token limit'),
    },
    {
      category: 'account',
      reason: 'OUT_OF_CREDITS',
      code: 'TOO_MANY_REQUESTS',
      matchedBy: 'message',
      action: 'account-action',
      retryable: false,
    },
  ],
  [
    '429 with only the token-limit message is out of credits too',
    { status: 429, headers: JSON_TYPE, body: messageBody('Partner reached token limit') },
    {
      category: 'account',
      reason: 'OUT_OF_CREDITS',
      code: null,
      matchedBy: 'message',
      action: 'account-action',
      retryable: false,
    },
  ],
  [
    '400 PERMISSIONS_ERROR "Partner reached token limit." (the older docs\' form)',
    {
      status: 400,
      headers: JSON_TYPE,
      body: errorBody('PERMISSIONS_ERROR', 'Partner reached token limit.'),
    },
    {
      category: 'account',
      reason: 'OUT_OF_CREDITS',
      code: 'PERMISSIONS_ERROR',
      matchedBy: 'message',
      action: 'account-action',
      retryable: false,
    },
  ],
  [
    '429 HTML page from a proxy reads as iDenfy rate limiting',
    {
      status: 429,
      headers: { 'Content-Type': 'text/html', 'Retry-After': '10' },
      body: '<html><head><title>429 Too Many Requests</title></head><body><center><h1>429 Too Many Requests</h1></center><hr><center>nginx</center></body></html>',
    },
    {
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      code: null,
      matchedBy: 'status',
      action: 'wait',
      retryable: true,
      afterMs: 10_000,
    },
  ],
  [
    '500 INTERNAL_ERROR is retried after a short backoff',
    { status: 500, headers: JSON_TYPE, body: errorBody('INTERNAL_ERROR', 'Unexpected error.') },
    {
      category: 'retryable',
      reason: 'VENDOR_INTERNAL_ERROR',
      code: 'INTERNAL_ERROR',
      matchedBy: 'code',
      action: 'backoff',
      retryable: true,
    },
  ],
  [
    '502 HTML from a load balancer falls to core',
    {
      status: 502,
      headers: { 'Content-Type': 'text/html' },
      body: '<html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>',
    },
    {
      category: 'retryable',
      reason: 'BAD_GATEWAY',
      code: null,
      matchedBy: 'status',
      action: 'backoff',
      retryable: true,
    },
  ],
  [
    '401 "Invalid authorization credentials" without identifier',
    { status: 401, headers: JSON_TYPE, body: messageBody('Invalid authorization credentials') },
    {
      category: 'auth',
      reason: 'INVALID_CREDENTIALS',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '401 with the text under "detail" (Django REST style)',
    { status: 401, headers: JSON_TYPE, body: '{"detail":"Invalid authorization credentials"}' },
    {
      category: 'auth',
      reason: 'INVALID_CREDENTIALS',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '401 as plain text',
    {
      status: 401,
      headers: { 'Content-Type': 'text/plain' },
      body: 'Invalid authorization credentials',
    },
    {
      category: 'auth',
      reason: 'INVALID_CREDENTIALS',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '401 UNAUTHORIZED identifier',
    {
      status: 401,
      headers: JSON_TYPE,
      body: errorBody('UNAUTHORIZED', 'API key/secret not valid.'),
    },
    {
      category: 'auth',
      reason: 'INVALID_CREDENTIALS',
      code: 'UNAUTHORIZED',
      matchedBy: 'code',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '403 "Partner inactive" is the account, not the credentials',
    { status: 403, headers: JSON_TYPE, body: messageBody('Partner inactive') },
    {
      category: 'account',
      reason: 'ACCOUNT_DISABLED',
      code: null,
      matchedBy: 'message',
      action: 'account-action',
      retryable: false,
    },
  ],
  [
    '403 "Partner inactive" as a one-element list',
    { status: 403, headers: JSON_TYPE, body: '{"message":["Partner inactive"]}' },
    {
      category: 'account',
      reason: 'ACCOUNT_DISABLED',
      code: null,
      matchedBy: 'message',
      action: 'account-action',
      retryable: false,
    },
  ],
  [
    '403 wrong environment (SANDBOX)',
    {
      status: 403,
      headers: JSON_TYPE,
      body: messageBody('This endpoint is not available for SANDBOX partners.'),
    },
    {
      category: 'auth',
      reason: 'WRONG_ENVIRONMENT',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '403 wrong environment with a lower-case, hyphenated name',
    {
      status: 403,
      headers: JSON_TYPE,
      body: messageBody('This endpoint is not available for pre-production partners.'),
    },
    {
      category: 'auth',
      reason: 'WRONG_ENVIRONMENT',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '402 lack of funds',
    {
      status: 402,
      headers: JSON_TYPE,
      body: messageBody('Action not allowed due to lack of funds or exceeded limit.'),
    },
    {
      category: 'account',
      reason: 'INSUFFICIENT_FUNDS',
      code: null,
      matchedBy: 'message',
      action: 'account-action',
      retryable: false,
    },
  ],
  [
    '400 TOKEN_NOT_VALID is the user session, not the API credentials',
    {
      status: 400,
      headers: JSON_TYPE,
      body: errorBody('TOKEN_NOT_VALID', 'Verification token is not valid.'),
    },
    {
      category: 'user-state',
      reason: 'VERIFICATION_TOKEN_INVALID',
      code: 'TOKEN_NOT_VALID',
      matchedBy: 'code',
      action: 'change-state',
      retryable: false,
    },
  ],
  [
    "400 BAD_VALUE \"Field 'country' ...\" (iDenfy's own example)",
    {
      status: 400,
      headers: JSON_TYPE,
      body: errorBody('BAD_VALUE', "Field 'country' must be a valid ISO 3166-1 alpha-2 code."),
    },
    {
      category: 'validation',
      reason: 'INVALID_COUNTRY',
      code: 'BAD_VALUE',
      matchedBy: 'message',
      action: 'fix-request',
      retryable: false,
      field: 'country',
    },
  ],
  [
    '400 MISSING_VALUE for clientId',
    {
      status: 400,
      headers: JSON_TYPE,
      body: errorBody('MISSING_VALUE', "Field 'clientId' is required."),
    },
    {
      category: 'validation',
      reason: 'INVALID_CLIENT_ID',
      code: 'MISSING_VALUE',
      matchedBy: 'message',
      action: 'fix-request',
      retryable: false,
      field: 'clientId',
    },
  ],
  [
    '400 field rule behind a label ("Validation error: Field ...")',
    {
      status: 400,
      headers: JSON_TYPE,
      body: errorBody('VALIDATION_ERROR', "Validation error: Field 'sessionLength' must be >= 60."),
    },
    {
      category: 'validation',
      reason: 'INVALID_SESSION_LENGTH',
      code: 'VALIDATION_ERROR',
      matchedBy: 'message',
      action: 'fix-request',
      retryable: false,
      field: 'sessionLength',
    },
  ],
  [
    '400 a field outside the rule table still names the field',
    {
      status: 400,
      headers: JSON_TYPE,
      body: errorBody('BAD_VALUE', "Field 'firstName' must not contain digits."),
    },
    {
      category: 'validation',
      reason: 'INVALID_FIELD',
      code: 'BAD_VALUE',
      matchedBy: 'message',
      action: 'fix-request',
      retryable: false,
      field: 'firstName',
    },
  ],
  [
    '400 JSON_ERROR with the empty-body text',
    {
      status: 400,
      headers: JSON_TYPE,
      body: errorBody('JSON_ERROR', 'An error occurred while parsing/constructing JSON'),
    },
    {
      category: 'validation',
      reason: 'EMPTY_BODY',
      code: 'JSON_ERROR',
      matchedBy: 'message',
      action: 'fix-request',
      retryable: false,
    },
  ],
  [
    '400 dictionary expected, any type name',
    {
      status: 400,
      headers: JSON_TYPE,
      body: messageBody('Invalid data. Expected a dictionary, but got NoneType.'),
    },
    {
      category: 'validation',
      reason: 'BODY_NOT_OBJECT',
      code: null,
      matchedBy: 'message',
      action: 'fix-request',
      retryable: false,
    },
  ],
  [
    '400 with an empty body falls to the status',
    { status: 400, headers: JSON_TYPE, body: '' },
    {
      category: 'validation',
      reason: 'BAD_REQUEST',
      code: null,
      matchedBy: 'status',
      action: 'fix-request',
      retryable: false,
    },
  ],
  [
    '400 business rule under PERMISSIONS_ERROR: token type not allowed',
    {
      status: 400,
      headers: JSON_TYPE,
      body: errorBody(
        'PERMISSIONS_ERROR',
        'Partner is not allowed to generate DOCUMENT token type.',
      ),
    },
    {
      category: 'account',
      reason: 'TOKEN_TYPE_NOT_ENABLED',
      code: 'PERMISSIONS_ERROR',
      matchedBy: 'message',
      action: 'account-action',
      retryable: false,
      field: 'tokenType',
    },
  ],
  [
    '400 an unknown identifier falls back to the message rules',
    {
      status: 400,
      headers: JSON_TYPE,
      body: errorBody('COUNTRY_ERROR', "Field 'country' must be a valid ISO 3166-1 alpha-2 code."),
    },
    {
      category: 'validation',
      reason: 'INVALID_COUNTRY',
      code: null,
      matchedBy: 'message',
      action: 'fix-request',
      retryable: false,
      field: 'country',
    },
  ],
  [
    '403 an unknown identifier and message fall back to the HTTP status',
    { status: 403, headers: JSON_TYPE, body: errorBody('SOMETHING_NEW', 'Nope.') },
    {
      category: 'auth',
      reason: 'FORBIDDEN',
      code: null,
      matchedBy: 'status',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    "403 a known identifier with an unknown message keeps the identifier's meaning",
    { status: 403, headers: JSON_TYPE, body: errorBody('PERMISSIONS_ERROR', 'Feature X is off.') },
    {
      category: 'account',
      reason: 'PERMISSION_DENIED',
      code: 'PERMISSIONS_ERROR',
      matchedBy: 'code',
      action: 'account-action',
      retryable: false,
    },
  ],
  [
    "405 HTML reads through iDenfy's status table",
    { status: 405, headers: { 'Content-Type': 'text/html' }, body: '<h1>Method Not Allowed</h1>' },
    {
      category: 'validation',
      reason: 'METHOD_NOT_ALLOWED',
      code: null,
      matchedBy: 'status',
      action: 'fix-request',
      retryable: false,
    },
  ],
];

describe('whole HTTP failures', () => {
  it.each(FAILURES)('%s', (_name, failure, expected) => {
    const error = normalize(idenfy, failure);
    expect(error.category).toBe(expected.category);
    expect(error.reason).toBe(expected.reason);
    expect(error.code).toBe(expected.code);
    expect(error.matchedBy).toBe(expected.matchedBy);
    expect(error.retry.action).toBe(expected.action);
    expect(error.retry.retryable).toBe(expected.retryable);
    expect(error.retry.afterMs).toBe(expected.afterMs);
    expect(error.field).toBe(expected.field);
    expect(error.httpStatus).toBe(failure.status);
  });

  it('reads a body sent as bytes with a BOM', () => {
    const bytes = new TextEncoder().encode(
      `\uFEFF${errorBody('TOO_MANY_REQUESTS', 'Request limit reached.')}`,
    );
    expect(normalize(idenfy, { status: 429, body: bytes }).reason).toBe('RATE_LIMITED');
  });

  it('reads an axios-style thrown error through core', () => {
    const thrown = Object.assign(new Error('Request failed with status code 403'), {
      response: { status: 403, headers: {}, data: { message: 'Partner inactive' } },
    });
    expect(normalizeThrown(idenfy, thrown).reason).toBe('ACCOUNT_DISABLED');
  });
});

describe('order: specific before generic', () => {
  it('checks PARTNER_TOKEN_LIMIT before TOO_MANY_REQUESTS', () => {
    const error = normalize(idenfy, {
      status: 429,
      body: errorBody('TOO_MANY_REQUESTS', 'Partner reached token limit'),
    });
    expect(error.reason).toBe('OUT_OF_CREDITS');
  });

  it('checks the token-limit message before the 402 and 429 status meanings', () => {
    for (const status of [402, 429]) {
      const error = normalize(idenfy, { status, body: messageBody('Partner reached token limit') });
      expect(error.reason).toBe('OUT_OF_CREDITS');
    }
  });

  it('lets a message refine only the identifiers its rule lists', () => {
    // UNAUTHORIZED is not something the token-limit text can refine: the identifier stands.
    const error = normalize(idenfy, {
      status: 401,
      body: errorBody('UNAUTHORIZED', 'Partner reached token limit'),
    });
    expect(error.reason).toBe('INVALID_CREDENTIALS');
    expect(error.matchedBy).toBe('code');
  });

  it('checks the documented field rule before the generic field rule', () => {
    const error = normalize(idenfy, {
      status: 400,
      body: errorBody('BAD_VALUE', "Field 'nationality' must be a valid ISO 3166-1 alpha-2 code."),
    });
    expect(error.reason).toBe('INVALID_NATIONALITY');
  });

  it('checks the documented field form before the business keywords', () => {
    // Names a country and a document and says "not supported", but it is in the documented
    // field form: the field verdict wins over the inferred business wording.
    const error = normalize(idenfy, {
      status: 400,
      body: errorBody('BAD_VALUE', "Field 'country': document type not supported."),
    });
    expect(error.reason).toBe('INVALID_COUNTRY');
    expect(error.field).toBe('country');
  });

  it('checks business rules before the generic field rule', () => {
    // "field 'callbackUrl'" deep in a refusal is the account feature, not a bad URL.
    const error = normalize(idenfy, {
      status: 400,
      body: messageBody("Partner is not allowed to set field 'callbackUrl'."),
    });
    expect(error.reason).toBe('CUSTOM_CALLBACK_NOT_ENABLED');
    expect(error.category).toBe('account');
  });

  it('checks utilityBill + additionalSteps before additionalSteps not enabled', () => {
    const error = normalize(idenfy, {
      status: 400,
      body: messageBody('utilityBill is not allowed together with additionalSteps.'),
    });
    expect(error.reason).toBe('CONFLICTING_PARAMETERS');
    expect(error.field).toBe('utilityBill');
  });

  it('checks the questionnaire before the risk profile when a message names both', () => {
    const error = normalize(idenfy, {
      status: 400,
      body: messageBody('Invalid questionnaire ID or risk assessment profile ID'),
    });
    expect(error.reason).toBe('UNKNOWN_QUESTIONNAIRE');
  });

  it("checks iDenfy's status table before core's", () => {
    const error = normalize(idenfy, {
      status: 401,
      body: '<html>401 Authorization Required</html>',
    });
    expect(error.reason).toBe('INVALID_CREDENTIALS');
  });

  it('applies a status-bound rule only at its status', () => {
    // "Partner inactive" is documented at 403; at 400 it proves nothing.
    expect(normalize(idenfy, { status: 400, body: messageBody('Partner inactive') }).reason).toBe(
      'BAD_REQUEST',
    );
    expect(normalize(idenfy, { body: messageBody('Partner inactive') }).category).toBe('unknown');
  });
});

describe('business-logic wordings (inferred; each scenario in a few phrasings)', () => {
  const cases = [
    [
      'Country LT does not support document type RESIDENCE_PERMIT: combination not allowed.',
      'UNSUPPORTED_DOCUMENT_FOR_COUNTRY',
    ],
    ['Unsupported country and document combination.', 'UNSUPPORTED_DOCUMENT_FOR_COUNTRY'],
    ['Token type VIDEO_CALL is not enabled for this partner.', 'TOKEN_TYPE_NOT_ENABLED'],
    ['You cannot use this type of token.', 'TOKEN_TYPE_NOT_ENABLED'],
    ['Custom callbackUrl is disabled for partner.', 'CUSTOM_CALLBACK_NOT_ENABLED'],
    ['Additional steps are not allowed for this partner.', 'ADDITIONAL_STEPS_NOT_ENABLED'],
    ["'utilityBill' and 'additionalSteps' can't be used together.", 'CONFLICTING_PARAMETERS'],
    ['Cannot use address together with additionalData.', 'CONFLICTING_PARAMETERS'],
    [
      'Expiry time is too long for a mobile code (generateDigitString=true).',
      'EXPIRY_TOO_LONG_FOR_MOBILE_CODE',
    ],
    ['Questionnaire not found.', 'UNKNOWN_QUESTIONNAIRE'],
    ['Risk assessment profile does not exist.', 'UNKNOWN_RISK_PROFILE'],
  ] as const;
  it.each(cases)('"%s" -> %s', (text, reason) => {
    expect(normalize(idenfy, { status: 400, body: errorBody('BAD_VALUE', text) }).reason).toBe(
      reason,
    );
    expect(normalize(idenfy, { status: 400, body: messageBody(text) }).reason).toBe(reason);
  });

  it('does not read a refusal into an ordinary validation message', () => {
    const error = normalize(idenfy, {
      status: 400,
      body: errorBody('BAD_VALUE', "Field 'callbackUrl' must be a valid HTTPS URL."),
    });
    expect(error.reason).toBe('INVALID_CALLBACK_URL');
    expect(error.category).toBe('validation');
  });
});

// Issue 22, item 3: https://documentation.idenfy.com/guides/error-handling, "409 Conflict —
// 'Client ID already exists'".
describe('409 Client ID already exists', () => {
  it('says use the active session, not another token; the client id never comes out', () => {
    for (const body of [
      { message: 'Client ID already exists' },
      { identifier: 'BAD_VALUE', message: "Client ID 'crm-7781-jonas' already exists." },
      '',
    ]) {
      const error = normalize(idenfy, { status: 409, body });
      expect(error, JSON.stringify(body)).toMatchObject({
        category: 'user-state',
        reason: 'CLIENT_ID_ALREADY_EXISTS',
        retry: { retryable: false, action: 'check-status' },
      });
      expect(error.remedy).toMatch(/active session/);
      expect(error.vendorMessage).toBeUndefined();
      expect(JSON.stringify(error)).not.toContain('crm-7781');
    }
  });
});

describe('untrusted codes', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'identifier %s never hits the catalog',
    (identifier) => {
      const error = normalize(idenfy, { status: 400, body: errorBody(identifier, 'x') });
      expect(error.reason).toBe('BAD_REQUEST');
      expect(error.matchedBy).toBe('status');
      expect(idenfy.lookup(identifier)).toBeUndefined();
      expect(idenfy.outcome({ status: { overall: identifier } }).isErr()).toBe(true);
    },
  );

  it('does not take a descriptive key or a status sent as an identifier at its word', () => {
    for (const identifier of ['PARTNER_INACTIVE', 'INVALID_FIELD', 'APPROVED', 'DENIED']) {
      const error = normalize(idenfy, { status: 400, body: errorBody(identifier, 'x') });
      expect(error.code).toBeNull();
      expect(error.reason).toBe('BAD_REQUEST');
    }
  });

  it('reads only own properties', () => {
    const inherited = Object.create({ identifier: 'TOO_MANY_REQUESTS', message: 'x' }) as object;
    expect(normalize(idenfy, { status: 400, body: inherited }).reason).toBe('BAD_REQUEST');
    const noProto = Object.assign(Object.create(null) as object, {
      identifier: 'TOO_MANY_REQUESTS',
      message: 'Slow down.',
    });
    expect(normalize(idenfy, { status: 429, body: noProto }).matchedBy).toBe('code');
  });

  it('keeps a message when the identifier beside it is malformed', () => {
    const error = normalize(idenfy, {
      status: 403,
      body: { identifier: 42, message: 'Partner inactive' },
    });
    expect(error.reason).toBe('ACCOUNT_DISABLED');
  });
});

describe('verification statuses', () => {
  it('uses fixtures of the shape the codecs describe', () => {
    // The codecs are the contract the readers are written against; the fixtures follow
    // iDenfy's published examples, so a drift between the two shows here.
    expect(decodeWith(WebhookStatus, webhook({ overall: 'APPROVED' }).status).isOk()).toBe(true);
    expect(decodeWith(StatusResponse, statusAnswer('APPROVED')).isOk()).toBe(true);
    expect(decodeWith(WebhookStatus, statusAnswer('APPROVED').status).isOk()).toBe(false);
  });

  it('reads SUSPECTED as provisional, final, for a person to decide, with its tags', () => {
    const body = webhook({
      overall: 'SUSPECTED',
      fraudTags: ['FACE_IN_BLACKLIST', 'AML_SUSPECTION'],
      mismatchTags: ['UNDER_AGE', 'NAME'],
      suspicionReasons: ['FACE_SUSPECTED'],
    });
    const outcome = idenfy.outcome(body)._unsafeUnwrap();
    expect(outcome.verdict).toBe('provisional');
    expect(outcome.final).toBe(true);
    expect(outcome.retry.action).toBe('investigate');
    expect(outcome.tags).toEqual([
      'FACE_IN_BLACKLIST',
      'AML_SUSPECTION',
      'UNDER_AGE',
      'NAME',
      'FACE_SUSPECTED',
    ]);
  });

  it('keeps each tag once and drops values that are not tags', () => {
    const body = webhook({
      overall: 'SUSPECTED',
      fraudTags: ['FACE_SUSPECTED', 'Jonas Petraitis', 'jonas@example.com'],
      suspicionReasons: ['FACE_SUSPECTED'],
    });
    expect(idenfy.outcome(body)._unsafeUnwrap().tags).toEqual(['FACE_SUSPECTED']);
  });

  it('turns an automatic APPROVED with final: false into provisional, to wait for', () => {
    const outcome = idenfy.outcome(webhook({ overall: 'APPROVED', final: false }))._unsafeUnwrap();
    expect(outcome).toMatchObject({ verdict: 'provisional', final: false });
    expect(outcome.retry.action).toBe('wait-for-result');
  });

  it('turns an automatic DENIED with final: false into pending', () => {
    const outcome = idenfy.outcome(webhook({ overall: 'DENIED', final: false }))._unsafeUnwrap();
    expect(outcome).toMatchObject({ verdict: 'pending', final: false });
  });

  it('reads EXPIRED as a final rejection the user can cure with a new session', () => {
    const outcome = idenfy.outcome(statusAnswer('EXPIRED'))._unsafeUnwrap();
    expect(outcome).toMatchObject({ verdict: 'rejected', final: true });
    expect(outcome.retry.action).toBe('user-action');
  });

  it('reads the webhook status object passed on its own', () => {
    const outcome = idenfy.outcome({ overall: 'REVIEWING', fraudTags: [] })._unsafeUnwrap();
    expect(outcome).toMatchObject({ code: 'REVIEWING', verdict: 'pending', final: false });
  });

  it('reads a webhook sent as a JSON string', () => {
    const outcome = idenfy.outcome(JSON.stringify(webhook({ overall: 'DENIED' })));
    expect(outcome._unsafeUnwrap().verdict).toBe('rejected');
  });

  it('gives an undocumented status with passing checks at most provisional', () => {
    const outcome = idenfy.outcome(webhook({ overall: 'ON_HOLD' }))._unsafeUnwrap();
    expect(outcome).toMatchObject({ code: null, verdict: 'provisional' });
    expect(outcome.reason).toBe('UNDOCUMENTED_RESULT');
  });

  it('prefers the manual check results to the automatic ones for that fallback', () => {
    const body = webhook({ overall: 'ON_HOLD', manualFace: 'FACE_MISMATCH' });
    expect(idenfy.outcome(body).isErr()).toBe(true);
    const unreviewed = webhook({ overall: 'ON_HOLD', manualDocument: null, manualFace: '' });
    expect(idenfy.outcome(unreviewed)._unsafeUnwrap().verdict).toBe('provisional');
  });

  it('answers an error body given to outcome() with its KycError', () => {
    const result = idenfy.outcome(errorBody('TOKEN_NOT_VALID', 'Verification token is not valid.'));
    expect(result._unsafeUnwrapErr().reason).toBe('VERIFICATION_TOKEN_INVALID');
  });

  it('says "not a result" for a body that is neither', () => {
    const result = idenfy.outcome({ hello: 'world' });
    expect(result._unsafeUnwrapErr().reason).toBe('NOT_A_RESULT');
  });

  it('says "not a failure" when a verification body is normalized as an error', () => {
    const approved = normalize(idenfy, { status: 200, body: webhook({ overall: 'APPROVED' }) });
    expect(approved.reason).toBe('NOT_A_FAILURE');
    const denied = normalize(idenfy, { status: 200, body: statusAnswer('DENIED') });
    expect(denied.category).toBe('verification');
  });
});

describe('personal data never reaches the output', () => {
  const leaks = (value: unknown): string[] => {
    const json = JSON.stringify(value);
    return PERSONAL_VALUES.filter((v) => json.includes(v));
  };

  it.each(['APPROVED', 'DENIED', 'SUSPECTED', 'REVIEWING', 'EXPIRED', 'ON_HOLD'])(
    'webhook %s',
    (overall) => {
      const body = webhook({ overall, fraudTags: ['DUPLICATE_FACE'] });
      expect(leaks(idenfy.outcome(body))).toEqual([]);
      expect(leaks(idenfy.outcome(JSON.stringify(body)))).toEqual([]);
      expect(leaks(normalize(idenfy, { status: 200, body }))).toEqual([]);
      expect(leaks(normalize(idenfy, { body }))).toEqual([]);
      expect(leaks(normalize(idenfy, { status: 418, body }))).toEqual([]);
    },
  );

  it('keeps the raw copy of an unrecognised body, redacted', () => {
    const full = webhook({ overall: 'APPROVED' });
    const body = { ...full, status: 'weird' };
    const error = normalize(idenfy, { status: 299, body });
    expect(error.category).toBe('unknown');
    expect(error.raw).toBeDefined();
    expect(leaks(error)).toEqual([]);
    expect(leaks(idenfy.outcome({ person: full.data }))).toEqual([]);
  });

  const echoes = [
    "Field 'clientId' must be at most 100 characters, got 'user-8842-jonas'.",
    "Field 'clientId' must be at most 100 characters, got user-8842-jonas",
    'Field \'clientId\' must be ASCII: "JONAS PETRAITIS" contains invalid characters.',
    "Client 'user-8842-jonas' already has an active token.",
    "Field 'dateOfBirth' must follow YYYY-MM-DD, received: 1987-03-18",
    "Field 'firstName' must not contain digits: 'ONA' given as `JONAS PETRAITIS`.",
    "Field 'address' is too long: Gedimino pr. 9, Vilnius",
  ];
  it.each(echoes)('scrubs the echo in "%s"', (message) => {
    // The last echo names no keyword and no quotes: only the request body the caller holds
    // could tell it apart, so core's scrubbing gets it from the secrets the body carries.
    const body = { identifier: 'BAD_VALUE', message, address: 'Gedimino pr. 9, Vilnius' };
    const error = normalize(idenfy, { status: 400, body });
    expect(error.category).toBe('validation');
    expect(leaks(error)).toEqual([]);
    expect(leaks(new KycFailure(error).stack)).toEqual([]);
  });

  it('keeps field names and type names in the vendor message', () => {
    const error = normalize(idenfy, {
      status: 400,
      body: errorBody('BAD_VALUE', "Field 'expiryTime' must be an integer, got str."),
    });
    expect(error.vendorMessage).toBe("Field 'expiryTime' must be an integer, got str.");
    const echoed = normalize(idenfy, {
      status: 400,
      body: errorBody(
        'BAD_VALUE',
        "Field 'tokenType' must be one of: IDENTIFICATION, got 'SELFIE_ONLY'.",
      ),
    });
    expect(echoed.vendorMessage).toBe(
      "Field 'tokenType' must be one of: IDENTIFICATION, got '[redacted]'.",
    );
  });
});
