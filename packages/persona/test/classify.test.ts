import {
  type HttpFailure,
  type KycError,
  KycFailure,
  MAX_RETRY_AFTER_MS,
  normalize,
  type RetryAction,
} from '@kyc-errors/core';
import { persona, rateLimitWait } from '@kyc-errors/persona';
import { describe, expect, it } from 'vitest';
import { ERROR_EXAMPLES, errorBody, rateHeaders } from './fixtures/errors.js';
import {
  answer,
  inquiry,
  PERSONAL_VALUES,
  snakeKeys,
  verification,
  WEBHOOK_HEADERS,
  webhook,
} from './fixtures/results.js';

interface Expected {
  readonly category: KycError['category'];
  readonly reason: string;
  readonly matchedBy: KycError['matchedBy'];
  readonly action: RetryAction;
  readonly retryable: boolean;
  readonly field?: string;
  readonly afterMs?: number;
}

// Whole HTTP failures as Persona (or a gateway in front of it) sends them, with the answer
// a reviewer should expect.
const FAILURES: readonly (readonly [name: string, failure: HttpFailure, expected: Expected])[] = [
  [
    '429 with the window spent waits RateLimit-Reset seconds',
    ERROR_EXAMPLES.RATE_LIMIT_EXCEEDED,
    {
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      matchedBy: 'message',
      action: 'wait',
      retryable: true,
      afterMs: 23_000,
    },
  ],
  [
    // Issue 22, item 3: the quota's own Quota-Reset gives the wait, not RateLimit-Reset.
    '429 quota with the environment window open: waits Quota-Reset seconds',
    ERROR_EXAMPLES.QUOTA_EXCEEDED,
    {
      category: 'rate-limit',
      reason: 'PRODUCT_QUOTA_EXCEEDED',
      matchedBy: 'message',
      action: 'wait',
      retryable: true,
      afterMs: 31_000,
    },
  ],
  [
    '422 with a source.pointer names the attribute',
    ERROR_EXAMPLES.RECORD_INVALID,
    {
      category: 'validation',
      reason: 'FIELD_VALIDATION_FAILED',
      matchedBy: 'message',
      action: 'fix-request',
      retryable: false,
      field: 'status',
    },
  ],
  [
    '400 names the attribute from the details',
    ERROR_EXAMPLES.BAD_REQUEST,
    {
      category: 'validation',
      reason: 'MALFORMED_REQUEST',
      matchedBy: 'message',
      action: 'fix-request',
      retryable: false,
      field: 'type',
    },
  ],
  [
    '400 "Parameter missing" names the parameter',
    ERROR_EXAMPLES.PARAMETER_MISSING,
    {
      category: 'validation',
      reason: 'MISSING_PARAMETER',
      matchedBy: 'message',
      action: 'fix-request',
      retryable: false,
      field: 'country_code',
    },
  ],
  [
    '502 HTML page from a gateway reads by status',
    ERROR_EXAMPLES.BAD_GATEWAY,
    {
      category: 'retryable',
      reason: 'UPSTREAM_GATEWAY_ERROR',
      matchedBy: 'status',
      action: 'backoff',
      retryable: true,
    },
  ],
  [
    '500 with an empty body: check first, the key replays the 500',
    ERROR_EXAMPLES.SERVER_ERROR,
    {
      category: 'retryable',
      reason: 'VENDOR_INTERNAL_ERROR',
      matchedBy: 'status',
      action: 'check-status',
      retryable: true,
    },
  ],
  [
    '409 for an undocumented details text falls back to the 409 meaning',
    { status: 409, body: errorBody('Conflict', 'Something else entirely') },
    {
      category: 'user-state',
      reason: 'STATE_CONFLICT',
      matchedBy: 'message',
      action: 'check-status',
      retryable: false,
    },
  ],
  [
    "a status Persona does not document goes to core's HTTP table",
    { status: 418, body: errorBody("I'm a teapot") },
    {
      category: 'validation',
      reason: 'CLIENT_ERROR',
      matchedBy: 'status',
      action: 'fix-request',
      retryable: false,
    },
  ],
];

describe('whole HTTP failures', () => {
  it.each(FAILURES)('%s', (_name, failure, expected) => {
    for (const body of [failure.body, JSON.stringify(failure.body)]) {
      const error = normalize(persona, { ...failure, body });
      expect(error.category).toBe(expected.category);
      expect(error.reason).toBe(expected.reason);
      expect(error.matchedBy).toBe(expected.matchedBy);
      expect(error.retry.action).toBe(expected.action);
      expect(error.retry.retryable).toBe(expected.retryable);
      expect(error.field).toBe(expected.field);
      expect(error.retry.afterMs).toBe(expected.afterMs);
      expect(error.code).toBeNull();
    }
  });

  it('reads the first usable element of errors, and JSON:API detail as well as details', () => {
    const error = normalize(persona, {
      status: 403,
      body: {
        errors: [
          42,
          { title: 7 },
          {
            title: 'Forbidden',
            detail: 'IP address is not permitted access to current environment',
          },
        ],
      },
    });
    expect(error.reason).toBe('IP_NOT_ALLOWLISTED');
  });
});

describe('RateLimit-Reset into retry.afterMs', () => {
  const rateLimited = (headers: HttpFailure['headers']): KycError =>
    normalize(persona, { ...ERROR_EXAMPLES.RATE_LIMIT_EXCEEDED, headers });

  it('reads the seconds left in the window on a 429, any header casing or container', () => {
    expect(rateLimited(rateHeaders(0, 23)).retry.afterMs).toBe(23_000);
    expect(rateLimited({ 'ratelimit-remaining': '0', 'ratelimit-reset': '53' }).retry.afterMs).toBe(
      53_000,
    );
    const headers = new Headers({ 'RateLimit-Remaining': '0', 'RateLimit-Reset': '7' });
    expect(rateLimited(headers).retry.afterMs).toBe(7_000);
  });

  it('treats RateLimit-Reset as seconds to wait, not as an epoch timestamp', () => {
    expect(rateLimited(rateHeaders(0, 60)).retry.afterMs).toBe(60_000);
  });

  it('uses it when RateLimit-Remaining is missing', () => {
    expect(rateLimited({ 'RateLimit-Reset': '12' }).retry.afterMs).toBe(12_000);
  });

  it('ignores it while the window still has requests left (it is on every answer)', () => {
    expect(rateLimited(rateHeaders(280, 53)).retry.afterMs).toBeUndefined();
  });

  it('lets a Retry-After win when both are sent', () => {
    expect(rateLimited({ ...rateHeaders(0, 23), 'Retry-After': '5' }).retry.afterMs).toBe(5_000);
  });

  it('ignores an unreadable value and clamps an absurd one', () => {
    expect(rateLimited({ 'RateLimit-Reset': 'soon' }).retry.afterMs).toBeUndefined();
    expect(rateLimited({ 'RateLimit-Reset': '-5' }).retry.afterMs).toBeUndefined();
    expect(rateLimited({ 'RateLimit-Reset': '999999999999' }).retry.afterMs).toBe(
      MAX_RETRY_AFTER_MS,
    );
  });

  it('adds no wait to a failure that is not retryable', () => {
    const error = normalize(persona, { ...ERROR_EXAMPLES.BAD_REQUEST, headers: rateHeaders(0, 9) });
    expect(error.retry.afterMs).toBeUndefined();
  });

  it('adds the wait to a 5xx sent when the window is spent: the next call would be throttled', () => {
    const error = normalize(persona, { status: 503, headers: rateHeaders(0, 9), body: '' });
    expect(error.retry.afterMs).toBe(9_000);
  });

  it('a spent quota waits its Quota-Reset even while the rate window has requests left', () => {
    const h = (map: Record<string, string>) => (name: string) => map[name];
    expect(
      rateLimitWait(
        h({
          'ratelimit-remaining': '250',
          'ratelimit-reset': '23',
          'quota-remaining': '0',
          'quota-reset': '31',
        }),
      ),
    ).toBe(31_000);
    // Quota left: its reset is no wait; quota headers absent or unreadable: no quota wait.
    expect(
      rateLimitWait(
        h({ 'ratelimit-remaining': '250', 'quota-remaining': '12', 'quota-reset': '31' }),
      ),
    ).toBeUndefined();
    expect(rateLimitWait(h({ 'ratelimit-remaining': '250', 'quota-reset': '31' }))).toBeUndefined();
    // Both spent: the longer wait.
    expect(
      rateLimitWait(
        h({
          'ratelimit-remaining': '0',
          'ratelimit-reset': '53',
          'quota-remaining': '0',
          'quota-reset': '31',
        }),
      ),
    ).toBe(53_000);
  });

  it('rateLimitWait is the hook the provider uses', () => {
    expect(persona.definition.waitFromHeaders).toBe(rateLimitWait);
    const h = (map: Record<string, string>) => (name: string) => map[name];
    expect(rateLimitWait(h({ 'ratelimit-remaining': '0', 'ratelimit-reset': '3' }))).toBe(3000);
    expect(rateLimitWait(h({}))).toBeUndefined();
  });
});

// Issue 22, item 3: Request-Id is Persona's reference for the call, for its support.
describe('Request-Id as the support reference', () => {
  it('keeps the Request-Id of a failure', () => {
    expect(normalize(persona, ERROR_EXAMPLES.RATE_LIMIT_EXCEEDED).requestId).toBe(
      'req_FAKEa1b2c3d4e5f6g7h8i9j0k1',
    );
  });

  it('keeps nothing that does not fit its grammar', () => {
    for (const id of [
      'alexandra.samplewood@example.test',
      'req_',
      'req_a b',
      'REQ_abc',
      `req_${'a'.repeat(65)}`,
    ]) {
      const error = normalize(persona, {
        ...ERROR_EXAMPLES.BAD_REQUEST,
        headers: { 'Request-Id': id },
      });
      expect(error.requestId, id).toBeUndefined();
      expect(JSON.stringify(error), id).not.toContain('alexandra');
    }
  });
});

describe('Idempotency-Key in the advice', () => {
  it('500: checks before a retry, and says the same key replays the 500', () => {
    const error = normalize(persona, ERROR_EXAMPLES.SERVER_ERROR);
    expect(error.retry.action).toBe('check-status');
    expect(error.delivery).toBe('uncertain');
    expect(error.retry.caution).toMatch(/same key gets the same 500/);
    expect(error.retry.caution).toMatch(/new key/);
  });

  it('429: the same key is safe to reuse (rate limiting runs before the idempotency layer)', () => {
    expect(normalize(persona, ERROR_EXAMPLES.RATE_LIMIT_EXCEEDED).retry.caution).toMatch(
      /same Idempotency-Key/,
    );
  });

  it('400: a corrected request needs a new key (the 400 is stored under the old one)', () => {
    expect(normalize(persona, ERROR_EXAMPLES.BAD_REQUEST).retry.caution).toMatch(/new key/);
  });

  it('504: checks before a retry, which reuses the key', () => {
    const error = normalize(persona, ERROR_EXAMPLES.GATEWAY_TIMEOUT);
    expect(error.retry.action).toBe('check-status');
    expect(error.remedy).toMatch(/same Idempotency-Key/);
  });
});

describe('disputable mappings', () => {
  it('reads a 403 that names a quota as QUOTA_EXCEEDED, not FORBIDDEN (ERR-v1 vs OAS)', () => {
    const error = normalize(persona, {
      status: 403,
      body: errorBody(
        'Quota exceeded',
        'You have hit your create_inquiry quota limit of 150 requests.',
      ),
    });
    expect(error.reason).toBe('PRODUCT_QUOTA_EXCEEDED');
    expect(error.category).toBe('rate-limit');
  });

  it('puts IP_NOT_ALLOWED under auth (configuration), not account', () => {
    expect(normalize(persona, ERROR_EXAMPLES.IP_NOT_ALLOWED).category).toBe('auth');
  });

  it('puts a 404 under validation, with the environment in the remedy', () => {
    const error = normalize(persona, ERROR_EXAMPLES.RECORD_NOT_FOUND);
    expect(error.category).toBe('validation');
    expect(error.remedy).toMatch(/environment/);
  });

  it('reads a 409 duplicate as user-state with check-status', () => {
    const error = normalize(persona, ERROR_EXAMPLES.RESOURCE_ALREADY_EXISTS);
    expect(error.category).toBe('user-state');
    expect(error.retry.action).toBe('check-status');
  });

  it('reads a 409 stale object as retryable, with nothing written (delivery rejected)', () => {
    const error = normalize(persona, ERROR_EXAMPLES.STALE_OBJECT);
    expect(error.category).toBe('retryable');
    expect(error.delivery).toBe('rejected');
  });

  it('reads the 409 "does not require verification" as validation, naming inquiry_id', () => {
    const error = normalize(persona, ERROR_EXAMPLES.VERIFICATION_NOT_REQUIRED_BY_INQUIRY);
    expect(error.category).toBe('validation');
    expect(error.field).toBe('inquiry_id');
  });

  it('asks the end user to act on an invalid confirmation code', () => {
    const error = normalize(persona, ERROR_EXAMPLES.INVALID_CONFIRMATION_CODE);
    expect(error.category).toBe('validation');
    expect(error.retry.action).toBe('user-action');
  });

  it('keeps a 408 at delivery uncertain', () => {
    expect(normalize(persona, ERROR_EXAMPLES.REQUEST_TIMEOUT).delivery).toBe('uncertain');
  });
});

describe('order: specific before generic', () => {
  it('checks the details "Inquiry already redacted" before the title "Conflict"', () => {
    expect(normalize(persona, ERROR_EXAMPLES.INQUIRY_ALREADY_REDACTED).reason).toBe(
      'ALREADY_REDACTED',
    );
  });

  it('checks the idle-client 408 text before the "Request Timeout" title', () => {
    expect(normalize(persona, ERROR_EXAMPLES.REQUEST_TIMEOUT_CLIENT_IDLE).retry).toBeDefined();
    const idle = normalize(persona, ERROR_EXAMPLES.REQUEST_TIMEOUT_CLIENT_IDLE);
    expect(idle.remedy).toBe(persona.lookup('REQUEST_TIMEOUT_CLIENT_IDLE')?.remedy);
  });

  it('checks a quota before the rate limit on a 429', () => {
    expect(normalize(persona, ERROR_EXAMPLES.QUOTA_EXCEEDED).reason).toBe('PRODUCT_QUOTA_EXCEEDED');
  });

  it('checks the title "Stale object error" before anything else on a 409', () => {
    const error = normalize(persona, {
      status: 409,
      body: errorBody('Stale object error', 'Record not unique'),
    });
    expect(error.reason).toBe('CONCURRENT_MODIFICATION');
  });

  it('scopes texts to their status: "Conflict" on a 422 is not a conflict', () => {
    const error = normalize(persona, { status: 422, body: errorBody('Conflict') });
    expect(error.reason).toBe('INVALID_ACTION_OR_VALUE');
    expect(error.matchedBy).toBe('status');
  });

  it('scopes texts to their status: a rate-limit text on a 500 is a server error', () => {
    const error = normalize(persona, { status: 500, body: errorBody('Rate limit exceeded') });
    expect(error.reason).toBe('VENDOR_INTERNAL_ERROR');
  });
});

describe('inquiry verdicts', () => {
  const read = (b: unknown) => persona.outcome(b)._unsafeUnwrap();

  it('completed is NOT an approval: provisional, not final, wait for the decision', () => {
    for (const b of [
      answer(inquiry('completed')),
      webhook('inquiry.completed', inquiry('completed')),
    ]) {
      const o = read(b);
      expect(o.verdict).toBe('provisional');
      expect(o.final).toBe(false);
      expect(o.retry.action).toBe('wait-for-result');
    }
  });

  it('failed is rejected but not final: a workflow or reviewer may still decide', () => {
    const o = read(answer(inquiry('failed')));
    expect(o.verdict).toBe('rejected');
    expect(o.final).toBe(false);
    expect(o.retry.action).toBe('wait-for-result');
  });

  it('expired is pending with user-action: abandonment, not a failed check', () => {
    const o = read(webhook('inquiry.expired', inquiry('expired')));
    expect(o.verdict).toBe('pending');
    expect(o.final).toBe(false);
    expect(o.retry.action).toBe('user-action');
  });

  it('needs_review and inquiry.marked-for-review wait for a person', () => {
    for (const b of [
      answer(inquiry('needs_review')),
      webhook('inquiry.marked-for-review', inquiry('needs_review')),
    ]) {
      expect(read(b)).toMatchObject({
        verdict: 'provisional',
        final: false,
        reason: 'MANUAL_REVIEW',
      });
    }
  });

  it('approved and declined are the final word', () => {
    expect(read(webhook('inquiry.approved', inquiry('approved')))).toMatchObject({
      verdict: 'approved',
      final: true,
    });
    expect(read(answer(inquiry('declined')))).toMatchObject({ verdict: 'rejected', final: true });
  });

  it('reads a webhook by its event name, not the status in its payload', () => {
    // Persona's own OAS examples show status "pending" inside inquiry.approved.
    const o = read(webhook('inquiry.approved', inquiry('pending')));
    expect(o.code).toBe('inquiry.approved');
    expect(o.verdict).toBe('approved');
  });

  // Issue 22: an event is read by its name, never by the status of the object it carries
  // (a transition or a redaction carries whatever status the inquiry had).
  it('an event that is no verdict is that event, not the status of the inquiry it carries', () => {
    const body = webhook('inquiry.transitioned', inquiry('declined'));
    expect(persona.webhook(body)._unsafeUnwrap()).toMatchObject({
      kind: 'event',
      name: 'inquiry.transitioned',
      known: true,
    });
    expect(persona.outcome(body)._unsafeUnwrapErr().reason).toBe('NOT_A_VERDICT');
    const redacted = webhook('inquiry.redacted', inquiry('approved'));
    expect(persona.webhook(redacted)._unsafeUnwrap()).toMatchObject({ kind: 'event' });
  });

  it('accepts the resource on its own, and keys in any Key-Inflection', () => {
    expect(read(inquiry('approved')).code).toBe('inquiry:approved');
    expect(read(snakeKeys(webhook('inquiry.completed', inquiry('completed')))).code).toBe(
      'inquiry.completed',
    );
  });

  it('reads an undocumented status as unknown, without echoing it', () => {
    // "Do not assume this is a static enumeration" (OAS).
    const e = persona.outcome(answer(inquiry('resumed')))._unsafeUnwrapErr();
    expect(e.category).toBe('unknown');
    expect(e.code).toBeNull();
  });

  it('drops a status that is not in the code grammar', () => {
    const e = persona.outcome(answer(inquiry('Alexandra Samplewood')))._unsafeUnwrapErr();
    expect(e.code).toBeNull();
  });
});

describe('verification verdicts', () => {
  const read = (b: unknown) => persona.outcome(b)._unsafeUnwrap();

  it('keeps verification statuses apart from inquiry statuses', () => {
    expect(read(answer(verification('failed'))).code).toBe('verification:failed');
    expect(read(answer(inquiry('failed'))).code).toBe('inquiry:failed');
  });

  it('passed is provisional, not an approval: the inquiry decides', () => {
    const o = read(answer(verification('passed', [])));
    expect(o.verdict).toBe('provisional');
    expect(o.final).toBe(false);
  });

  it('requires_retry asks the user to submit again', () => {
    const o = read(webhook('verification.requires-retry', verification('requires_retry')));
    expect(o).toMatchObject({ verdict: 'rejected', final: false });
    expect(o.retry.action).toBe('user-action');
  });

  it('tags the failed required checks only', () => {
    const o = read(webhook('verification.failed', verification('failed')));
    expect(o.code).toBe('verification.failed');
    expect(o.tags).toEqual(['ID_BARCODE_DETECTION', 'ID_ENTITY_DETECTION']);
    for (const tag of o.tags ?? []) {
      expect(persona.lookup(`check:${tag.toLowerCase()}`)?.kind).toBe('outcome');
    }
  });

  it('skips checks whose name is not in the grammar', () => {
    const o = read(
      answer(
        verification('failed', [{ name: 'Alexandra', status: 'failed', requirement: 'required' }]),
      ),
    );
    expect(o.tags).toBeUndefined();
  });
});

describe('what outcome() refuses', () => {
  it('an error body is an error, not a verdict', () => {
    expect(persona.outcome(errorBody('Rate limit exceeded')).isErr()).toBe(true);
  });

  it('a report or any other object is not a result it reads', () => {
    const report = { data: { type: 'report/watchlist', attributes: { status: 'ready' } } };
    expect(persona.outcome(report)._unsafeUnwrapErr().reason).toBe('NOT_A_RESULT');
    expect(persona.outcome(webhook('report/watchlist.matched', report.data)).isErr()).toBe(true);
  });
});

describe('personal data never reaches the output', () => {
  const leaks = (value: unknown): string[] => {
    const json = JSON.stringify(value);
    return PERSONAL_VALUES.filter((v) => json.includes(v));
  };

  const statuses = ['created', 'completed', 'failed', 'approved', 'declined', 'weird status'];
  it.each(statuses)('inquiry %s, as an answer and as a webhook', (status) => {
    for (const b of [answer(inquiry(status)), webhook('inquiry.completed', inquiry(status))]) {
      expect(leaks(persona.outcome(b))).toEqual([]);
      expect(leaks(persona.outcome(JSON.stringify(b)))).toEqual([]);
      expect(leaks(normalize(persona, { status: 200, headers: WEBHOOK_HEADERS, body: b }))).toEqual(
        [],
      );
      expect(leaks(normalize(persona, { status: 500, body: b }))).toEqual([]);
    }
  });

  it.each(['failed', 'passed', 'requires_retry'])('verification %s', (status) => {
    const b = webhook('verification.failed', verification(status));
    expect(leaks(persona.outcome(b))).toEqual([]);
    expect(leaks(normalize(persona, { status: 422, body: b }))).toEqual([]);
  });

  const echoes = [
    'Email address alexandra.samplewood@example.test is invalid',
    'Name first Alexandra does not match',
    'Birthdate 1990-02-03 is out of range',
    'Phone number +15550100 is invalid',
    'Reference id user-000123 already exists',
  ];
  it.each(echoes)('scrubs the echo in a 422 "%s"', (details) => {
    const b = {
      errors: [
        { title: 'Record invalid', details, source: { pointer: '/data/attributes/name-first' } },
      ],
      // The request as some clients attach it: values core learns to look for.
      data: { attributes: inquiry('created').attributes },
    };
    const error = normalize(persona, { status: 422, body: b });
    expect(error.reason).toBe('FIELD_VALIDATION_FAILED');
    expect(error.field).toBe('name-first');
    expect(leaks(error)).toEqual([]);
    expect(leaks(new KycFailure(error).stack)).toEqual([]);
  });
});

describe('totality', () => {
  it('readers never throw, whatever they are handed', () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    const throwingIndex = Object.defineProperty([], 0, { get: boom });
    const bodies: unknown[] = [
      { errors: throwingIndex },
      { data: { type: 'verification/x', attributes: { status: 'failed', checks: throwingIndex } } },
      new Proxy({}, { get: boom, getOwnPropertyDescriptor: boom, ownKeys: boom, has: boom }),
    ];
    for (const body of bodies) {
      expect(() => persona.definition.read(body, 400)).not.toThrow();
      expect(() => persona.definition.readOutcome?.(body)).not.toThrow();
    }
  });

  it('survives hostile objects', () => {
    const boom = (): never => {
      throw new Error('boom');
    };
    const hostile: unknown[] = [
      new Proxy({}, { get: boom, getOwnPropertyDescriptor: boom, ownKeys: boom, has: boom }),
      Object.defineProperty({}, 'errors', { enumerable: true, get: boom }),
      { errors: [Object.defineProperty({}, 'title', { enumerable: true, get: boom })] },
      {
        data: Object.defineProperty({ type: 'inquiry' }, 'attributes', {
          enumerable: true,
          get: boom,
        }),
      },
      JSON.parse('{"__proto__":{"errors":[{"title":"Forbidden"}]}}'),
      JSON.parse('{"data":{"__proto__":{"type":"inquiry","attributes":{"status":"approved"}}}}'),
      { errors: new Array(1e6) },
      {
        data: { type: 'verification/x', attributes: { status: 'failed', checks: new Array(1e6) } },
      },
    ];
    for (const body of hostile) {
      expect(normalize(persona, { status: 403, body }).provider).toBe('persona');
      expect(() => persona.outcome(body)).not.toThrow();
    }
    // Inherited keys are never read as the body's own.
    expect(persona.outcome(hostile[5]).isOk()).toBe(false);
    expect(normalize(persona, { status: 403, body: hostile[4] }).matchedBy).toBe('status');
  });
});
