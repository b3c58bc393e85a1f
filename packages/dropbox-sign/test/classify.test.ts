import { fromResponse, normalize } from '@kyc-errors/core';
import { dropboxSign, dropboxSignWait } from '@kyc-errors/dropbox-sign';
import { describe, expect, it } from 'vitest';
import { answer, callback, PERSONAL_VALUES, signatureRequest } from './fixtures/callbacks.js';
import { errorBody, NOW, rateHeaders } from './fixtures/errors.js';

// Named decisions a reviewer could dispute, and the facts of issue 26, item 5 (Dropbox Sign)
// and item 6 (e-signature outcomes in the shared verdicts).

const now = () => NOW;
const outcome = (body: unknown) => dropboxSign.outcome(body)._unsafeUnwrap();
const webhookEvent = (body: unknown) => dropboxSign.webhook(body)._unsafeUnwrap();

describe('issue 26, item 5: completion', () => {
  it('signature_request_signed fires once per signer: each is an event with the outcome still to come, never an approval', () => {
    // Three signers, three callbacks (SIGNED): none of them is the end.
    for (const signed of [['signed'], ['signed', 'signed'], ['signed', 'signed', 'signed']]) {
      const body = callback('signature_request_signed', signatureRequest({}, signed));
      expect(webhookEvent(body)).toMatchObject({
        kind: 'event',
        name: 'signature_request_signed',
        verdictFollows: true,
        known: true,
      });
      const read = dropboxSign.outcome(body);
      expect(read.isErr()).toBe(true);
      expect(read._unsafeUnwrapErr().reason).toBe('NOT_A_VERDICT');
    }
  });

  it('a signed callback whose request already shows is_complete is still an event: only signature_request_all_signed is the end', () => {
    const body = callback(
      'signature_request_signed',
      signatureRequest({ is_complete: true }, ['signed', 'signed']),
    );
    expect(webhookEvent(body)).toMatchObject({ kind: 'event', verdictFollows: true });
  });

  it('only signature_request_all_signed, or is_complete on the request, means done', () => {
    expect(outcome(callback('signature_request_all_signed'))).toMatchObject({
      code: 'signature_request_all_signed',
      verdict: 'approved',
      final: true,
      reason: 'ALL_SIGNED',
    });
    expect(outcome(answer(signatureRequest({ is_complete: true }, ['signed'])))).toMatchObject({
      code: 'is_complete',
      verdict: 'approved',
      final: true,
    });
    // Everyone but one has signed: the request is still out.
    const partial = outcome(answer(signatureRequest({}, ['signed', 'awaiting_signature'])));
    expect(partial).toMatchObject({ code: null, verdict: 'pending', final: false });
    expect(partial.retry.action).toBe('wait-for-result');
  });
});

describe('issue 26, item 5: cancelation', () => {
  it("a cancel's 200 is no confirmation: its empty answer is neither a verdict nor a failure", () => {
    // POST /signature_request/cancel answers an empty 200 once the cancel is queued: the call
    // went through, and the body says nothing about the request's fate.
    expect(fromResponse(dropboxSign, { status: 200, body: '' }).isOk()).toBe(true);
    expect(dropboxSign.outcome('')._unsafeUnwrapErr().reason).toBe('NOT_A_RESULT');
    expect(dropboxSign.webhook('').isErr()).toBe(true);
  });

  it('signature_request_canceled is the confirmation: rejected and final', () => {
    expect(outcome(callback('signature_request_canceled'))).toMatchObject({
      code: 'signature_request_canceled',
      verdict: 'rejected',
      final: true,
      reason: 'SIGNATURE_REQUEST_CANCELED',
      retry: { retryable: false, action: 'none' },
    });
  });

  it('after the cancel the request answers 410 deleted: gone, not retryable, final', () => {
    const error = normalize(dropboxSign, {
      status: 410,
      body: errorBody('deleted', 'This resource has been deleted.'),
    });
    expect(error).toMatchObject({
      code: 'deleted',
      category: 'user-state',
      reason: 'RESOURCE_DELETED',
      retry: { retryable: false, action: 'none' },
      delivery: 'rejected',
    });
    // A bare 410 from a proxy means the same.
    expect(normalize(dropboxSign, { status: 410, body: '' }).reason).toBe('RESOURCE_DELETED');
  });
});

describe('issue 26, item 5: account problems', () => {
  it('402 payment_required is an account problem', () => {
    const error = normalize(dropboxSign, {
      status: 402,
      body: errorBody('payment_required', 'You must upgrade to make additional requests.'),
    });
    expect(error).toMatchObject({
      code: 'payment_required',
      category: 'account',
      reason: 'PAYMENT_REQUIRED',
      retry: { retryable: false, action: 'account-action' },
    });
  });

  it('403 "A paid API plan is required" is an account problem: the text refines the catch-all forbidden', () => {
    const error = normalize(dropboxSign, {
      status: 403,
      body: errorBody('forbidden', 'A paid API plan is required to access this endpoint.'),
    });
    expect(error).toMatchObject({
      code: 'forbidden',
      category: 'account',
      reason: 'PAID_API_PLAN_REQUIRED',
      matchedBy: 'message',
      vendorMessage: 'A paid API plan is required to access this endpoint.',
      retry: { retryable: false, action: 'account-action' },
    });
  });

  it('a refining message beats the catch-all code, and only on the statuses it is documented with', () => {
    const body = errorBody('forbidden', 'A paid API plan is required for this feature.');
    expect(normalize(dropboxSign, { status: 403, body }).reason).toBe('PAID_API_PLAN_REQUIRED');
    expect(normalize(dropboxSign, { status: 402, body }).reason).toBe('PAID_API_PLAN_REQUIRED');
    // Under a status the text is not documented with, the name alone decides.
    expect(normalize(dropboxSign, { status: 400, body }).reason).toBe('PERMISSION_DENIED');
  });

  it('any other forbidden is a permission the account lacks', () => {
    const error = normalize(dropboxSign, {
      status: 403,
      body: errorBody('forbidden', 'You do not have access to this signature request.'),
    });
    expect(error).toMatchObject({
      category: 'account',
      reason: 'PERMISSION_DENIED',
      matchedBy: 'code',
    });
  });
});

describe('issue 26, item 5: rate limits', () => {
  it("exceeded_rate waits until X-Ratelimit-Reset, a Unix time read against the call's clock", () => {
    const error = normalize(
      dropboxSign,
      {
        status: 429,
        headers: rateHeaders(0, 42),
        body: errorBody('exceeded_rate', 'Too many requests.'),
      },
      { now },
    );
    expect(error).toMatchObject({
      code: 'exceeded_rate',
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      retry: { retryable: true, action: 'wait', afterMs: 42_000 },
    });
  });

  it('limits are per minute: a reset 40 s ahead waits 40 s, not a Unix time read as seconds', () => {
    const headers = rateHeaders(0, 40);
    const header = (name: string) =>
      Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
    expect(dropboxSignWait(header, now)).toBe(40_000);
    // Read as seconds to wait, the same header would ask for more than fifty years.
    expect(Number(headers['X-Ratelimit-Reset']) * 1000).toBeGreaterThan(50 * 365 * 86_400_000);
    expect(dropboxSign.lookup('exceeded_rate')?.message).toMatch(
      /per-minute .*100 a minute.*25 .*10 in test mode/,
    );
  });

  it('exceeded_rate is throttling under 403 too (the older table gives 403): the name decides', () => {
    const error = normalize(
      dropboxSign,
      {
        status: 403,
        headers: rateHeaders(0, 30),
        body: errorBody(
          'exceeded_rate',
          "Your account's API request rate limit has been exceeded.",
        ),
      },
      { now },
    );
    expect(error).toMatchObject({ category: 'rate-limit', retry: { afterMs: 30_000 } });
  });

  it('X-Ratelimit-Reset is no wait while requests are left in the window', () => {
    const error = normalize(
      dropboxSign,
      { status: 500, headers: rateHeaders(57, 30), body: errorBody('unknown', 'Server error') },
      { now },
    );
    expect(error.retry.afterMs).toBeUndefined();
  });

  it('a reset already past waits nothing, and Retry-After still wins', () => {
    const past = normalize(
      dropboxSign,
      {
        status: 429,
        headers: rateHeaders(0, -5),
        body: errorBody('exceeded_rate', 'Too many requests.'),
      },
      { now },
    );
    expect(past.retry.afterMs).toBe(0);
    const told = normalize(
      dropboxSign,
      {
        status: 429,
        headers: { ...rateHeaders(0, 42), 'Retry-After': '7' },
        body: errorBody('exceeded_rate', 'Too many requests.'),
      },
      { now },
    );
    expect(told.retry.afterMs).toBe(7000);
  });

  it('a 429 without the headers still throttles, with the default backoff', () => {
    const error = normalize(dropboxSign, { status: 429, body: '' });
    expect(error).toMatchObject({ category: 'rate-limit', code: null, matchedBy: 'status' });
    expect(error.retry.afterMs).toBeUndefined();
  });
});

describe('issue 26, item 6: e-signature outcomes in the shared verdicts', () => {
  it.each([
    ['signature_request_declined', 'SIGNER_DECLINED'],
    ['signature_request_canceled', 'SIGNATURE_REQUEST_CANCELED'],
    ['signature_request_expired', 'SIGNATURE_REQUEST_EXPIRED'],
  ])('%s is rejected and final: nothing can be signed on the request any more', (type, reason) => {
    expect(outcome(callback(type))).toMatchObject({ verdict: 'rejected', final: true, reason });
  });

  it('a declined or expired request read from the API is rejected and final as well', () => {
    expect(outcome(answer(signatureRequest({ is_declined: true }, ['declined'])))).toMatchObject({
      code: 'is_declined',
      verdict: 'rejected',
      final: true,
    });
    expect(outcome(answer(signatureRequest({}, ['signed', 'expired'])))).toMatchObject({
      code: 'expired',
      verdict: 'rejected',
      final: true,
      reason: 'SIGNATURE_REQUEST_EXPIRED',
    });
  });

  it('an error on the request is rejected but not final: a person looks before anything is resent', () => {
    expect(outcome(answer(signatureRequest({ has_error: true })))).toMatchObject({
      code: 'has_error',
      verdict: 'rejected',
      final: false,
      retry: { action: 'investigate' },
    });
  });

  it('has_error beats is_complete: a request in error is never read as signed', () => {
    expect(
      outcome(answer(signatureRequest({ is_complete: true, has_error: true }, ['signed']))).code,
    ).toBe('has_error');
  });

  it('a rejection handed to normalize is a verification failure, an approval none', () => {
    expect(
      normalize(dropboxSign, { status: 200, body: callback('signature_request_declined') }),
    ).toMatchObject({ category: 'verification', reason: 'SIGNER_DECLINED' });
    expect(
      normalize(dropboxSign, { status: 200, body: callback('signature_request_all_signed') })
        .reason,
    ).toBe('NOT_A_FAILURE');
  });

  it('the signature request object itself reads like the API answer', () => {
    expect(outcome(signatureRequest({ is_complete: true }, ['signed'])).code).toBe('is_complete');
  });
});

describe('failures reported by callback', () => {
  it('signature_request_invalid, by callback or as an error name, is one request error', () => {
    const byCallback = dropboxSign.webhook(callback('signature_request_invalid'));
    expect(byCallback._unsafeUnwrapErr()).toMatchObject({
      code: 'signature_request_invalid',
      category: 'validation',
    });
    const byName = normalize(dropboxSign, {
      status: 400,
      body: errorBody('signature_request_invalid', 'Invalid'),
    });
    expect(byName.reason).toBe(byCallback._unsafeUnwrapErr().reason);
  });

  it('unknown_error asks to look the request up before sending another', () => {
    const error = normalize(dropboxSign, { status: 200, body: callback('unknown_error') });
    expect(error).toMatchObject({
      category: 'retryable',
      retry: { retryable: true, action: 'check-status' },
      delivery: 'uncertain',
    });
  });
});

describe('other decisions', () => {
  it('conflict is a request still running: look it up, do not resend', () => {
    const error = normalize(dropboxSign, {
      status: 409,
      body: errorBody('conflict', 'An identical request is already being processed.'),
    });
    expect(error).toMatchObject({
      category: 'user-state',
      retry: { retryable: false, action: 'check-status' },
    });
  });

  it('signature_request_cancel_failed asks to look at the request (it is usually complete already)', () => {
    const error = normalize(dropboxSign, {
      status: 400,
      body: errorBody('signature_request_cancel_failed', 'Could not cancel'),
    });
    expect(error.retry.action).toBe('check-status');
  });

  it('error_path names the field at fault', () => {
    const error = normalize(dropboxSign, {
      status: 400,
      body: errorBody('bad_request', 'This value should not be blank', 'cc_email_addresses[0]'),
    });
    expect(error).toMatchObject({ reason: 'MALFORMED_REQUEST', field: 'cc_email_addresses[0]' });
  });

  it('5xx without a name are left to the generic rules', () => {
    expect(normalize(dropboxSign, { status: 503, body: '<html>busy</html>' })).toMatchObject({
      category: 'retryable',
      code: null,
      matchedBy: 'status',
    });
  });

  it('an error name nobody documented is not echoed, and the status decides', () => {
    const error = normalize(dropboxSign, {
      status: 400,
      body: errorBody('alexandra_samplewood', 'Bad'),
    });
    expect(error).toMatchObject({ code: null, reason: 'MALFORMED_REQUEST', matchedBy: 'status' });
  });
});

describe('privacy', () => {
  it('never lets a signer, a requester, a decline reason or a form value through', () => {
    const bodies = [
      callback(
        'signature_request_declined',
        signatureRequest({ is_declined: true }, ['declined']),
        'I do not agree with clause 4',
      ),
      callback('signature_request_signed', signatureRequest({}, ['signed'])),
      callback('file_error', signatureRequest({ has_error: true }), 'Lease for 1 Example Way'),
      answer(signatureRequest({ is_complete: true }, ['signed'])),
    ];
    for (const body of bodies) {
      for (const answered of [
        normalize(dropboxSign, { status: 200, body }),
        dropboxSign.webhook(body),
        dropboxSign.outcome(body),
      ]) {
        const json = JSON.stringify(answered);
        for (const value of PERSONAL_VALUES) expect(json).not.toContain(value);
      }
    }
  });
});
