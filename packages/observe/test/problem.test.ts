import { CATEGORIES, type KycError } from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import {
  PROBLEM_CONTENT_TYPE,
  PROBLEM_DETAILS,
  PROBLEM_STATUSES,
  toProblem,
} from '@kyc-errors/observe/problem';
import { persona } from '@kyc-errors/persona';
import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { thrownBy, vendorError } from './support.js';

const typeBase = 'https://errors.example.com/kyc';

const notAuthorized = () =>
  vendorError(smileId, 401, { code: '2205', error: 'You are not authorized to do that' });
// iDenfy names the field at fault in its message.
const invalidFirstName = () =>
  vendorError(idenfy, 400, {
    identifier: 'BAD_VALUE',
    message: 'Invalid value for field firstName: Zq7xKpWm',
  });
const rateLimited = () =>
  vendorError(
    smileId,
    429,
    { status: 'Too Many Requests', message: 'Rate limit exceeded' },
    { 'retry-after': '30' },
  );

describe('toProblem', () => {
  it.each(CATEGORIES)(
    '%s: the status of PROBLEM_STATUSES, its detail, a type per reason',
    (category) => {
      const error = { ...notAuthorized(), category } as KycError;
      expect(toProblem(error, { typeBase })).toEqual({
        type: `${typeBase}/invalid-signature`,
        title: 'Invalid signature',
        status: PROBLEM_STATUSES[category],
        detail: PROBLEM_DETAILS[PROBLEM_STATUSES[category]],
      });
    },
  );

  it("a vendor's 401 is our outage: 502, never a 401 the client would read as its own", () => {
    expect(toProblem(notAuthorized(), { typeBase })).toEqual({
      type: 'https://errors.example.com/kyc/invalid-signature',
      title: 'Invalid signature',
      status: 502,
      detail:
        'An identity verification service we depend on failed on our side; your request was not at fault.',
    });
  });

  it('a validation error on a field the client sent is 422 with the field; on any other field, 502', () => {
    const error = invalidFirstName();
    expect(toProblem(error, { typeBase, clientFields: ['firstName', 'lastName'] })).toMatchObject({
      status: 422,
      field: 'firstName',
      type: `${typeBase}/invalid-field`,
    });
    const ours = toProblem(error, { typeBase, clientFields: ['lastName'] });
    expect(ours.status).toBe(502);
    expect(ours).not.toHaveProperty('field');
    expect(toProblem(error, { typeBase }).status).toBe(502);
  });

  it('throttling by the vendor is our 503 with retryAfter from Retry-After, not a 429', () => {
    expect(toProblem(rateLimited(), { typeBase })).toMatchObject({ status: 503, retryAfter: 30 });
  });

  it("a deferred failure's retryAfter counts from notBefore", () => {
    const failure = thrownBy(rateLimited(), {
      attempts: 2,
      stoppedBecause: 'deferred',
      notBefore: 1_000_000 + 3_600_000,
    });
    expect(toProblem(failure, { typeBase, now: () => 1_000_000 }).retryAfter).toBe(3600);
  });

  it('retryAfter only on a 503: a non-retryable failure never invites a retry', () => {
    expect(toProblem(notAuthorized(), { typeBase })).not.toHaveProperty('retryAfter');
  });

  it('the same reason from two vendors is the same type and title', () => {
    const a = toProblem(rateLimited(), { typeBase });
    const b = toProblem(vendorError(persona, 429, { errors: [{ title: 'Too many requests' }] }), {
      typeBase,
    });
    expect([b.type, b.title]).toEqual([a.type, a.title]);
  });

  it('no vendor internals: neither provider, code, vendor message, remedy, field name nor raw', () => {
    const unknown = vendorError(smileId, undefined, { weird: 'x', error: 'Teapot' });
    for (const error of [notAuthorized(), invalidFirstName(), unknown]) {
      const problem = toProblem(error, { typeBase, instance: '/requests/42' });
      expect(Object.keys(problem).sort()).toEqual([
        'detail',
        'instance',
        'status',
        'title',
        'type',
      ]);
      const text = JSON.stringify(problem);
      for (const internal of [error.provider, error.code, error.vendorMessage, error.remedy]) {
        if (typeof internal === 'string') expect(text).not.toContain(internal);
      }
      expect(text).not.toMatch(/smile|idenfy|iDenfy|Smile ID/);
    }
  });

  it('a reason that does not fit the grammar becomes …/unknown, never text of its own', () => {
    const forged = { ...notAuthorized(), reason: 'Jane Doe was refused' } as KycError;
    expect(toProblem(forged, { typeBase: `${typeBase}/` })).toMatchObject({
      type: `${typeBase}/unknown`,
      title: 'Unrecognised failure',
    });
  });

  it('the media type is application/problem+json', () => {
    expect(PROBLEM_CONTENT_TYPE).toBe('application/problem+json');
  });
});
