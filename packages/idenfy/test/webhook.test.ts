import { normalize } from '@kyc-errors/core';
import { IDENFY_EVENTS, idenfy } from '@kyc-errors/idenfy';
import { describe, expect, it } from 'vitest';
import { PERSONAL_VALUES, webhook } from './fixtures/webhooks.js';

// Issue 22, item 2. iDenfy's KYC webhook events (IDENTIFICATION_AUTO_FINISHED, _RESUBMITTED,
// _CANCELLED, ...) all POST the same verification body: the event is the subscription, not a
// field of the body (https://documentation.idenfy.com/kyc/webhooks, "Webhook Events and
// Timing"). So the body's own status and `final` flag answer, and a status nobody documented
// is an undocumented event, never a failure.
const answer = (body: unknown) => idenfy.webhook(body)._unsafeUnwrap();

describe('idenfy webhook()', () => {
  it('IDENTIFICATION_RESUBMITTED with final false: the automatic result is provisional, review to come', () => {
    const body = webhook({ overall: 'APPROVED', final: false });
    expect(answer(body)).toMatchObject({
      code: 'APPROVED',
      verdict: 'provisional',
      final: false,
      retry: { action: 'wait-for-result' },
    });
  });

  it('IDENTIFICATION_RESUBMITTED with final true is the final verdict', () => {
    expect(answer(webhook({ overall: 'DENIED', final: true }))).toMatchObject({
      code: 'DENIED',
      verdict: 'rejected',
      final: true,
    });
  });

  it('a cancelled verification whose status nobody documented is an undocumented event, not a failure', () => {
    const body = webhook({
      overall: 'CANCELLED',
      final: true,
      autoDocument: null,
      autoFace: null,
      manualDocument: null,
      manualFace: null,
    });
    const e = answer(body);
    expect(e).toMatchObject({ kind: 'event', known: false, name: null, attention: true });
    const json = JSON.stringify(e);
    for (const value of PERSONAL_VALUES) expect(json).not.toContain(value);
    // outcome() keeps its contract: an undocumented result is for a person to read.
    expect(idenfy.outcome(body)._unsafeUnwrapErr().category).toBe('unknown');
  });

  it('an undocumented status whose checks all passed is at most provisional, never final', () => {
    expect(answer(webhook({ overall: 'RESUBMITTED', final: true }))).toMatchObject({
      code: null,
      verdict: 'provisional',
      final: false,
      retry: { action: 'investigate' },
    });
  });

  it('lists the documented events, for an endpoint that routes by subscription', () => {
    expect(idenfy.events.map((e) => e.name)).toEqual(IDENFY_EVENTS.map((e) => e.name));
    expect(idenfy.events.map((e) => e.name)).toContain('IDENTIFICATION_CANCELLED');
  });

  it('a verification body handed to normalize is no failure', () => {
    expect(normalize(idenfy, { status: 200, body: webhook({ overall: 'APPROVED' }) }).reason).toBe(
      'NOT_A_FAILURE',
    );
  });
});
