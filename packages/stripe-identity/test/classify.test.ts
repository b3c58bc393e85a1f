import { type HttpFailure, normalize, normalizeThrown } from '@kyc-errors/core';
import { shouldRetry, stripeIdentity } from '@kyc-errors/stripe-identity';
import { describe, expect, it } from 'vitest';
import {
  check,
  ERROR_EXAMPLES,
  event,
  LOCK_TIMEOUT_TEXT,
  report,
  session,
  stripeError,
  stripeHeaders,
} from './fixtures/bodies.js';

const classify = (failure: HttpFailure) => normalize(stripeIdentity, failure);
const outcomeOf = (body: unknown) => {
  const read = stripeIdentity.outcome(body);
  if (read.isErr()) throw new Error(`no outcome: ${read.error.reason}`);
  return read.value;
};

// Issue 26, items 2 and 3: the facts a careful Stripe integrator gets right, one named test each.
describe('issue 26: Stripe-Should-Retry, rate limits and idempotency keys', () => {
  it('Stripe-Should-Retry: false on a 500 stops the retry: the header overrides the status', () => {
    const without = classify(ERROR_EXAMPLES.api_error);
    expect(without.retry.retryable).toBe(true);
    const error = classify({ ...ERROR_EXAMPLES.api_error, headers: stripeHeaders(false) });
    expect(error).toMatchObject({ category: 'retryable', reason: 'VENDOR_INTERNAL_ERROR' });
    // The first run's answer is stored under its key: find out what happened, then a new key.
    expect(error.retry).toMatchObject({
      retryable: false,
      action: 'check-status',
      idempotencyKey: 'new',
    });
    expect(error.remedy).toMatch(/^Do not send it again/);
  });

  it('Stripe-Should-Retry: true on a 429 lock timeout retries it: the header overrides the status', () => {
    const error = classify(ERROR_EXAMPLES.lock_timeout);
    expect(error).toMatchObject({
      code: 'lock_timeout',
      category: 'retryable',
      reason: 'OBJECT_LOCKED',
    });
    expect(error.retry).toMatchObject({
      retryable: true,
      action: 'backoff',
      idempotencyKey: 'same',
    });
    // A 429 whose body says nothing still retries when the header says so, as a backoff of the
    // same request, not a rate-limit wait.
    const bare = classify({
      status: 429,
      headers: stripeHeaders(true),
      body: stripeError({ type: 'invalid_request_error' }),
    });
    expect(bare.retry.retryable).toBe(true);
    // And the header can stop what the status alone would retry.
    const stopped = classify({ ...ERROR_EXAMPLES.rate_limit, headers: stripeHeaders(false) });
    expect(stopped.retry).toMatchObject({ retryable: false, action: 'investigate' });
  });

  it('a 400 with code rate_limit is throttling, not a bad request', () => {
    const error = classify({
      status: 400,
      body: stripeError({
        type: 'invalid_request_error',
        code: 'rate_limit',
        message: 'Request rate limit exceeded',
      }),
    });
    expect(error).toMatchObject({
      code: 'rate_limit',
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      matchedBy: 'code',
    });
    expect(error.retry).toMatchObject({ retryable: true, action: 'wait', idempotencyKey: 'same' });
    // The legacy text alone, without the code, reads the same on either status.
    for (const status of [400, 429]) {
      const text = classify({
        status,
        body: stripeError({
          type: 'invalid_request_error',
          message: 'Request rate limit exceeded',
        }),
      });
      expect(text.reason, String(status)).toBe('RATE_LIMITED');
    }
  });

  it('idempotency_error (400) needs a new key or a fixed request', () => {
    const error = classify(ERROR_EXAMPLES.idempotency_error);
    expect(error).toMatchObject({
      code: 'idempotency_error',
      category: 'validation',
      reason: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(error.retry).toEqual({
      retryable: false,
      action: 'new-idempotency-key',
      idempotencyKey: 'new',
    });
    expect(error.remedy).toMatch(/fresh key/);
    expect(error.remedy).toMatch(/exactly the parameters/);
  });

  it('idempotency_key_in_use (409) is retried with the same key', () => {
    const error = classify(ERROR_EXAMPLES.idempotency_key_in_use);
    expect(error).toMatchObject({
      code: 'idempotency_key_in_use',
      category: 'retryable',
      delivery: 'rejected',
    });
    expect(error.retry).toMatchObject({
      retryable: true,
      action: 'backoff',
      idempotencyKey: 'same',
    });
  });

  it('a 429 or a 500 is safe to retry with the same key', () => {
    for (const failure of [
      ERROR_EXAMPLES.rate_limit,
      ERROR_EXAMPLES.api_error,
      { status: 429 },
      { status: 500 },
      { status: 503 },
    ]) {
      const error = classify(failure);
      const at = `${failure.status}`;
      expect.soft(error.retry.retryable, at).toBe(true);
      expect.soft(error.retry.idempotencyKey, at).toBe('same');
    }
  });

  it('says a corrected 4xx goes under a new key', () => {
    for (const code of ['parameter_missing', 'resource_missing', 'INVALID_REQUEST'] as const) {
      expect.soft(classify(ERROR_EXAMPLES[code]).retry.idempotencyKey, code).toBe('new');
    }
  });
});

describe('issue 26: VerificationSession verdicts', () => {
  it('a session back in requires_input with last_error is a rejection that is not final', () => {
    const o = outcomeOf(
      session('requires_input', {
        code: 'selfie_face_mismatch',
        reason: 'The selfie does not match.',
      }),
    );
    expect(o).toMatchObject({
      code: 'selfie_face_mismatch',
      verdict: 'rejected',
      final: false,
      reason: 'FACE_MISMATCH',
    });
    expect(o.retry.action).toBe('user-action');
    // The same body handed to normalize is a verification failure, not final either.
    const error = classify({
      status: 200,
      body: session('requires_input', { code: 'document_expired', reason: 'x' }),
    });
    expect(error).toMatchObject({ category: 'verification', code: 'document_expired' });
  });

  it('a last_error with a code this catalog lacks, or none, is still a rejection that is not final', () => {
    for (const code of [null, 'some_new_code']) {
      const o = outcomeOf(session('requires_input', { code, reason: 'Something failed.' }));
      expect(o, String(code)).toMatchObject({
        code: 'REQUIRES_INPUT_WITH_ERROR',
        verdict: 'rejected',
        final: false,
      });
    }
  });

  it('requires_input without last_error is pending', () => {
    const o = outcomeOf(session('requires_input'));
    expect(o).toMatchObject({ code: 'session:requires_input', verdict: 'pending', final: false });
    expect(o.retry.action).toBe('wait-for-result');
  });

  it('canceled is final', () => {
    const o = outcomeOf(session('canceled'));
    expect(o).toMatchObject({
      code: 'session:canceled',
      final: true,
      reason: 'VERIFICATION_CANCELED',
    });
    // Canceled wins over a last_error left from an earlier attempt.
    const after = outcomeOf(session('canceled', { code: 'abandoned', reason: 'x' }));
    expect(after).toMatchObject({ code: 'session:canceled', final: true });
  });

  it('verified is approved', () => {
    expect(outcomeOf(session('verified'))).toMatchObject({
      code: 'session:verified',
      verdict: 'approved',
      final: true,
    });
  });

  it('processing is pending', () => {
    expect(outcomeOf(session('processing'))).toMatchObject({ verdict: 'pending', final: false });
  });
});

describe('what decides a failure', () => {
  it('invalid_request_error decides nothing: a 401 of that type is auth, by its status and text', () => {
    expect(classify(ERROR_EXAMPLES.INVALID_API_KEY)).toMatchObject({
      category: 'auth',
      reason: 'INVALID_API_KEY',
      matchedBy: 'message',
      code: null,
    });
    expect(
      classify({ status: 401, body: stripeError({ type: 'invalid_request_error' }) }),
    ).toMatchObject({
      reason: 'MISSING_OR_INVALID_API_KEY',
      matchedBy: 'status',
    });
  });

  it('a catalogued code beats its type and its status: lock_timeout on a 429 is not a rate limit', () => {
    const error = classify({ ...ERROR_EXAMPLES.lock_timeout, headers: stripeHeaders() });
    expect(error).toMatchObject({
      reason: 'OBJECT_LOCKED',
      category: 'retryable',
      matchedBy: 'code',
    });
  });

  it('a lock timeout is known by its text when the code is missing', () => {
    const error = classify({
      status: 429,
      body: stripeError({ type: 'invalid_request_error', message: LOCK_TIMEOUT_TEXT }),
    });
    expect(error).toMatchObject({ reason: 'OBJECT_LOCKED', matchedBy: 'message' });
    // Documented verbatim: the message is kept as it is.
    expect(error.vendorMessage).toBe(LOCK_TIMEOUT_TEXT);
  });

  it('a code this catalog lacks (a payments code) falls back to the status, and is not echoed', () => {
    const error = classify({
      status: 400,
      body: stripeError({
        type: 'invalid_request_error',
        code: 'charge_already_captured',
        message: 'x',
      }),
    });
    expect(error).toMatchObject({ reason: 'BAD_REQUEST', matchedBy: 'status', code: null });
  });

  it('the type decides when the code does not: api_error with an unknown code is a server error', () => {
    const error = classify({
      status: 500,
      body: stripeError({ type: 'api_error', code: 'something_new' }),
    });
    expect(error).toMatchObject({
      code: 'api_error',
      reason: 'VENDOR_INTERNAL_ERROR',
      matchedBy: 'code',
    });
  });

  it("keeps Stripe's own words of an undocumented message, never the id or value it quotes", () => {
    expect(classify(ERROR_EXAMPLES.resource_missing).vendorMessage).toBe(
      "No such verification_session: '[redacted]'",
    );
    // Without a code (so without doc_url: its words count as a URL's, and are dropped).
    const missing = classify({
      status: 400,
      body: stripeError({
        type: 'invalid_request_error',
        message: 'Missing required param: type.',
      }),
    });
    expect(missing.vendorMessage).toBe('Missing required param: type.');
    expect(classify(ERROR_EXAMPLES.INVALID_API_KEY).vendorMessage).not.toMatch(/Aso0|sk_test/);
  });

  it('names the field from param', () => {
    expect(classify(ERROR_EXAMPLES.email_invalid).field).toBe('provided_details[email]');
    expect(classify(ERROR_EXAMPLES.parameter_missing).field).toBe('type');
  });

  it('the account header is the field at fault for account_invalid', () => {
    expect(classify(ERROR_EXAMPLES.account_invalid)).toMatchObject({
      category: 'auth',
      field: 'Stripe-Account',
    });
  });

  it('a restricted key without permission is auth: the key is configured, not the account', () => {
    expect(classify(ERROR_EXAMPLES.PERMISSION_DENIED)).toMatchObject({
      category: 'auth',
      reason: 'PERMISSION_DENIED',
      matchedBy: 'message',
    });
  });

  it('a 409 without a code is retried under the same key, as stripe-node does', () => {
    expect(classify(ERROR_EXAMPLES.CONFLICT).retry).toMatchObject({
      retryable: true,
      idempotencyKey: 'same',
    });
  });

  it('a 424 retries with a caution and no key advice: Stripe says nothing of its storage', () => {
    const error = classify(ERROR_EXAMPLES.EXTERNAL_DEPENDENCY_FAILED);
    expect(error.retry.retryable).toBe(true);
    expect(error.retry.idempotencyKey).toBeUndefined();
    expect(error.retry.caution).toMatch(/look the object up/);
  });

  it('reads the error object bare, as stripe-node keeps it in err.raw', () => {
    const raw = {
      type: 'invalid_request_error',
      code: 'lock_timeout',
      message: LOCK_TIMEOUT_TEXT,
      statusCode: 429,
      requestId: 'req_FAKE0000000001',
      headers: { 'stripe-should-retry': 'true' },
    };
    const error = normalize(stripeIdentity, {
      status: raw.statusCode,
      headers: raw.headers,
      body: raw,
    });
    expect(error).toMatchObject({ code: 'lock_timeout', reason: 'OBJECT_LOCKED' });
  });

  it('does not read a Stripe resource as a bare error', () => {
    const error = classify({
      status: 400,
      body: { object: 'identity.verification_session', type: 'api_error' },
    });
    expect(error.code).toBeNull();
    expect(error.reason).toBe('BAD_REQUEST');
  });

  it('an axios error from a Stripe call goes through the same reading', () => {
    const thrown = Object.assign(new Error('Request failed with status code 409'), {
      isAxiosError: true,
      response: { status: 409, headers: {}, data: ERROR_EXAMPLES.idempotency_key_in_use.body },
    });
    expect(normalizeThrown(stripeIdentity, thrown)).toMatchObject({
      code: 'idempotency_key_in_use',
    });
  });

  it('reads Stripe-Should-Retry in any case and ignores anything else', () => {
    const h = (v: string | undefined) => (name: string) =>
      name === 'stripe-should-retry' ? v : undefined;
    expect(shouldRetry(h('false'))).toBe(false);
    expect(shouldRetry(h(' TRUE '))).toBe(true);
    expect(shouldRetry(h('yes'))).toBeUndefined();
    expect(shouldRetry(h(undefined))).toBeUndefined();
  });
});

describe('what decides a verdict', () => {
  it("a webhook's type decides, not the status its session carries", () => {
    // A redaction carries the session as it was: verified, yet the event is no new approval.
    const redacted = stripeIdentity.webhook(
      event('identity.verification_session.redacted', session('verified')),
    );
    expect(redacted.isOk() && redacted.value.kind === 'event' && redacted.value.reason).toBe(
      'SESSION_REDACTED',
    );
    const created = stripeIdentity.webhook(
      event('identity.verification_session.created', session('requires_input')),
    );
    expect(created.isOk() && created.value.kind === 'event' && created.value.reason).toBe(
      'SESSION_CREATED',
    );
    expect(
      stripeIdentity
        .outcome(event('identity.verification_session.created', session('requires_input')))
        .isErr(),
    ).toBe(true);
  });

  it('a status event is the verdict of its status; requires_input adds the last_error', () => {
    expect(
      outcomeOf(event('identity.verification_session.verified', session('verified'))),
    ).toMatchObject({
      code: 'session:verified',
      verdict: 'approved',
    });
    expect(
      outcomeOf(
        event(
          'identity.verification_session.requires_input',
          session('requires_input', { code: 'consent_declined', reason: 'x' }),
        ),
      ),
    ).toMatchObject({ code: 'consent_declined', verdict: 'rejected', final: false });
    expect(
      outcomeOf(event('identity.verification_session.requires_input', session('requires_input'))),
    ).toMatchObject({
      verdict: 'pending',
    });
    expect(
      outcomeOf(event('identity.verification_session.canceled', session('canceled'))),
    ).toMatchObject({
      final: true,
    });
  });

  it('an event of another Stripe product is reported as undocumented, never as a verdict', () => {
    const answer = stripeIdentity.webhook(
      event('payment_intent.succeeded', { object: 'payment_intent', status: 'succeeded' }),
    );
    expect(answer.isOk() && answer.value.kind === 'event').toBe(true);
  });

  it('a report with a failed document and selfie reports the document first and tags both', () => {
    const o = outcomeOf(
      report({
        document: check('document_expired'),
        selfie: check('selfie_face_mismatch'),
        id_number: check(),
      }),
    );
    expect(o).toMatchObject({ code: 'document_expired', verdict: 'rejected', final: false });
    expect(o.tags).toEqual(['DOCUMENT_EXPIRED', 'SELFIE_FACE_MISMATCH']);
  });

  it('a report whose checks all passed is approved', () => {
    expect(outcomeOf(report({ document: check(), selfie: check() }))).toMatchObject({
      code: 'REPORT_VERIFIED',
      verdict: 'approved',
    });
  });

  it('under_supported_age is not final, yet asks nothing of the user', () => {
    const o = outcomeOf(session('requires_input', { code: 'under_supported_age', reason: 'x' }));
    expect(o).toMatchObject({ verdict: 'rejected', final: false });
    expect(o.retry.action).toBe('none');
  });

  it('never reads a status outside the grammar, nor a body of another vendor', () => {
    expect(stripeIdentity.outcome(session('Ada Lovelace')).isErr()).toBe(true);
    expect(stripeIdentity.outcome({ status: 'verified' }).isErr()).toBe(true);
  });
});
