import { fromResponse, isKycError, normalize } from '@kyc-errors/core';
import { decodeWith, REDACTED } from '@kyc-errors/core/provider-kit';
import { smileId } from '@kyc-errors/smile-id';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { V1ErrorBody } from '../src/payload.js';
import {
  authenticationMismatchCallback,
  enhancedKycStuffed,
  gateway,
  jobStatusExample,
  jobStatusPending,
  jobStatusSystemError,
  jobStatusUnderReview,
  registrationCallback,
  v3,
} from './fixtures/bodies.js';
import {
  v1BusinessVerificationVerified,
  v1IdNumberBlocked429,
  v1JobStatusComplete,
  v1JobStatusNotProcessedYet,
  v3AmlCallbackHighRisk,
  v3DocVCallbackDocumentExpired,
  v3IdNumberBlocked429,
  v3LinkUserIdTaken409,
  v3ReplayStillProcessing409,
} from './fixtures/v3.js';

const v1 = (code: string | number, error: string, status = 400) =>
  normalize(smileId, { status, body: { code, error } });

const callback = (ResultCode: string, ResultText?: string) => ({
  ResultCode,
  ...(ResultText === undefined ? {} : { ResultText }),
  SmileJobID: '0000003000',
  PartnerParams: { job_id: 'job-1', user_id: 'user-1', job_type: '2' },
});

describe('specific before generic', () => {
  it('exact 2314 wins over family 2214', () => {
    expect(v1('2314', 'No Zip File Received')).toMatchObject({
      reason: 'NO_ZIP_FILE',
      category: 'validation',
      matchedBy: 'code',
    });
  });

  it('exact 2413 wins over family 2213, for both of its texts', () => {
    const idType = v1('2413', 'valid id_type is required');
    expect(idType).toMatchObject({
      reason: 'INVALID_ID_TYPE',
      field: 'id_type',
      matchedBy: 'code',
    });
    expect(idType.inferredFrom).toBeUndefined();
    expect(v1('2413', 'A required parameter is missing')).toMatchObject({
      reason: 'MISSING_PARAMETER',
      matchedBy: 'code',
    });
  });

  it('exact 2304 wins over family 2204', () => {
    expect(v1('2304', 'Job not found', 404)).toMatchObject({
      reason: 'JOB_NOT_FOUND',
      matchedBy: 'code',
    });
  });

  it('exact 2305 wins over family 2205', () => {
    expect(v1('2305', 'Invalid sec_key', 401)).toMatchObject({
      reason: 'INVALID_SEC_KEY',
      matchedBy: 'code',
    });
  });

  it('documented 2303 is matched by code, not through 2203', () => {
    const error = v1('2303', 'Invalid JSON');
    expect(error).toMatchObject({ reason: 'INVALID_JSON', matchedBy: 'code' });
    expect(error.inferredFrom).toBeUndefined();
  });

  it('undocumented 2415 infers 2215 and keeps its check-status advice', () => {
    expect(v1('2415', 'Job already exists')).toMatchObject({
      code: '2415',
      reason: 'JOB_ALREADY_EXISTS',
      matchedBy: 'family',
      inferredFrom: '2215',
      retry: { action: 'check-status' },
    });
  });

  it('undocumented 2321 infers 2221 and stays refreshable', () => {
    expect(v1('2321', 'Invalid token', 401)).toMatchObject({
      code: '2321',
      category: 'auth',
      matchedBy: 'family',
      inferredFrom: '2221',
      retry: { retryable: true, action: 'refresh-credentials' },
    });
  });

  it('undocumented 2406 has no documented sibling (2206 is undocumented too): the status decides', () => {
    const error = v1('2406', 'Something new');
    expect(error).toMatchObject({ code: null, reason: 'BAD_REQUEST', matchedBy: 'status' });
    expect(error.inferredFrom).toBeUndefined();
  });

  it('undocumented 2406 without a status stays unknown, the raw body kept', () => {
    const error = normalize(smileId, { body: { code: '2406', error: 'Something new' } });
    expect(error).toMatchObject({ code: null, category: 'unknown', matchedBy: 'none' });
    expect(error.raw).toEqual({ code: '2406', error: '[string(13)]' });
  });

  it('a 22xx code has no family: undocumented 2206 is not read as anything', () => {
    expect(smileId.infer('2206')).toBeUndefined();
    expect(smileId.infer('2506')).toBeUndefined();
    expect(smileId.infer('2405')?.code).toBe('2205');
  });

  it('a code wins over the status: 2205 at HTTP 402 is auth, not the wallet', () => {
    expect(v1('2205', 'You are not authorized to do that', 402)).toMatchObject({
      reason: 'INVALID_SIGNATURE',
      matchedBy: 'code',
    });
  });

  it('the gateway timeout message wins over the status', () => {
    expect(normalize(smileId, { status: 500, body: gateway.timeout })).toMatchObject({
      reason: 'ENDPOINT_TIMEOUT',
      matchedBy: 'message',
      delivery: 'uncertain',
    });
  });

  it('402 is the Smile ID wallet before core reads it as PAYMENT_REQUIRED', () => {
    expect(normalize(smileId, { status: 402, body: v3.paymentRequired })).toMatchObject({
      code: null,
      category: 'account',
      reason: 'INSUFFICIENT_WALLET_BALANCE',
      matchedBy: 'status',
      vendorMessage: 'Insufficient wallet balance',
    });
  });

  it('409 is a job_id conflict: check the status first', () => {
    expect(normalize(smileId, { status: 409, body: v3.conflict })).toMatchObject({
      reason: 'JOB_CONFLICT',
      retry: { retryable: false, action: 'check-status' },
    });
  });

  it.each([
    [400, v3.badRequest, 'BAD_REQUEST', 'validation'],
    [401, v3.unauthorized, 'UNAUTHENTICATED', 'auth'],
    [403, gateway.forbidden, 'FORBIDDEN', 'auth'],
    [413, v3.tooLarge, 'PAYLOAD_TOO_LARGE', 'validation'],
    [429, v3.tooManyRequests, 'RATE_LIMITED', 'rate-limit'],
    [500, gateway.internalError, 'VENDOR_INTERNAL_ERROR', 'retryable'],
    [
      503,
      '<html><title>503 Service Unavailable</title></html>',
      'SERVICE_UNAVAILABLE',
      'retryable',
    ],
  ] as const)('HTTP %s keeps core’s generic meaning', (status, body, reason, category) => {
    expect(normalize(smileId, { status, body })).toMatchObject({
      code: null,
      reason,
      category,
      matchedBy: 'status',
    });
  });

  it('a 429 keeps the Retry-After wait', () => {
    const error = normalize(smileId, {
      status: 429,
      headers: { 'Retry-After': '30' },
      body: v3.tooManyRequests,
    });
    expect(error.retry).toMatchObject({ retryable: true, action: 'wait', afterMs: 30_000 });
  });
});

describe('the 2215 resubmission trap', () => {
  it('2215 says check the job status, not retry', () => {
    const error = v1('2215', 'Job already exists for job_id');
    expect(error).toMatchObject({
      category: 'validation',
      field: 'job_id',
      retry: { retryable: false, action: 'check-status' },
    });
    expect(error.remedy).toMatch(/job_status/);
    expect(error.remedy).toMatch(/new job_id only if/);
  });

  it.each(['2201', '2301', '2401'])('system error %s is retryable but warns about 2215', (code) => {
    const error = v1(code, 'System Error', 500);
    expect(error).toMatchObject({
      category: 'retryable',
      delivery: 'uncertain',
      retry: { retryable: true, action: 'backoff' },
    });
    expect(error.retry.caution).toMatch(/2215/);
    expect(error.retry.caution).toMatch(/job_status/);
  });

  it('0001 System Error is retryable and points at a new job_id', () => {
    const error = normalize(smileId, { status: 200, body: callback('0001', 'System Error') });
    expect(error).toMatchObject({ reason: 'JOB_SYSTEM_ERROR', category: 'retryable' });
    expect(error.delivery).toBe('uncertain');
    expect(error.retry.caution).toMatch(/new job_id/);
  });

  it('a gateway timeout carries the same caution', () => {
    const error = normalize(smileId, { status: 504, body: gateway.timeout });
    expect(error.retry.caution).toMatch(/2215/);
  });
});

describe('0001 is told apart by its result text', () => {
  it.each([
    ['Data Invalid', 'DATA_INVALID', false],
    ['Data Invalid - Unable to extract zip file', 'ZIP_EXTRACTION_FAILED', false],
    ['System Error', 'JOB_SYSTEM_ERROR', true],
    ['system error', 'JOB_SYSTEM_ERROR', true],
  ] as const)('%s', (text, reason, retryable) => {
    const error = normalize(smileId, { status: 200, body: callback('0001', text) });
    expect(error).toMatchObject({ code: '0001', reason, retry: { retryable } });
  });

  it('an unlisted text falls back to the first 0001 entry, which is not retried', () => {
    const error = normalize(smileId, { status: 200, body: callback('0001', 'Something else') });
    expect(error).toMatchObject({ reason: 'DATA_INVALID', retry: { retryable: false } });
  });
});

describe('auth', () => {
  it.each(['2205', '2405'])('%s lists the usual causes', (code) => {
    const error = v1(code, 'You are not authorized to do that.', 401);
    expect(error).toMatchObject({ category: 'auth', reason: 'INVALID_SIGNATURE' });
    for (const cause of [/sandbox/, /production/, /base\s+URL/, /signature/, /timestamp sent/]) {
      expect(error.remedy).toMatch(cause);
    }
  });

  it('2221 is refreshed, not reconfigured', () => {
    expect(v1('2221', 'Invalid Token', 401)).toMatchObject({
      category: 'auth',
      retry: { retryable: true, action: 'refresh-credentials' },
    });
  });

  it('2305 is auth', () => {
    expect(v1('2305', 'Invalid sec_key').category).toBe('auth');
  });
});

describe('account and user state', () => {
  it.each([
    ['2214', 'PRODUCT_NOT_ACTIVATED'],
    ['2220', 'PRODUCTION_NOT_ENABLED'],
    ['2414', 'ID_VALIDATION_NOT_ACTIVATED'],
  ])('%s is account: %s', (code, reason) => {
    expect(v1(code, '')).toMatchObject({
      category: 'account',
      reason,
      retry: { action: 'account-action' },
    });
  });

  it.each(['2207', '2208', '2209', '2210', '2211', '2216', '2307', '2310'])(
    '%s is user-state, changed before another attempt',
    (code) => {
      expect(v1(code, '')).toMatchObject({
        category: 'user-state',
        retry: { retryable: false, action: 'change-state' },
      });
    },
  );

  it('2304 is a request naming no job; after an uncertain submission it means safe to resend', () => {
    const error = v1('2304', 'Job not found');
    expect(error.category).toBe('validation');
    expect(error.remedy).toMatch(/safe to submit it again/);
  });
});

describe('verdicts', () => {
  it.each(['0941', '0942', '1241', '0921', '0922'])(
    '%s can be fixed by capturing again',
    (code) => {
      const outcome = smileId.outcome(callback(code))._unsafeUnwrap();
      expect(outcome).toMatchObject({
        verdict: 'rejected',
        final: true,
        retry: { action: 'user-action' },
      });
      expect(outcome.remedy).toMatch(/capture a new/);
    },
  );

  it.each(['0841', '0823', '1242', '1222', '0821', '1221', '1022'])(
    '%s (spoof or mismatch) invites no retry',
    (code) => {
      const outcome = smileId.outcome(callback(code))._unsafeUnwrap();
      expect(outcome).toMatchObject({
        verdict: 'rejected',
        retry: { retryable: false, action: 'none' },
      });
      expect(outcome.remedy).toMatch(/review/);
      expect(outcome.remedy).toMatch(/Do not (retry|resubmit) automatically/);
    },
  );

  it.each(['0844', '0822', '0824', '0825', '0814'])('%s waits on a reviewer', (code) => {
    expect(smileId.outcome(callback(code))._unsafeUnwrap()).toMatchObject({
      verdict: 'provisional',
      final: false,
      retry: { action: 'wait-for-result' },
    });
  });

  it('0846 (deprecated) is pending', () => {
    expect(smileId.lookup('0846')).toMatchObject({ deprecated: true, verdict: 'pending' });
  });

  it('1012 and 1020 approve', () => {
    for (const code of ['1012', '1020']) {
      expect(smileId.outcome(callback(code))._unsafeUnwrap().verdict).toBe('approved');
    }
  });

  it('1013 (ID number not found) is a verdict the user may correct, not a request error', () => {
    expect(smileId.outcome(callback('1013'))._unsafeUnwrap()).toMatchObject({
      verdict: 'rejected',
      retry: { action: 'user-action' },
    });
  });

  it('1014 (unsupported ID number format) is a validation error on id_number', () => {
    const outcome = smileId.outcome(callback('1014'));
    expect(outcome._unsafeUnwrapErr()).toMatchObject({
      category: 'validation',
      field: 'id_number',
    });
  });

  it('1015 (ID authority unavailable) is retried, and suggests the async endpoint', () => {
    const error = normalize(smileId, { status: 200, body: callback('1015') });
    expect(error).toMatchObject({ category: 'retryable', retry: { retryable: true } });
    expect(error.remedy).toMatch(/asynchronous/);
  });

  it('1016 is account', () => {
    expect(normalize(smileId, { status: 200, body: callback('1016') }).category).toBe('account');
  });

  it('1021 (partial match) is provisional but final: nothing to wait for', () => {
    expect(smileId.outcome(callback('1021'))._unsafeUnwrap()).toMatchObject({
      verdict: 'provisional',
      final: true,
      retry: { retryable: false, action: 'none' },
    });
  });

  it('1023 (not found) is rejected', () => {
    expect(smileId.outcome(callback('1023'))._unsafeUnwrap().verdict).toBe('rejected');
  });
});

describe('payloads', () => {
  const read = smileId.definition.read;

  it('reads a v1 error, code as a string or a number', () => {
    expect(read({ code: '2205', error: 'You are not authorized to do that' })).toEqual({
      code: '2205',
      text: 'You are not authorized to do that',
      failed: undefined,
    });
    expect(read({ code: 2205, error: 'x', success: false })).toEqual({
      code: '2205',
      text: 'x',
      failed: true,
    });
    expect(v1(2205, 'You are not authorized to do that', 401).code).toBe('2205');
  });

  it('never pads a numeric code: 1 is not 0001', () => {
    const error = normalize(smileId, {
      status: 200,
      body: { ResultCode: 1, ResultText: 'System Error' },
    });
    // Neither 1 nor 840 is catalogued: not read as 0001 / 0840, and not echoed either.
    expect(error).toMatchObject({ code: null, category: 'unknown' });
    expect(smileId.outcome({ ResultCode: 840 })._unsafeUnwrapErr()).toMatchObject({
      code: null,
      reason: 'UNRECOGNIZED_FAILURE',
    });
  });

  it('reads v3 and gateway errors by their message only', () => {
    expect(read(v3.badRequest)).toEqual({ text: 'partner_params.job_id is required' });
    expect(read(gateway.forbidden)).toEqual({ text: 'Forbidden' });
    const error = normalize(smileId, { status: 400, body: JSON.stringify(v3.badRequest) });
    expect(error).toMatchObject({ code: null, reason: 'BAD_REQUEST', httpStatus: 400 });
    expect(error.vendorMessage).toBe('partner_params.job_id is required');
  });

  it('reads the result of a job status before its status code', () => {
    expect(read(jobStatusSystemError)).toEqual({ code: '0001', text: 'System Error' });
    expect(read(jobStatusExample)).toEqual({ code: '2302' });
  });

  it('reads a callback by its ResultCode and ResultText', () => {
    expect(read(registrationCallback)).toEqual({ code: '0840', text: 'Enroll User' });
  });

  it('answers undefined for bodies that are not Smile ID shapes', () => {
    for (const body of [null, 'text', 42, [], { foo: 1 }, { code: null }, { message: 5 }]) {
      expect(read(body)).toBeUndefined();
    }
  });

  it('a job status whose job failed on a system error normalizes as retryable', () => {
    expect(normalize(smileId, { status: 200, body: jobStatusSystemError })).toMatchObject({
      code: '0001',
      category: 'retryable',
    });
    expect(smileId.outcome(jobStatusSystemError)._unsafeUnwrapErr().reason).toBe(
      'JOB_SYSTEM_ERROR',
    );
  });

  it('a successful job status is not a failure', () => {
    expect(normalize(smileId, { status: 200, body: jobStatusExample }).reason).toBe(
      'NOT_A_FAILURE',
    );
    // job_success alone approves nothing (below): provisional, for a person to read.
    expect(smileId.outcome(jobStatusExample)._unsafeUnwrap()).toMatchObject({
      verdict: 'provisional',
      final: false,
    });
  });

  it('an unfinished job is pending, not final: wait, do not resubmit', () => {
    expect(smileId.outcome(jobStatusPending)._unsafeUnwrap()).toMatchObject({
      code: null,
      verdict: 'pending',
      final: false,
      retry: { retryable: false, action: 'wait-for-result' },
    });
  });

  it('an unfinished job with an approving code is only provisional', () => {
    expect(smileId.outcome(jobStatusUnderReview)._unsafeUnwrap()).toMatchObject({
      code: '0840',
      verdict: 'provisional',
      final: false,
      retry: { action: 'wait-for-result' },
    });
  });

  it('a job status that failed itself is an error, not a verdict', () => {
    const outcome = smileId.outcome({ code: '2305', error: 'Invalid sec_key' });
    expect(outcome._unsafeUnwrapErr()).toMatchObject({ code: '2305', category: 'auth' });
  });

  it('a callback verdict carries its failed checks as tags', () => {
    expect(smileId.outcome(authenticationMismatchCallback)._unsafeUnwrap()).toMatchObject({
      code: '0821',
      verdict: 'rejected',
      tags: ['SELFIE_TO_REGISTERED_SELFIE_COMPARE_FAILED'],
    });
    expect(smileId.outcome(registrationCallback)._unsafeUnwrap().tags).toBeUndefined();
  });

  it('a body that is no Smile ID result is an error', () => {
    expect(smileId.outcome({ hello: 'world' })._unsafeUnwrapErr().reason).toBe('NOT_A_RESULT');
  });

  it('a 200 carrying an error code is a failure; a coded success is not', () => {
    const failed = fromResponse(smileId, {
      status: 200,
      body: { code: '2215', error: 'Job already exists for job_id' },
    });
    expect(failed._unsafeUnwrapErr().reason).toBe('JOB_ALREADY_EXISTS');
    const upload = {
      upload_url: 'https://uploads.example.com/x.zip',
      smile_job_id: '1',
      code: '2202',
    };
    expect(fromResponse(smileId, { status: 200, body: upload }).isOk()).toBe(true);
    const unknown = fromResponse(smileId, { status: 200, body: { code: '2299', success: false } });
    expect(unknown.isErr()).toBe(true);
  });

  it('a rejection in a 200 is a verdict, not a request error', () => {
    expect(
      fromResponse(smileId, { status: 200, body: authenticationMismatchCallback }).isOk(),
    ).toBe(true);
  });
});

describe('redaction', () => {
  const personal = [
    'Adaeze',
    'Okonkwo',
    '00000000000',
    '1988-07-14',
    '2348035550199',
    'Marina Road',
    'Enugu',
    '2015-03-01',
    '/9j/4AAQ',
    'JVBERi0x',
    'user-9',
    'selfie.jpg',
    'c2lnbmF0dXJl',
    '2024-05-02T10:20:00.000Z',
  ];

  it('keeps no personal value or signing material in the raw copy', () => {
    const body = { ...enhancedKycStuffed, ResultCode: '9999', ResultText: 'Unheard of' };
    const error = normalize(smileId, { status: 200, body });
    expect(error.category).toBe('unknown');
    const raw = JSON.stringify(error.raw);
    for (const value of personal) expect(raw).not.toContain(value);
    expect(error.raw).toMatchObject({
      timestamp: REDACTED,
      signature: REDACTED,
      FullData: REDACTED,
      ResultCode: '9999',
      IDType: '[string(6)]',
    });
  });

  it('scrubs personal values a result text echoes', () => {
    const body = {
      ...enhancedKycStuffed,
      ResultCode: '9999',
      ResultText: 'No record for Adaeze Okonkwo born in Enugu',
    };
    const error = normalize(smileId, { status: 200, body });
    expect(error.vendorMessage).toBe(`No record for ${REDACTED} born in ${REDACTED}`);
  });

  it('hides the signed timestamp and the keys core does not know', () => {
    for (const key of ['timestamp', 'FullData', 'Document', 'PlaceOfBirth', 'IssuanceDate']) {
      expect(smileId.sensitiveKeys.has(key.toLowerCase())).toBe(true);
    }
  });
});

describe('totality', () => {
  const smileish = fc.record(
    {
      code: fc.oneof(
        fc.string(),
        fc.integer(),
        fc.constantFrom('2205', '2413', '0001', '__proto__'),
      ),
      error: fc.oneof(fc.string(), fc.constant('System Error')),
      ResultCode: fc.oneof(fc.string(), fc.integer(), fc.constantFrom('0841', '1015', 'toString')),
      ResultText: fc.string(),
      job_complete: fc.oneof(fc.boolean(), fc.anything()),
      job_success: fc.boolean(),
      result: fc.anything(),
      message: fc.oneof(fc.string(), fc.constant('Endpoint request timed out')),
      success: fc.anything(),
    },
    { requiredKeys: [] },
  );

  it('normalize answers every input with a KycError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), smileish),
        fc.integer({ min: -1, max: 700 }),
        (body, status) => {
          expect(isKycError(normalize(smileId, { status, body }))).toBe(true);
          expect(isKycError(normalize(smileId, { status, body: JSON.stringify(body) ?? '' }))).toBe(
            true,
          );
        },
      ),
    );
  });

  it('the v1 fast path reads what the codec reads', () => {
    const body = fc.record(
      {
        code: fc.oneof(fc.string(), fc.constantFrom('2205', '0001')),
        error: fc.string(),
        success: fc.boolean(),
        message: fc.string(),
      },
      { requiredKeys: ['code'] },
    );
    fc.assert(
      fc.property(body, (b) => {
        const viaCodec = decodeWith(V1ErrorBody, b)._unsafeUnwrap();
        expect(smileId.definition.read(b)).toEqual({
          code: viaCodec.code,
          text: viaCodec.error ?? viaCodec.message,
          failed: viaCodec.success === false ? true : undefined,
        });
      }),
    );
  });

  it('outcome and the readers never throw', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), smileish), (body) => {
        smileId.definition.read(body);
        smileId.definition.readOutcome?.(body);
        const outcome = smileId.outcome(body);
        expect(outcome.isOk() || isKycError(outcome._unsafeUnwrapErr())).toBe(true);
      }),
    );
  });
});

// Each mapping a reviewer could dispute, by name, with the reason for the call.
describe('disputable mappings', () => {
  it('2222 is a per-ID-number block: never retried, even with a Retry-After', () => {
    const error = normalize(smileId, {
      status: 429,
      headers: { 'Retry-After': '60' },
      body: v1IdNumberBlocked429.body,
    });
    expect(error).toMatchObject({
      code: '2222',
      category: 'rate-limit',
      reason: 'ID_NUMBER_BLOCKED',
      field: 'id_number',
      matchedBy: 'code',
      retry: { retryable: false, action: 'investigate' },
    });
    expect(error.retry.afterMs).toBeUndefined();
    expect(error.retry.caution).toMatch(/restarts that clock/);
    expect(error.remedy).toMatch(/id_number_rate_limit_reset/);
  });

  it('2222 without a code (the v3 sync 429) is the same block, by its text', () => {
    expect(normalize(smileId, { status: 429, body: v3IdNumberBlocked429.body })).toMatchObject({
      code: null,
      reason: 'ID_NUMBER_BLOCKED',
      matchedBy: 'message',
      retry: { retryable: false },
    });
  });

  it('attention is provisional and not final, never approved, even when the message reads as success', () => {
    for (const body of [
      v3DocVCallbackDocumentExpired.body,
      { status: 'attention', message: 'Job completed' },
      { status: 'attention', reason: 'document_copy_detected', message: 'Verification successful' },
    ]) {
      const outcome = smileId.outcome(body)._unsafeUnwrap();
      expect(outcome.verdict).toBe('provisional');
      // Not final: the partner's decision is still open (issue #14). Smile ID will send
      // nothing more, so the advice is to decide, not to wait.
      expect(outcome.final).toBe(false);
      expect(outcome.retry).toEqual({ retryable: false, action: 'investigate' });
      expect(outcome.remedy).toMatch(/your own policy/);
    }
  });

  it('processing and a 409 replay of a running job mean wait, never resubmit', () => {
    expect(smileId.outcome({ status: 'processing' })._unsafeUnwrap()).toMatchObject({
      verdict: 'pending',
      final: false,
      retry: { retryable: false, action: 'wait-for-result' },
    });
    const error = normalize(smileId, { status: 409, body: v3ReplayStillProcessing409.body });
    expect(error).toMatchObject({
      reason: 'JOB_STILL_PROCESSING',
      matchedBy: 'message',
      retry: { retryable: false, action: 'wait-for-result' },
    });
    expect(error.remedy).toMatch(/Never resubmit/);
    expect(error.retry.caution).toMatch(/no idempotency key/);
  });

  it('a 409 means what its message says; without one, look before sending anything', () => {
    // v3 documents 409 only for a replay of a running job and a Smile Link user id taken; the
    // reused job_id reading is v1's (2215). The bare status says check-status either way.
    expect(normalize(smileId, { status: 409, body: v3LinkUserIdTaken409.body })).toMatchObject({
      reason: 'USER_ID_TAKEN',
      field: 'user_id',
    });
    const bare = normalize(smileId, { status: 409, body: { status: 'Conflict', message: 'x' } });
    expect(bare).toMatchObject({
      reason: 'JOB_CONFLICT',
      matchedBy: 'status',
      retry: { retryable: false, action: 'check-status' },
    });
    expect(bare.message).toMatch(/still running/);
  });

  it('an AML match is rejected, as Smile ID blocks it, with a remedy to review by hand', () => {
    for (const body of [
      {
        status: 'block',
        reason: 'aml_match_found',
        message: 'Screening completed: potential matches identified.',
      },
      { ResultCode: '1030', SmileJobID: '0000005000' },
    ]) {
      const outcome = smileId.outcome(body)._unsafeUnwrap();
      expect(outcome).toMatchObject({
        reason: 'AML_MATCH_FOUND',
        verdict: 'rejected',
        final: true,
      });
      expect(outcome.remedy).toMatch(/reviewed by hand/);
    }
    expect(smileId.outcome(v3AmlCallbackHighRisk.body)._unsafeUnwrap().verdict).toBe('rejected');
  });

  it('AML 1017 (news media only) is provisional and 1031 (no match) approved', () => {
    expect(smileId.outcome({ ResultCode: '1017' })._unsafeUnwrap()).toMatchObject({
      verdict: 'provisional',
      final: true,
    });
    expect(smileId.outcome({ ResultCode: '1031' })._unsafeUnwrap().verdict).toBe('approved');
  });

  it('1021 stays provisional although the result-code table files it under Approved', () => {
    const outcome = smileId.outcome({ ResultCode: '1021' })._unsafeUnwrap();
    expect(outcome).toMatchObject({ verdict: 'provisional', final: true });
    expect(outcome.verdict).not.toBe('approved');
  });

  it('v3 not_found is polled (the official SDK does), v1 2304 is not', () => {
    expect(smileId.lookup('not_found')?.retry).toMatchObject({
      retryable: true,
      action: 'wait-for-result',
    });
    expect(smileId.lookup('2304')?.retry).toMatchObject({ retryable: false });
  });

  it('0001 "ID Authority image not available" is the user’s record, not a retry', () => {
    expect(
      normalize(smileId, {
        status: 200,
        body: callback('0001', 'ID Authority image not available'),
      }),
    ).toMatchObject({
      reason: 'ID_AUTHORITY_IMAGE_UNAVAILABLE',
      category: 'user-state',
      retry: { retryable: false },
    });
  });

  it('0903 Zip Corrupt is a request error although the page lists it as Rejected', () => {
    expect(
      normalize(smileId, { status: 200, body: callback('0903', 'Zip Corrupt') }),
    ).toMatchObject({
      category: 'validation',
      reason: 'ZIP_CORRUPT',
    });
  });

  it('a v3 502 from the AML news provider is not retried', () => {
    expect(
      normalize(smileId, {
        status: 502,
        body: {
          status: 'Bad Gateway',
          message: 'Unable to complete request due to upstream provider error.',
        },
      }).retry.retryable,
    ).toBe(false);
  });
});

describe('v1 codes beyond the first documents', () => {
  it.each([
    ['ID Card image unusable', 'ID_CARD_IMAGE_UNUSABLE'],
    ['Selfie image unusable', 'SELFIE_IMAGE_UNUSABLE'],
  ])('0001 %s asks the user to capture again', (text, reason) => {
    expect(normalize(smileId, { status: 200, body: callback('0001', text) })).toMatchObject({
      reason,
      retry: { retryable: false, action: 'user-action' },
    });
  });

  it('0907 (strict spoof setting) is a rejection that invites no retry', () => {
    expect(smileId.outcome(callback('0907'))._unsafeUnwrap()).toMatchObject({
      verdict: 'rejected',
      retry: { retryable: false, action: 'none' },
    });
  });

  it('Business Verification 1012 is told apart from Enhanced KYC 1012 by its text', () => {
    expect(
      smileId.outcome(v1BusinessVerificationVerified.body.success)._unsafeUnwrap(),
    ).toMatchObject({ code: '1012', reason: 'BUSINESS_VERIFIED', verdict: 'approved' });
    expect(smileId.outcome(callback('1012', 'ID Validated'))._unsafeUnwrap().reason).toBe(
      'ID_VALIDATED',
    );
  });

  // Issue 22, item 3.
  it('2204 with the text "You are not authorized to do that" is auth, as the troubleshooting guide files it', () => {
    expect(v1('2204', 'You are not authorized to do that', 401)).toMatchObject({
      code: '2204',
      category: 'auth',
      reason: 'INVALID_SIGNATURE',
      retry: { action: 'fix-config' },
    });
    expect(v1('2204', 'A parameter is of the wrong data type').category).toBe('validation');
  });

  it('2204 names the signature causes the troubleshooting guide gives', () => {
    expect(v1('2204', 'A parameter is of the wrong data type').remedy).toMatch(/signature/);
  });

  it('2215 mentions how the mobile SDKs resume an upload', () => {
    expect(v1('2215', 'Job already exists for job_id').remedy).toMatch(/retry set to true/);
  });
});

describe('results that are not errors', () => {
  it('a job_status whose result is still free text is pending, not an error', () => {
    expect(smileId.outcome(v1JobStatusNotProcessedYet.body)._unsafeUnwrap()).toMatchObject({
      code: null,
      verdict: 'pending',
      final: false,
      retry: { retryable: false, action: 'wait-for-result' },
    });
    expect(normalize(smileId, { status: 200, body: v1JobStatusNotProcessedYet.body }).reason).toBe(
      'NOT_A_FAILURE',
    );
  });

  it('IsFinalResult "false" makes an approval provisional and not final', () => {
    const body = {
      ...v1JobStatusComplete.body,
      result: { ...v1JobStatusComplete.body.result, IsFinalResult: 'false' },
    };
    expect(smileId.outcome(body)._unsafeUnwrap()).toMatchObject({
      code: '1210',
      verdict: 'provisional',
      final: false,
      retry: { action: 'wait-for-result' },
    });
    expect(smileId.outcome(v1JobStatusComplete.body)._unsafeUnwrap()).toMatchObject({
      verdict: 'approved',
      final: true,
    });
    const cb = { ...registrationCallback, IsFinalResult: 'false' };
    expect(smileId.outcome(cb)._unsafeUnwrap()).toMatchObject({
      verdict: 'provisional',
      final: false,
    });
    const parsed = { ...callback('0821'), IsFinalResult: false };
    expect(smileId.outcome(parsed)._unsafeUnwrap()).toMatchObject({
      verdict: 'pending',
      final: false,
    });
  });

  it('a callback with an uncatalogued code falls back on its actions, failing closed', () => {
    const unknown = (Actions: Record<string, string>, text = 'Something new') =>
      smileId.outcome({ ...callback('0899', text), Actions })._unsafeUnwrap();
    // Every action passed, yet no documented code says approved: at best provisional.
    expect(unknown({ Liveness_Check: 'Passed', Register_Selfie: 'Approved' })).toMatchObject({
      code: null,
      verdict: 'provisional',
      final: false,
      reason: 'UNDOCUMENTED_RESULT',
      retry: { action: 'investigate' },
    });
    expect(unknown({ Liveness_Check: 'Failed', Register_Selfie: 'Approved' })).toMatchObject({
      verdict: 'rejected',
      final: false,
      retry: { action: 'investigate' },
    });
    expect(unknown({ Liveness_Check: 'Under Review' }).verdict).toBe('provisional');
    expect(unknown({}).verdict).toBe('provisional');
    expect(
      smileId.outcome({ ...callback('0899'), IsFinalResult: 'false' })._unsafeUnwrap(),
    ).toMatchObject({ verdict: 'pending', final: false, retry: { action: 'wait-for-result' } });
  });

  // Issue 22, item 1: measured as approved and final before.
  it('an uncatalogued code whose text says FAIL is never approved, whatever its actions', () => {
    const body = {
      ...callback('0899', 'Failed Enroll Machine Judgement - FAIL - Compare Rejected'),
      Actions: { Liveness_Check: 'Passed', Selfie_To_ID_Authority_Compare: 'Passed' },
    };
    expect(smileId.outcome(body)._unsafeUnwrap()).toMatchObject({
      verdict: 'rejected',
      final: false,
      retry: { action: 'investigate' },
    });
  });

  it('a job sent to human review is neither final nor approved (Actions the reader did not know)', () => {
    for (const value of [
      'Sent to Human Review',
      'Issuer Unavailable',
      'ID Authority Photo Not Available',
      'Not Done',
    ]) {
      const body = {
        ...callback('0899', 'Something new'),
        Actions: { Liveness_Check: 'Passed', Human_Review_Compare: value },
      };
      const o = smileId.outcome(body)._unsafeUnwrap();
      expect(o, value).toMatchObject({ verdict: 'provisional', final: false });
      expect(o.retry.action, value).toBe('investigate');
    }
  });

  it('job_success without a result code is no approval: Smile ID counts provisional jobs as successes', () => {
    expect(smileId.outcome(jobStatusExample)._unsafeUnwrap()).toMatchObject({
      code: null,
      verdict: 'provisional',
      final: false,
      reason: 'NO_RESULT_YET',
      retry: { action: 'investigate' },
    });
  });

  it('0811 is a final machine rejection of the face comparison', () => {
    const body = callback('0811', 'Failed Enroll Machine Judgement - FAIL - Compare Rejected');
    expect(smileId.outcome(body)._unsafeUnwrap()).toMatchObject({
      code: '0811',
      verdict: 'rejected',
      final: true,
      reason: 'ENROLL_COMPARE_REJECTED',
    });
    expect(normalize(smileId, { status: 200, body }).category).toBe('verification');
  });

  it('0812 "Pure Provisional" waits on a human review: provisional, not final', () => {
    const body = callback('0812', 'Machine Judgement - Pure Provisional');
    expect(smileId.outcome(body)._unsafeUnwrap()).toMatchObject({
      code: '0812',
      verdict: 'provisional',
      final: false,
      retry: { action: 'wait-for-result' },
    });
  });

  it('0810 is an approval under both of its texts', () => {
    for (const text of ['Enroll User', 'Document Verified After Human Review']) {
      expect(smileId.outcome(callback('0810', text))._unsafeUnwrap(), text).toMatchObject({
        code: '0810',
        verdict: 'approved',
        final: true,
        vendorText: text,
      });
    }
  });

  it('an approval code beside a text that says it failed is not read as an approval', () => {
    expect(smileId.outcome(callback('0810', 'Failed Enroll'))._unsafeUnwrap()).toMatchObject({
      code: '0810',
      verdict: 'provisional',
      final: false,
      retry: { action: 'investigate' },
    });
  });

  it('0908 (issuer unavailable) is a job-level error to re-run as a new job, not a verdict', () => {
    const e = smileId.outcome(callback('0908'))._unsafeUnwrapErr();
    expect(e).toMatchObject({
      code: '0908',
      category: 'retryable',
      reason: 'ID_AUTHORITY_UNAVAILABLE',
    });
    expect(e.retry.caution).toMatch(/new job_id/);
  });
});
