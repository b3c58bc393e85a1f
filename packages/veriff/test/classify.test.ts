import {
  bodyOrThrow,
  fromResponse,
  type HttpFailure,
  isKycFailure,
  type KycError,
  KycFailure,
  normalize,
  type Outcome,
  type RetryAction,
} from '@kyc-errors/core';
import { decodeWith } from '@kyc-errors/core/provider-kit';
import { veriff } from '@kyc-errors/veriff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecisionBody, ErrorBody, EventBody } from '../src/payload.js';
import { CONFLICT, errorBody, INTERNAL_ERROR, SESSION_NOT_FOUND } from './fixtures/errors.js';
import {
  DECISION_NOT_READY,
  decision,
  event,
  lapsed,
  PERSONAL_VALUES,
  SESSION_CREATED,
  SESSION_SUBMITTED,
  WAITING_COMPLETE,
} from './fixtures/webhooks.js';

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

// Whole HTTP failures as Veriff (or a proxy in front of it) answers them, with the normalized
// answer a reviewer should expect. Statuses beside numeric codes are our guess (Veriff does
// not map them); the code decides either way.
const FAILURES: readonly (readonly [name: string, failure: HttpFailure, expected: Expected])[] = [
  [
    '400 1102 (code as a string, as the API reference types it)',
    {
      status: 400,
      headers: JSON_TYPE,
      body: errorBody('1102', 'Mandatory parameters are missing from the request.'),
    },
    {
      category: 'validation',
      reason: 'MISSING_PARAMETERS',
      code: '1102',
      matchedBy: 'code',
      action: 'fix-request',
      retryable: false,
    },
  ],
  [
    '400 1104 (code as a number, as some clients send it)',
    { status: 400, body: errorBody(1104, 'Request includes invalid parameters.') },
    {
      category: 'validation',
      reason: 'INVALID_PARAMETERS',
      code: '1104',
      matchedBy: 'code',
      action: 'fix-request',
      retryable: false,
    },
  ],
  [
    '400 1201 stale timestamp names the field',
    {
      status: 400,
      body: errorBody('1201', 'Invalid timestamp. Timestamp must not be older than one hour.'),
    },
    {
      category: 'validation',
      reason: 'TIMESTAMP_TOO_OLD',
      code: '1201',
      matchedBy: 'code',
      action: 'fix-request',
      retryable: false,
      field: 'timestamp',
    },
  ],
  [
    '400 1500 vendorData too long',
    {
      status: 400,
      body: errorBody(
        '1500',
        "vendorData field cannot be more than 1000 symbols. We require only non-semantic data to be submitted (UUID-s etc., that can not be resolved or used outside the customer's domain)",
      ),
    },
    {
      category: 'validation',
      reason: 'VENDOR_DATA_TOO_LONG',
      code: '1500',
      matchedBy: 'code',
      action: 'fix-request',
      retryable: false,
      field: 'verification.vendorData',
    },
  ],
  [
    '401 1801 API key header missing',
    {
      status: 401,
      body: errorBody(
        '1801',
        'Mandatory X-AUTH-CLIENT header containing the API key is missing from the request',
      ),
    },
    {
      category: 'auth',
      reason: 'API_KEY_HEADER_MISSING',
      code: '1801',
      matchedBy: 'code',
      action: 'fix-config',
      retryable: false,
      field: 'X-AUTH-CLIENT',
    },
  ],
  [
    '401 1818 HMAC over the session id',
    {
      status: 401,
      body: errorBody(
        '1818',
        'Signature does not match the HMAC-SHA256 of query ID and integration API secret',
      ),
    },
    {
      category: 'auth',
      reason: 'HMAC_MISMATCH_QUERY_ID',
      code: '1818',
      matchedBy: 'code',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '401 1819 HMAC over the body, numeric code',
    {
      status: 401,
      body: errorBody(
        1819,
        'Signature does not match the HMAC-SHA256 of request body and integration API secret',
      ),
    },
    {
      category: 'auth',
      reason: 'HMAC_MISMATCH_BODY',
      code: '1819',
      matchedBy: 'code',
      action: 'fix-config',
      retryable: false,
    },
  ],
  [
    '400 2104 document country',
    { status: 400, body: errorBody('2104', 'Document from provided country is not supported.') },
    {
      category: 'validation',
      reason: 'DOCUMENT_COUNTRY_UNSUPPORTED',
      code: '2104',
      matchedBy: 'code',
      action: 'fix-request',
      retryable: false,
      field: 'verification.document.country',
    },
  ],
  [
    '404 without a code: session not found',
    { status: 404, body: SESSION_NOT_FOUND },
    {
      category: 'validation',
      reason: 'SESSION_NOT_FOUND',
      code: null,
      matchedBy: 'status',
      action: 'fix-request',
      retryable: false,
      field: 'id',
    },
  ],
  [
    '500 without a code: Veriff failed, retry with backoff',
    { status: 500, body: INTERNAL_ERROR },
    {
      category: 'retryable',
      reason: 'VENDOR_INTERNAL_ERROR',
      code: null,
      matchedBy: 'status',
      action: 'backoff',
      retryable: true,
    },
  ],
  [
    '502 from a proxy (HTML): core decides',
    {
      status: 502,
      headers: { 'Content-Type': 'text/html' },
      body: '<html><title>502 Bad Gateway</title></html>',
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
    '429 with Retry-After waits as long as told',
    { status: 429, headers: { 'Retry-After': '30' }, body: '' },
    {
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      code: null,
      matchedBy: 'status',
      action: 'wait',
      retryable: true,
      afterMs: 30_000,
    },
  ],
];

describe('whole HTTP failures', () => {
  it.each(FAILURES)('%s', (_, failure, expected) => {
    const error = normalize(veriff, failure);
    expect(error.provider).toBe('veriff');
    expect({
      category: error.category,
      reason: error.reason,
      code: error.code,
      matchedBy: error.matchedBy,
      action: error.retry.action,
      retryable: error.retry.retryable,
      ...(error.field === undefined ? {} : { field: error.field }),
      ...(error.retry.afterMs === undefined ? {} : { afterMs: error.retry.afterMs }),
    }).toEqual(expected);
  });

  it('uses error fixtures of the shape the codec describes', () => {
    for (const [, failure] of FAILURES) {
      if (typeof failure.body === 'object')
        expect(decodeWith(ErrorBody, failure.body).isOk()).toBe(true);
    }
  });

  it('reads a failure Veriff reports inside a 2xx body', () => {
    const result = fromResponse(veriff, {
      status: 200,
      body: errorBody('1102', 'Mandatory parameters are missing from the request.'),
    });
    expect(result.isErr() && result.error.reason).toBe('MISSING_PARAMETERS');
  });

  it('reads a body sent as a JSON string', () => {
    const error = normalize(veriff, {
      status: 400,
      body: JSON.stringify(errorBody('1303', 'Invalid status.')),
    });
    expect(error.reason).toBe('INVALID_STATUS_VALUE');
  });
});

describe('the response boundary', () => {
  it('rejects a non-2xx Response with a KycFailure carrying the Veriff error', async () => {
    const response = new Response(JSON.stringify(errorBody('1818', 'Signature does not match')), {
      status: 401,
      headers: JSON_TYPE,
    });
    const failure = await bodyOrThrow(veriff, response).catch((e: unknown) => e);
    expect(isKycFailure(failure) && failure.error.reason).toBe('HMAC_MISMATCH_QUERY_ID');
  });

  it('rejects a 2xx body that says status: "fail", even without a code', async () => {
    const failure = await bodyOrThrow(
      veriff,
      new Response(JSON.stringify({ status: 'fail' }), { status: 200, headers: JSON_TYPE }),
    ).catch((e: unknown) => e);
    expect(isKycFailure(failure)).toBe(true);
    expect(fromResponse(veriff, { status: 200, body: { status: 'fail' } }).isErr()).toBe(true);
  });

  it('resolves a decision answer, whatever the verdict, with its body', async () => {
    const body = decision(9102, 'declined', 102);
    const read = await bodyOrThrow(
      veriff,
      new Response(JSON.stringify(body), { status: 200, headers: JSON_TYPE }),
    );
    expect(read).toEqual(body);
  });
});

describe('disputable mappings', () => {
  it('reads 1804 (integration not active) as account, not auth', () => {
    const error = normalize(veriff, {
      status: 401,
      body: errorBody('1804', 'Integration with the API key is not active'),
    });
    expect(error.category).toBe('account');
    expect(error.retry.action).toBe('account-action');
  });

  it('reads 1003 (Query ID reused) as a spent id: check, then a fresh id', () => {
    const error = normalize(veriff, {
      status: 400,
      body: errorBody('1003', 'Query ID must be unique, it has already been used.'),
    });
    expect(error.category).toBe('validation');
    expect(error.retry.action).toBe('new-idempotency-key');
    expect(error.retry.caution).toMatch(/may have succeeded/);
  });

  it('reads 1304 (cannot transition) as the session state, not a malformed request', () => {
    const error = normalize(veriff, {
      status: 400,
      body: errorBody('1304', 'Cannot transition to "submitted" status.'),
    });
    expect(error.category).toBe('user-state');
    expect(error.retry.action).toBe('check-status');
  });

  it('reads 1301 (features not supported) as validation', () => {
    expect(
      normalize(veriff, {
        status: 400,
        body: errorBody('1301', 'Requested features are not supported.'),
      }).category,
    ).toBe('validation');
  });

  it('reads a 409 as a session that no longer takes changes: check its status', () => {
    const error = normalize(veriff, { status: 409, body: CONFLICT });
    expect(error).toMatchObject({ category: 'user-state', reason: 'SESSION_ALREADY_SUBMITTED' });
    expect(error.retry.action).toBe('check-status');
  });

  it('warns that a retried 500 may create a second session (no idempotency key)', () => {
    expect(normalize(veriff, { status: 500, body: INTERNAL_ERROR }).retry.caution).toMatch(
      /second session/,
    );
  });

  it('reads 404 as validation (a wrong id or another integration), not user-state', () => {
    expect(normalize(veriff, { status: 404, body: SESSION_NOT_FOUND }).category).toBe('validation');
  });

  it('keeps 2003 and 2101-2104 (third-party sources) in the catalog', () => {
    for (const code of ['2003', '2101', '2102', '2103', '2104'])
      expect(veriff.lookup(code)?.kind).toBe('error');
  });
});

describe('order: specific before generic', () => {
  it('checks the code before the documented message', () => {
    // The message is 1104's, the code 1102's: the code wins.
    const error = normalize(veriff, {
      status: 400,
      body: errorBody('1102', 'Request includes invalid parameters.'),
    });
    expect(error).toMatchObject({ reason: 'MISSING_PARAMETERS', matchedBy: 'code' });
  });

  it('checks the documented message before the status', () => {
    const error = normalize(veriff, {
      status: 401,
      body: {
        status: 'fail',
        message:
          'Integration with API key is not active. This error occurs when your integration has been deactivated.',
      },
    });
    expect(error).toMatchObject({
      reason: 'INTEGRATION_INACTIVE',
      matchedBy: 'message',
      code: null,
    });
  });

  it("checks Veriff's status table before core's", () => {
    expect(normalize(veriff, { status: 409, body: '' })).toMatchObject({
      reason: 'SESSION_ALREADY_SUBMITTED',
      matchedBy: 'status',
    });
  });

  it('checks the code before Veriff’s status table', () => {
    expect(normalize(veriff, { status: 401, body: errorBody('1804', 'x') }).reason).toBe(
      'INTEGRATION_INACTIVE',
    );
  });
});

describe('untrusted codes and headers', () => {
  it('drops a code outside the digits grammar', () => {
    for (const code of ['abc', '1102x', '__proto__', '-1', '1.5', '123456', 1.5, -3]) {
      const error = normalize(veriff, {
        status: 400,
        body: { status: 'fail', code, message: 'x' },
      });
      expect(error.code).toBeNull();
    }
  });

  it('does not take a reason or decision code from an error body: code 102 is no decline', () => {
    for (const code of ['102', '204', '9102', 9001]) {
      const error = normalize(veriff, { status: 400, body: errorBody(code, 'something') });
      expect(error.code).toBeNull();
      expect(error.category).toBe('validation');
    }
  });

  it('reads only own properties', () => {
    const body = JSON.parse('{"__proto__":{"code":"1804"},"status":"fail","message":"x"}');
    expect(normalize(veriff, { status: 400, body }).reason).toBe('BAD_REQUEST');
  });

  it('waits only from Retry-After: Veriff documents no rate-limit headers', () => {
    const error = normalize(veriff, {
      status: 429,
      headers: { 'X-RateLimit-Reset': '60', 'RateLimit-Reset': '60' },
      body: '',
    });
    expect(error.category).toBe('rate-limit');
    expect(error.retry.afterMs).toBeUndefined();
  });
});

const ok = (body: unknown): Outcome => {
  const result = veriff.outcome(body);
  if (result.isErr()) throw new Error(`expected an outcome, got ${result.error.reason}`);
  return result.value;
};

describe('decision webhooks', () => {
  it('uses fixtures of the shape the codecs describe', () => {
    for (const body of [
      decision(9001, 'approved'),
      lapsed('expired'),
      DECISION_NOT_READY,
      SESSION_CREATED,
    ]) {
      expect(decodeWith(DecisionBody, body).isOk()).toBe(true);
    }
    expect(decodeWith(EventBody, event(7002, 'submitted')).isOk()).toBe(true);
  });

  it('reads 9001 as a final approval', () => {
    expect(ok(decision(9001, 'approved'))).toMatchObject({
      code: '9001',
      verdict: 'approved',
      final: true,
      reason: 'APPROVED',
    });
  });

  it('reads a decline by its reason code, with the status as a tag', () => {
    const o = ok(decision(9102, 'declined', 102, 'Suspected document tampering'));
    expect(o).toMatchObject({
      code: '102',
      verdict: 'rejected',
      final: true,
      reason: 'DOCUMENT_TAMPERING_SUSPECTED',
      tags: ['DECLINED'],
    });
    expect(o.retry.action).toBe('none');
  });

  it('reads codes sent as strings', () => {
    expect(ok(decision('9102', 'declined', '106', 'Known fraud')).reason).toBe('KNOWN_FRAUD');
  });

  it('reads decline 539 (resubmission cap) as final, cured only by a new session', () => {
    const o = ok(decision(9102, 'declined', 539, 'Resubmission limit exceeded'));
    expect(o).toMatchObject({
      verdict: 'rejected',
      final: true,
      reason: 'RESUBMISSION_LIMIT_EXCEEDED',
    });
    expect(o.retry.action).toBe('user-action');
    expect(o.retry.caution).toMatch(/new session/);
  });

  it('reads decline 129 (invalid workflow) as a configuration fix', () => {
    expect(ok(decision(9102, 'declined', 129)).retry.action).toBe('fix-config');
  });

  it.each([
    [121, 'fix-request'],
    [122, 'investigate'],
    [126, 'investigate'],
    [128, 'investigate'],
    [129, 'fix-config'],
  ] as const)(
    'reads decline %s, an integration or policy matter, with action %s',
    (code, action) => {
      const o = ok(decision(9102, 'declined', code));
      expect(o).toMatchObject({ verdict: 'rejected', final: true });
      expect(o.retry.action).toBe(action);
    },
  );

  it.each([510, 511, 527, 528, 537])(
    'reads decline %s as curable only in a new session',
    (code) => {
      const o = ok(decision(9102, 'declined', code));
      expect(o).toMatchObject({ verdict: 'rejected', final: true });
      expect(o.retry).toMatchObject({ retryable: false, action: 'user-action' });
      expect(o.retry.caution).toMatch(/new session/i);
    },
  );

  it.each([101, 102, 106, 113, 501, 504, 526])(
    'reads fraud decline %s as final with nothing to retry',
    (code) => {
      expect(ok(decision(9102, 'declined', code)).retry.action).toBe('none');
    },
  );

  it('keeps 9102 in charge of an undocumented reason code, carried as a tag', () => {
    const o = ok(decision(9102, 'declined', 540, 'Low confidence'));
    expect(o).toMatchObject({
      code: '9102',
      reason: 'DECLINED',
      verdict: 'rejected',
      final: true,
      tags: ['REASON_540'],
    });
  });

  it('drops a reason code outside the digits grammar instead of tagging it', () => {
    expect(ok(decision(9001, 'approved', 100000)).tags).toBeUndefined();
    expect(ok(decision(9102, 'declined', 'DROP TABLE')).tags).toBeUndefined();
  });

  it('never reads a resubmission reason on a declined session as open (9102 + 204)', () => {
    const o = ok(decision(9102, 'declined', 204));
    expect(o).toMatchObject({ code: '9102', final: true, tags: ['REASON_204'] });
  });

  it('reads 9103 as a rejection the user fixes in the same session: not final, user-action', () => {
    const o = ok(decision(9103, 'resubmission_requested', 204, 'Poor image quality'));
    expect(o).toMatchObject({
      code: '204',
      verdict: 'rejected',
      final: false,
      reason: 'POOR_IMAGE_QUALITY',
      tags: ['RESUBMISSION_REQUESTED'],
    });
    expect(o.retry).toMatchObject({ retryable: false, action: 'user-action' });
  });

  it('reads 9103 without a reason, or with an undocumented one, by its status entry', () => {
    const bare = ok(decision(9103, 'resubmission_requested'));
    expect(bare).toMatchObject({
      code: '9103',
      reason: 'RESUBMISSION_REQUESTED',
      verdict: 'rejected',
      final: false,
    });
    expect(bare.retry.action).toBe('user-action');
    expect(bare.retry.caution).toMatch(/539/);
    expect(ok(decision(9103, 'resubmission_requested', 210)).tags).toEqual(['REASON_210']);
    // A decline reason on a resubmission stays a resubmission.
    expect(ok(decision(9103, 'resubmission_requested', 102))).toMatchObject({
      code: '9103',
      final: false,
    });
  });

  it('tells 9104 expired and abandoned apart: final, a new session is needed', () => {
    for (const [status, reason] of [
      ['expired', 'SESSION_EXPIRED'],
      ['abandoned', 'SESSION_ABANDONED'],
    ] as const) {
      const o = ok(lapsed(status));
      expect(o).toMatchObject({ code: '9104', reason, verdict: 'rejected', final: true });
      expect(o.retry.action).toBe('user-action');
    }
  });

  it('reads 9121 review as pending, not final and not provisional: a person decides', () => {
    const o = ok(decision(9121, 'review'));
    expect(o).toMatchObject({
      code: '9121',
      verdict: 'pending',
      final: false,
      reason: 'IN_REVIEW',
    });
    expect(o.retry.action).toBe('wait-for-result');
  });

  it('reads verification: null (GET decision before a decision) as pending', () => {
    expect(ok(DECISION_NOT_READY)).toMatchObject({
      code: null,
      verdict: 'pending',
      final: false,
      reason: 'NO_RESULT_YET',
    });
  });

  it('reads a session answer by its status: created and submitted are pending', () => {
    expect(ok(SESSION_CREATED)).toMatchObject({ verdict: 'pending', final: false });
    expect(ok(SESSION_SUBMITTED)).toMatchObject({ code: '7002', verdict: 'pending', final: false });
  });

  it('reads a decision without a code by its status text', () => {
    expect(ok(decision(null, 'approved')).code).toBe('9001');
  });

  it('answers an undocumented decision code with an unknown error, not a guess', () => {
    const result = veriff.outcome(decision(9105, 'something_new'));
    expect(result.isErr() && result.error.category).toBe('unknown');
  });

  it('does not take a reason code put in verification.code as a decision', () => {
    const result = veriff.outcome(decision(102, null));
    expect(result.isErr() && result.error.code).toBeNull();
  });

  it('answers an error body given to outcome() with its KycError', () => {
    const result = veriff.outcome(errorBody('1818', 'Signature does not match'));
    expect(result.isErr() && result.error.reason).toBe('HMAC_MISMATCH_QUERY_ID');
  });

  it('says "not a result" for a body that is neither', () => {
    const result = veriff.outcome({ hello: 'world' });
    expect(result.isErr() && result.error.reason).toBe('NOT_A_RESULT');
  });

  it('reads a decision body normalized as an error by its verdict', () => {
    expect(normalize(veriff, { status: 200, body: decision(9102, 'declined', 102) }).category).toBe(
      'verification',
    );
    expect(fromResponse(veriff, { status: 200, body: decision(9001, 'approved') }).isOk()).toBe(
      true,
    );
    expect(
      fromResponse(veriff, { status: 200, body: decision(9102, 'declined', 102) }).isOk(),
    ).toBe(true);
  });
});

describe('event webhooks', () => {
  it.each([
    [7001, 'started', 'SESSION_STARTED'],
    [7002, 'submitted', 'SESSION_SUBMITTED'],
  ] as const)('reads %s %s as pending', (code, action, reason) => {
    expect(ok(event(code, action))).toMatchObject({
      code: String(code),
      verdict: 'pending',
      final: false,
      reason,
    });
  });

  it('reads the opt-in 7007 waiting_complete as pending', () => {
    expect(ok(WAITING_COMPLETE)).toMatchObject({ code: '7007', verdict: 'pending', final: false });
  });

  it('keeps an event with a malformed code an event', () => {
    expect(ok(event(7002, 'submitted'))).toMatchObject({ code: '7002' });
    expect(ok({ ...event(7002, 'submitted'), code: 'seven' })).toMatchObject({
      code: '7002',
      verdict: 'pending',
    });
  });

  it('an undocumented event is reported as one: events never carry a decision', () => {
    expect(veriff.webhook(event(7003, 'something_new'))._unsafeUnwrap()).toMatchObject({
      kind: 'event',
      name: null,
      reason: 'UNDOCUMENTED_EVENT',
    });
    expect(veriff.outcome(event(7003, 'something_new'))._unsafeUnwrapErr().reason).toBe(
      'NOT_A_VERDICT',
    );
  });

  it('a decision word in an event webhook is neither that decision nor its event', () => {
    const body = event(9001, 'approved');
    expect(veriff.webhook(body)._unsafeUnwrap()).toMatchObject({
      kind: 'event',
      known: false,
      reason: 'UNDOCUMENTED_EVENT',
    });
    expect(veriff.outcome(body).isOk()).toBe(false);
  });
});

describe('personal data never reaches the output', () => {
  const leaks = (value: unknown): string[] => {
    const json = JSON.stringify(value);
    return PERSONAL_VALUES.filter((v) => json.includes(v));
  };
  const bodies: readonly (readonly [string, unknown])[] = [
    ['approved', decision(9001, 'approved')],
    ['declined 102', decision(9102, 'declined', 102, 'Suspected document tampering')],
    ['declined 540', decision(9102, 'declined', 540)],
    ['resubmission 204', decision(9103, 'resubmission_requested', 204)],
    ['review', decision(9121, 'review')],
    ['undocumented', decision(9105, 'something_new')],
    ['expired', lapsed('expired')],
    ['abandoned', lapsed('abandoned')],
    ['created', SESSION_CREATED],
    ['event', event(7002, 'submitted')],
  ];

  it.each(bodies)('%s', (_, body) => {
    expect(leaks(veriff.outcome(body))).toEqual([]);
    expect(leaks(veriff.outcome(JSON.stringify(body)))).toEqual([]);
    expect(leaks(normalize(veriff, { status: 200, body }))).toEqual([]);
    expect(leaks(normalize(veriff, { status: 418, body }))).toEqual([]);
    expect(
      leaks(normalize(veriff, { body: { ...(body as object), status: 'weird', code: 'x' } })),
    ).toEqual([]);
  });

  it('redacts the raw copy of an unrecognised body', () => {
    const body = {
      ...decision(9001, 'approved'),
      verification: null,
      person: { firstName: 'JANE', idNumber: '39001310000' },
      vendorData: 'crm-ref-000123-jane',
    };
    const error = normalize(veriff, { status: 299, body });
    expect(error.raw).toBeDefined();
    expect(leaks(error)).toEqual([]);
  });

  it('scrubs personal values a message echoes', () => {
    const body = {
      status: 'fail',
      code: '1104',
      message:
        'Request includes invalid parameters: vendorData crm-ref-000123-jane, idNumber 39001310000',
      vendorData: 'crm-ref-000123-jane',
    };
    const error = normalize(veriff, { status: 400, body });
    expect(error.reason).toBe('INVALID_PARAMETERS');
    expect(leaks(error)).toEqual([]);
    expect(leaks(new KycFailure(error).stack)).toEqual([]);
  });

  it('keeps header secrets out of the error', () => {
    const error = normalize(veriff, {
      status: 401,
      headers: {
        'X-AUTH-CLIENT': '00000000-1111-4000-8000-000000000abc',
        'X-HMAC-SIGNATURE': 'a'.repeat(64),
      },
      body: {
        status: 'fail',
        code: '1815',
        message: 'Could not authenticate request.',
        'x-auth-client': '00000000-1111-4000-8000-000000000abc',
        'x-signature': 'b'.repeat(64),
      },
    });
    const json = JSON.stringify(error);
    expect(json).not.toContain('00000000-1111-4000-8000-000000000abc');
    expect(json).not.toContain('a'.repeat(64));
    expect(json).not.toContain('b'.repeat(64));
  });
});

describe('totality', () => {
  const json = fc.jsonValue({ maxDepth: 4 });
  const code = fc.oneof(
    fc.integer(),
    fc.string(),
    fc.constantFrom(9001, 9102, 9103, 9104, 9121, '7002', 102, '204', 1102),
    json,
  );
  const bodies = fc.oneof(
    json,
    json.map((v) => JSON.stringify(v)),
    fc.string(),
    fc.record({
      status: fc.oneof(fc.constant('fail'), fc.string()),
      code,
      message: fc.oneof(fc.string(), json),
    }),
    fc.record({
      status: fc.constantFrom('success', 'fail'),
      verification: fc.oneof(
        fc.constant(null),
        json,
        fc.record({ code, status: fc.oneof(fc.string(), json), reasonCode: code }),
      ),
    }),
    fc.record({ code, action: fc.oneof(fc.string(), json) }),
  );

  it('outcome never throws, and tags are only status names or REASON_<digits>', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const result = veriff.outcome(body);
        if (result.isOk()) {
          for (const tag of result.value.tags ?? [])
            expect(tag).toMatch(/^(DECLINED|RESUBMISSION_REQUESTED|REASON_\d{1,5})$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
