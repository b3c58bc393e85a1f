import {
  fromResponse,
  type HttpFailure,
  type KycError,
  KycFailure,
  normalize,
  normalizeThrown,
  type RetryAction,
} from '@kyc-errors/core';
import { decodeWith } from '@kyc-errors/core/provider-kit';
import { sumsub } from '@kyc-errors/sumsub';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorBody, OAuthErrorBody, ReviewBody } from '../src/payload.js';
import { EXAMPLES, errorBody, failure } from './fixtures/errors.js';
import {
  applicant,
  PERSONAL_VALUES,
  REVIEWED_GREEN,
  REVIEWED_RED_FINAL,
  REVIEWED_RED_RETRY,
  statusAnswer,
  webhook,
} from './fixtures/webhooks.js';

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

// Whole HTTP failures as Sumsub (or a proxy in front of it) sends them, with the normalized
// answer a reviewer should expect.
const FAILURES: readonly (readonly [name: string, failure: HttpFailure, expected: Expected])[] = [
  [
    'the documented 1004 example is a corrupted file, a request to fix',
    EXAMPLES.documented1004,
    {
      category: 'validation',
      reason: 'CORRUPTED_FILE',
      code: '1004',
      matchedBy: 'code',
      action: 'fix-request',
      retryable: false,
      field: 'content',
    },
  ],
  [
    'a real 1004 body in Sumsub key order reads the same',
    EXAMPLES.real1004,
    {
      category: 'validation',
      reason: 'CORRUPTED_FILE',
      code: '1004',
      matchedBy: 'code',
      action: 'fix-request',
      retryable: false,
      field: 'content',
    },
  ],
  [
    '401 "Invalid signature" without errorCode is a signing fault',
    EXAMPLES.invalidSignature,
    {
      category: 'auth',
      reason: 'INVALID_SIGNATURE',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
      field: 'X-App-Access-Sig',
    },
  ],
  [
    '401 "Request signature mismatch" is the same fault',
    EXAMPLES.signatureMismatch,
    {
      category: 'auth',
      reason: 'INVALID_SIGNATURE',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
      field: 'X-App-Access-Sig',
    },
  ],
  [
    '401 "Token expired" is retried after a refresh',
    EXAMPLES.tokenExpired,
    {
      category: 'auth',
      reason: 'TOKEN_EXPIRED',
      code: null,
      matchedBy: 'message',
      action: 'refresh-credentials',
      retryable: true,
    },
  ],
  [
    '401 "Unauthorized" is a credentials problem',
    EXAMPLES.unauthorized,
    {
      category: 'auth',
      reason: 'UNAUTHORIZED',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '403 "Unauthorized (atd)" is a missing permission',
    EXAMPLES.forbiddenAtd,
    {
      category: 'auth',
      reason: 'PERMISSION_DENIED',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '403 with no body is a missing permission',
    EXAMPLES.bare403,
    {
      category: 'auth',
      reason: 'PERMISSION_DENIED',
      code: null,
      matchedBy: 'status',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '401 with no body is Sumsub refusing the credentials',
    EXAMPLES.bare401,
    {
      category: 'auth',
      reason: 'UNAUTHORIZED',
      code: null,
      matchedBy: 'status',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '403 for a dashboard-only feature is the account, not the credentials',
    EXAMPLES.featureNotViaApi,
    {
      category: 'account',
      reason: 'FEATURE_NOT_AVAILABLE_VIA_API',
      code: null,
      matchedBy: 'message',
      action: 'account-action',
      retryable: false,
    },
  ],
  [
    '400 with an undocumented validation text is a bad request',
    EXAMPLES.questionnaire400,
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
    '404 "Applicant not found" is the applicant missing',
    EXAMPLES.applicantNotFound,
    {
      category: 'user-state',
      reason: 'APPLICANT_NOT_FOUND',
      code: null,
      matchedBy: 'message',
      action: 'change-state',
      retryable: false,
    },
  ],
  [
    '409 "Entity already exists" says look before sending again',
    EXAMPLES.entityExists,
    {
      category: 'validation',
      reason: 'ALREADY_EXISTS',
      code: null,
      matchedBy: 'message',
      action: 'check-status',
      retryable: false,
    },
  ],
  [
    '429 without Retry-After waits the documented 5 s window',
    EXAMPLES.rateLimited,
    {
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      code: null,
      matchedBy: 'status',
      action: 'wait',
      retryable: true,
      afterMs: 5000,
    },
  ],
  [
    '429 with a Retry-After waits as long as told',
    { ...EXAMPLES.rateLimited, headers: { ...EXAMPLES.rateLimited.headers, 'Retry-After': '7' } },
    {
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      code: null,
      matchedBy: 'status',
      action: 'wait',
      retryable: true,
      afterMs: 7000,
    },
  ],
  [
    "429 ignores another vendor's rate-limit headers: Sumsub documents none",
    {
      ...EXAMPLES.rateLimited,
      headers: { 'RateLimit-Reset': '30', 'X-RateLimit-Reset': '1700000000' },
    },
    {
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      code: null,
      matchedBy: 'status',
      action: 'wait',
      retryable: true,
      afterMs: 5000,
    },
  ],
  [
    'a bare 503 from a gateway is left to core, retried with backoff',
    EXAMPLES.gateway503,
    {
      category: 'retryable',
      reason: 'SERVICE_UNAVAILABLE',
      code: null,
      matchedBy: 'status',
      action: 'backoff',
      retryable: true,
    },
  ],
  [
    'a reuse code needs the user to bring documents',
    EXAMPLES.reuse10513,
    {
      category: 'user-state',
      reason: 'DONOR_DOC_TYPE_INCOMPATIBLE',
      code: '10513',
      matchedBy: 'code',
      action: 'user-action',
      retryable: false,
    },
  ],
  [
    "401 'Token is invalid' is ID Connect's share token, refreshed",
    EXAMPLES.shareToken,
    {
      category: 'auth',
      reason: 'SHARE_TOKEN_INVALID',
      code: null,
      matchedBy: 'message',
      action: 'refresh-credentials',
      retryable: true,
    },
  ],
  [
    'an OAuth invalid_client answer is the OIDC client credentials',
    EXAMPLES.oidcClient,
    {
      category: 'auth',
      reason: 'CLIENT_AUTH_FAILED',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    'an OAuth invalid_redirect_uri answer is the allow-list',
    EXAMPLES.oidcRedirect,
    {
      category: 'validation',
      reason: 'REDIRECT_URI_NOT_ALLOWED',
      code: null,
      matchedBy: 'message',
      action: 'fix-config',
      retryable: false,
      field: 'redirect_uri',
    },
  ],
  [
    '404 "Invalid clientId" is ID Connect not enabled',
    EXAMPLES.idConnectOff,
    {
      category: 'account',
      reason: 'PRODUCT_NOT_ENABLED',
      code: null,
      matchedBy: 'message',
      action: 'account-action',
      retryable: false,
    },
  ],
];

describe('whole HTTP failures', () => {
  it.each(FAILURES)('%s', (_name, sent, expected) => {
    const error = normalize(sumsub, sent);
    expect(error.category).toBe(expected.category);
    expect(error.reason).toBe(expected.reason);
    expect(error.code).toBe(expected.code);
    expect(error.matchedBy).toBe(expected.matchedBy);
    expect(error.retry.action).toBe(expected.action);
    expect(error.retry.retryable).toBe(expected.retryable);
    expect(error.retry.afterMs).toBe(expected.afterMs);
    expect(error.field).toBe(expected.field);
    expect(error.httpStatus).toBe(sent.status);
  });

  it('uses fixtures of the shape the codecs describe', () => {
    expect(decodeWith(ErrorBody, JSON.parse(EXAMPLES.documented1004.body)).isOk()).toBe(true);
    expect(decodeWith(ErrorBody, JSON.parse(EXAMPLES.real1004.body)).isOk()).toBe(true);
    expect(decodeWith(ErrorBody, JSON.parse(EXAMPLES.tokenExpired.body)).isOk()).toBe(true);
    expect(decodeWith(OAuthErrorBody, JSON.parse(EXAMPLES.oidcClient.body)).isOk()).toBe(true);
    for (const body of [REVIEWED_GREEN, REVIEWED_RED_RETRY, REVIEWED_RED_FINAL]) {
      expect(decodeWith(ReviewBody, body).isOk()).toBe(true);
    }
    expect(decodeWith(ReviewBody, statusAnswer('onHold')).isOk()).toBe(true);
  });

  it('reads a body sent as bytes with a BOM', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${EXAMPLES.documented1004.body}`);
    expect(normalize(sumsub, { status: 400, body: bytes }).reason).toBe('CORRUPTED_FILE');
  });

  it('reads an axios-style thrown error through core', () => {
    const thrown = Object.assign(new Error('Request failed with status code 409'), {
      response: {
        status: 409,
        headers: {},
        data: JSON.parse(
          errorBody(409, 'Duplicate document', 1000, 'duplicate-document'),
        ) as unknown,
      },
    });
    expect(normalizeThrown(sumsub, thrown).reason).toBe('DUPLICATE_DOCUMENT');
  });
});

describe('order: specific before generic', () => {
  it('checks errorCode before the description', () => {
    const error = normalize(sumsub, failure(401, 'Invalid signature', 4004, 'whatever-name'));
    expect(error.reason).toBe('REQUEST_TIMESTAMP_EXPIRED');
    expect(error.matchedBy).toBe('code');
  });

  it('checks the description before the status', () => {
    const error = normalize(sumsub, EXAMPLES.featureNotViaApi);
    expect(error.category).toBe('account');
    expect(normalize(sumsub, EXAMPLES.bare403).category).toBe('auth');
  });

  it("checks Sumsub's status table before core's", () => {
    expect(normalize(sumsub, { status: 409 }).reason).toBe('STATE_CONFLICT');
    expect(normalize(sumsub, { status: 404 }).reason).toBe('RESOURCE_NOT_FOUND');
  });

  it('reads "Unauthorized" at 403 as a permission and elsewhere as credentials', () => {
    expect(normalize(sumsub, failure(403, 'Unauthorized')).reason).toBe('PERMISSION_DENIED');
    expect(normalize(sumsub, failure(401, 'Unauthorized')).reason).toBe('UNAUTHORIZED');
  });

  it('applies the ID Connect clientId text only at 404', () => {
    const error = normalize(sumsub, failure(400, 'Invalid clientId: client_id'));
    expect(error.reason).toBe('BAD_REQUEST');
  });

  it('takes a documented errorName sent without its errorCode as that code', () => {
    const body = JSON.stringify({ description: 'x', code: 400, errorName: 'encrypted-file' });
    const error = normalize(sumsub, { status: 400, body });
    expect(error.code).toBe('1011');
    expect(error.reason).toBe('ENCRYPTED_FILE');
  });

  it('lets errorCode win when errorName disagrees', () => {
    const error = normalize(sumsub, failure(400, 'x', 1002, 'encrypted-file'));
    expect(error.code).toBe('1002');
  });
});

describe('untrusted codes', () => {
  it.each([
    '__proto__',
    'constructor',
    'toString',
    'GREEN',
    'HTTP_429',
    '1004abc',
    '１００４',
    '-1004',
    '100',
  ])('errorCode %j never hits the catalog', (errorCode) => {
    const body = JSON.stringify({ description: 'x', code: 400, correlationId: 'c', errorCode });
    const error = normalize(sumsub, { status: 400, body });
    expect(error.code).toBeNull();
    expect(error.reason).toBe('BAD_REQUEST');
  });

  it('drops a fractional or huge numeric errorCode', () => {
    for (const errorCode of [1004.5, 1e21, Number.MAX_SAFE_INTEGER]) {
      const error = normalize(sumsub, { status: 400, body: { description: 'x', errorCode } });
      expect(error.code).toBeNull();
    }
  });

  it('reads an errorCode sent as a numeric string', () => {
    const error = normalize(sumsub, { status: 400, body: { description: 'x', errorCode: '1003' } });
    expect(error.reason).toBe('EMPTY_FILE');
  });

  it('reads only own properties', () => {
    const inherited = Object.create({ errorCode: 1004, description: 'x' }) as object;
    expect(normalize(sumsub, { status: 400, body: inherited }).code).toBeNull();
    const noProto = Object.assign(Object.create(null) as object, {
      errorCode: 1004,
      description: 'x',
    });
    expect(normalize(sumsub, { status: 400, body: noProto }).code).toBe('1004');
  });

  it('does not take an errorName outside the catalog for a code', () => {
    const body = { description: 'x', errorName: 'toString' };
    expect(normalize(sumsub, { status: 400, body }).code).toBeNull();
  });
});

describe('review verdicts (the disputable mappings, by name)', () => {
  it('reads RED + RETRY as a rejection the applicant may cure: not final, user-action, tagged', () => {
    const outcome = sumsub.outcome(REVIEWED_RED_RETRY)._unsafeUnwrap();
    expect(outcome).toMatchObject({
      code: 'RED_RETRY',
      verdict: 'rejected',
      final: false,
      reason: 'RESUBMISSION_REQUESTED',
    });
    expect(outcome.retry).toEqual({ retryable: false, action: 'user-action' });
    expect(outcome.remedy).toMatch(/resubmit/);
    expect(outcome.tags).toEqual(['RETRY', 'INCOMPLETE_DOCUMENT', 'UNSATISFACTORY_PHOTOS']);
  });

  it('reads RED + FINAL as the last word: final, nothing to retry, tagged', () => {
    const outcome = sumsub.outcome(REVIEWED_RED_FINAL)._unsafeUnwrap();
    expect(outcome).toMatchObject({ code: 'RED_FINAL', verdict: 'rejected', final: true });
    expect(outcome.retry).toEqual({ retryable: false, action: 'none' });
    expect(outcome.tags).toEqual(['FINAL', 'SANCTIONS']);
  });

  it('reads RED without reviewRejectType as final, for a person to look at', () => {
    const body = statusAnswer('completed', { reviewAnswer: 'RED', rejectLabels: ['FORGERY'] });
    const outcome = sumsub.outcome(body)._unsafeUnwrap();
    expect(outcome).toMatchObject({ code: 'RED', verdict: 'rejected', final: true });
    expect(outcome.retry.action).toBe('investigate');
    expect(outcome.tags).toEqual(['FORGERY']);
  });

  it('reads GREEN as approved only when the review is completed', () => {
    expect(sumsub.outcome(REVIEWED_GREEN)._unsafeUnwrap()).toMatchObject({
      code: 'GREEN',
      verdict: 'approved',
      final: true,
    });
  });

  it('reads awaitingService with a GREEN answer as pending, not approved', () => {
    const body = statusAnswer('awaitingService', { reviewAnswer: 'GREEN' });
    const outcome = sumsub.outcome(body)._unsafeUnwrap();
    expect(outcome).toMatchObject({ code: 'awaitingService', verdict: 'pending', final: false });
    expect(outcome.retry.action).toBe('wait-for-result');
  });

  it('reads onHold with a RED answer as pending: a person still decides', () => {
    const body = webhook({ type: 'applicantOnHold', reviewStatus: 'onHold', reviewAnswer: 'RED' });
    const outcome = sumsub.outcome(body)._unsafeUnwrap();
    expect(outcome).toMatchObject({ code: 'onHold', verdict: 'pending', final: false });
  });

  it.each(['init', 'pending', 'prechecked', 'queued', 'onHold', 'awaitingService', 'awaitingUser'])(
    'never reads %s as final',
    (status) => {
      const body = statusAnswer(status, { reviewAnswer: 'RED', reviewRejectType: 'FINAL' });
      expect(sumsub.outcome(body)._unsafeUnwrap()).toMatchObject({
        verdict: 'pending',
        final: false,
      });
    },
  );

  it('reads applicantPrechecked carrying reviewStatus queued as pending', () => {
    const body = webhook({ type: 'applicantPrechecked', reviewStatus: 'queued' });
    expect(sumsub.outcome(body)._unsafeUnwrap()).toMatchObject({ code: 'queued', final: false });
  });

  it('reads init (documents requested) as waiting on the user', () => {
    const body = webhook({ type: 'applicantCreated', reviewStatus: 'init' });
    const outcome = sumsub.outcome(body)._unsafeUnwrap();
    expect(outcome).toMatchObject({ verdict: 'pending', final: false });
    expect(outcome.retry.action).toBe('user-action');
  });

  it('reads a status Sumsub adds later as pending, not final', () => {
    const outcome = sumsub.outcome(statusAnswer('awaitingSomething'))._unsafeUnwrap();
    expect(outcome).toMatchObject({
      code: null,
      verdict: 'pending',
      final: false,
      reason: 'UNDOCUMENTED_RESULT',
    });
  });

  it('answers a completed review without a documented answer as unknown, not a verdict', () => {
    for (const result of [undefined, { reviewAnswer: 'YELLOW' }]) {
      const error = sumsub.outcome(statusAnswer('completed', result))._unsafeUnwrapErr();
      expect(error.category).toBe('unknown');
      expect(error.retry.action).toBe('investigate');
    }
  });

  it('reads a verdict webhook without reviewStatus as a completed review', () => {
    const body = webhook({
      type: 'applicantWorkflowCompleted',
      reviewStatus: 'completed',
      reviewAnswer: 'GREEN',
    });
    delete body.reviewStatus;
    expect(sumsub.outcome(body)._unsafeUnwrap().code).toBe('GREEN');
    // Any other type is the event it names: the green answer beside it is never read.
    const pending = webhook({ type: 'applicantPending', reviewStatus: 'x', reviewAnswer: 'GREEN' });
    delete pending.reviewStatus;
    expect(sumsub.outcome(pending)._unsafeUnwrapErr().reason).toBe('NOT_A_VERDICT');
    expect(sumsub.webhook(pending)._unsafeUnwrap()).toMatchObject({
      kind: 'event',
      reason: 'APPLICANT_PENDING',
    });
  });

  it("reads the applicant object's nested review", () => {
    const body = applicant({
      reviewId: 'KpQzT',
      reviewStatus: 'completed',
      reviewResult: {
        reviewAnswer: 'RED',
        reviewRejectType: 'RETRY',
        rejectLabels: ['SELFIE_MISMATCH'],
      },
    });
    const outcome = sumsub.outcome(body)._unsafeUnwrap();
    expect(outcome).toMatchObject({ code: 'RED_RETRY', final: false });
    expect(outcome.tags).toEqual(['RETRY', 'SELFIE_MISMATCH']);
  });

  it('keeps only catalogued labels as tags, each once', () => {
    const body = statusAnswer('completed', {
      reviewAnswer: 'RED',
      reviewRejectType: 'RETRY',
      rejectLabels: ['SCREENSHOTS', 'ANNELIESE', 'SCREENSHOTS', 42, null, 'bad photo', 'BAD_PHOTO'],
    });
    expect(sumsub.outcome(body)._unsafeUnwrap().tags).toEqual(['RETRY', 'SCREENSHOTS']);
  });

  it('keeps the status when reviewResult is malformed', () => {
    const body = { reviewStatus: 'completed', reviewResult: 'RED' };
    expect(sumsub.outcome(body).isErr()).toBe(true);
    const open = { reviewStatus: 'onHold', reviewResult: [1, 2] };
    expect(sumsub.outcome(open)._unsafeUnwrap().code).toBe('onHold');
  });

  it('reads a webhook sent as a JSON string', () => {
    const outcome = sumsub.outcome(JSON.stringify(REVIEWED_RED_FINAL));
    expect(outcome._unsafeUnwrap().verdict).toBe('rejected');
  });

  it('answers an error body given to outcome() with its KycError', () => {
    const error = sumsub.outcome(JSON.parse(EXAMPLES.documented1004.body))._unsafeUnwrapErr();
    expect(error.reason).toBe('CORRUPTED_FILE');
  });

  it('says "not a result" for a body that is neither', () => {
    expect(sumsub.outcome({ ok: 1 })._unsafeUnwrapErr().reason).toBe('NOT_A_RESULT');
  });

  it('normalizes a RED review as a verification failure, anything open as no failure', () => {
    expect(normalize(sumsub, { status: 200, body: REVIEWED_RED_FINAL }).category).toBe(
      'verification',
    );
    const open = normalize(sumsub, { status: 200, body: statusAnswer('onHold') });
    expect(open.reason).toBe('NOT_A_FAILURE');
    const green = normalize(sumsub, { status: 200, body: REVIEWED_GREEN });
    expect(green.reason).toBe('NOT_A_FAILURE');
  });

  it('passes a review body through the response boundary: a RED review is not a failed call', () => {
    for (const body of [REVIEWED_RED_FINAL, REVIEWED_GREEN, statusAnswer('pending')]) {
      expect(fromResponse(sumsub, { status: 200, headers: {}, body }).isOk()).toBe(true);
    }
    const failed = fromResponse(sumsub, EXAMPLES.documented1004);
    expect(failed._unsafeUnwrapErr().reason).toBe('CORRUPTED_FILE');
  });
});

describe('error advice (the disputable mappings, by name)', () => {
  const reasonOf = (code: string) => sumsub.errorFor(code);

  // Issue 22, item 3: the 409 of creating an applicant whose externalUserId is taken, as
  // integrators quote it. The external user id is the caller's own, and may be an e-mail.
  it('409 "Applicant with external user id ... already exists" says look it up and use it; the id never comes out', () => {
    for (const id of ['ada.obi@example.com', 'user-49', 'Ada Obi']) {
      const error = normalize(
        sumsub,
        failure(
          409,
          `Applicant with external user id '${id}' already exists: 690e7f5976808036b2e8fa38`,
        ),
      );
      expect(error, id).toMatchObject({
        category: 'user-state',
        reason: 'APPLICANT_ALREADY_EXISTS',
        matchedBy: 'message',
        retry: { retryable: false, action: 'check-status' },
      });
      expect(error.remedy).toMatch(/externalUserId/);
      // Nothing derived from the text comes out: no vendor message, no raw, no code.
      expect(error).not.toHaveProperty('vendorMessage');
      expect(error).not.toHaveProperty('raw');
      expect(error.code).toBeNull();
      const json = JSON.stringify(error);
      for (const value of [id, 'ada.obi', 'Obi', '690e7f5976808036b2e8fa38']) {
        expect(json, value).not.toContain(value);
      }
    }
  });

  it('reads 1000 duplicate-document as "the earlier upload landed": check-status', () => {
    expect(reasonOf('1000')?.retry).toEqual({ retryable: false, action: 'check-status' });
  });

  it('reads 1006 (applicant being checked) as wait-for-result', () => {
    expect(reasonOf('1006')?.retry.action).toBe('wait-for-result');
  });

  it('reads 1007 incorrect-file-size as validation although Sumsub answers 409', () => {
    expect(reasonOf('1007')).toMatchObject({ category: 'validation', httpStatus: 409 });
  });

  it('reads 1009 (final reject) as nothing to retry', () => {
    expect(reasonOf('1009')?.retry).toEqual({ retryable: false, action: 'none' });
  });

  it('reads 1010 doc-type-not-in-req-docs as validation on idDocType', () => {
    expect(reasonOf('1010')).toMatchObject({ category: 'validation', field: 'idDocType' });
  });

  it('reads 4004 as retryable after re-signing, with a clock caution', () => {
    const retry = reasonOf('4004')?.retry;
    expect(retry).toMatchObject({ retryable: true, action: 'refresh-credentials' });
    expect(retry?.caution).toMatch(/clock/);
  });

  it('reads 403 as auth (a token permission), not account', () => {
    expect(normalize(sumsub, { status: 403 }).category).toBe('auth');
  });

  it('reads a generic 404 as validation and "Applicant not found" as user-state', () => {
    expect(normalize(sumsub, { status: 404 }).category).toBe('validation');
    expect(normalize(sumsub, EXAMPLES.applicantNotFound).category).toBe('user-state');
  });

  it('reads the 9102/9103 data-source outages as retryable, never delivered', () => {
    for (const code of ['9102', '9103']) {
      expect(reasonOf(code)).toMatchObject({ category: 'retryable', delivery: 'rejected' });
    }
  });

  it('reads 9104 and 9107 as verification failures, not faults', () => {
    for (const code of ['9104', '9107']) expect(reasonOf(code)?.category).toBe('verification');
  });

  it('warns on a 500 that Sumsub has no idempotency key', () => {
    const error = normalize(sumsub, { status: 500 });
    expect(error.reason).toBe('VENDOR_SERVER_ERROR');
    expect(error.retry.caution).toMatch(/idempotency/);
    expect(error.delivery).toBe('uncertain');
  });
});

describe('personal data never reaches the output', () => {
  const leaks = (value: unknown): string[] => {
    const json = JSON.stringify(value);
    return PERSONAL_VALUES.filter((v) => json.includes(v));
  };
  const reviews = [
    REVIEWED_GREEN,
    REVIEWED_RED_RETRY,
    REVIEWED_RED_FINAL,
    webhook({ type: 'applicantOnHold', reviewStatus: 'onHold', reviewAnswer: 'RED' }),
    webhook({ type: 'applicantPending', reviewStatus: 'weird status' }),
    applicant({ reviewStatus: 'completed', reviewResult: { reviewAnswer: 'GREEN' } }),
    applicant({ reviewStatus: 'completed', reviewResult: { reviewAnswer: 'PURPLE' } }),
    applicant({ nothing: true }),
  ];

  it.each(reviews.map((b, i) => [i, b] as const))('review body %i', (_i, body) => {
    expect(leaks(sumsub.outcome(body))).toEqual([]);
    expect(leaks(sumsub.outcome(JSON.stringify(body)))).toEqual([]);
    for (const status of [undefined, 200, 400, 418, 500]) {
      expect(leaks(normalize(sumsub, { status, body }))).toEqual([]);
    }
  });

  it('keeps the raw copy of an unrecognised body, redacted', () => {
    const body = applicant({ weird: true });
    const error = normalize(sumsub, { status: 299, body });
    expect(error.category).toBe('unknown');
    expect(error.raw).toBeDefined();
    expect(leaks(error)).toEqual([]);
  });

  const echoes = [
    'Corrupted file for applicant 6650aa00bb11cc22dd33ee44 and type imageUpload',
    'Invalid email: anneliese.vogelsang@example.org',
    'Phone number +49 170 5550123 is not valid',
    'Applicant with externalUserId user-8842-fake already exists',
  ];
  it.each(echoes)('scrubs what "%s" echoes', (description) => {
    // The last echo names no keyword: only the request body could tell it apart, so the
    // caller's body (with externalUserId) is what core scrubs it against.
    const body = {
      description,
      code: 400,
      correlationId: 'req-1',
      externalUserId: 'user-8842-fake',
    };
    const error = normalize(sumsub, { status: 400, body });
    expect(leaks(error)).toEqual([]);
    expect(leaks(new KycFailure(error).stack)).toEqual([]);
  });

  it('treats the applicant and signature fields as sensitive', () => {
    for (const key of [
      'firstName',
      'lastName',
      'dob',
      'number',
      'addresses',
      'email',
      'phone',
      'externalUserId',
      'X-App-Token',
      'X-App-Access-Sig',
      'clientComment',
      'moderationComment',
      'idDocs',
      'info',
    ]) {
      const body = { description: 'x', [key]: 'SECRET-VALUE-1' };
      const error = normalize(sumsub, { status: 299, body });
      expect(JSON.stringify(error), key).not.toContain('SECRET-VALUE-1');
    }
  });
});

describe('totality', () => {
  const json = fc.jsonValue({ maxDepth: 4 });
  const bodies = fc.oneof(
    json,
    json.map((v) => JSON.stringify(v)),
    fc.string(),
    fc.record({
      description: fc.oneof(fc.string(), json),
      code: json,
      errorCode: fc.oneof(fc.integer(), fc.string(), json),
      errorName: fc.oneof(fc.string(), json),
    }),
    fc.record({
      reviewStatus: fc.oneof(
        fc.constantFrom('completed', 'onHold', 'init', 'pending', 'queued'),
        fc.string(),
        json,
      ),
      reviewResult: fc.oneof(
        json,
        fc.record({
          reviewAnswer: fc.oneof(fc.constantFrom('GREEN', 'RED'), fc.string(), json),
          reviewRejectType: fc.oneof(fc.constantFrom('RETRY', 'FINAL'), fc.string(), json),
          rejectLabels: fc.oneof(fc.array(fc.oneof(fc.string(), json)), json),
        }),
      ),
      type: fc.oneof(fc.constantFrom('applicantReviewed', 'applicantPending'), json),
    }),
    fc.record({ review: json }),
  );

  it('nothing open is ever final', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const result = sumsub.outcome(body);
        if (result.isOk() && result.value.verdict === 'pending') {
          expect(result.value.final).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
