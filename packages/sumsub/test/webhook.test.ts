import { normalize } from '@kyc-errors/core';
import { SUMSUB_EVENTS, sumsub } from '@kyc-errors/sumsub';
import { describe, expect, it } from 'vitest';
import {
  PERSONAL_VALUES,
  REVIEWED_GREEN,
  REVIEWED_RED_FINAL,
  webhook,
} from './fixtures/webhooks.js';

// Issue 22, item 2: the applicant webhooks that are not verdicts. Each carries the applicant's
// ids and, often, the last review (S8 field names); values are invented.
const answer = (body: unknown) => sumsub.webhook(body)._unsafeUnwrap();

describe('sumsub webhook(): events', () => {
  it('applicantActivated repeats the last green review: an event, never a new approval', () => {
    const body = webhook({
      type: 'applicantActivated',
      reviewStatus: 'completed',
      reviewAnswer: 'GREEN',
    });
    expect(answer(body)).toMatchObject({
      kind: 'event',
      name: 'applicantActivated',
      reason: 'APPLICANT_ACTIVATED',
      known: true,
    });
    expect(sumsub.outcome(body)._unsafeUnwrapErr().reason).toBe('NOT_A_VERDICT');
  });

  it('applicantDeactivated is an event, whatever review it carries', () => {
    const body = webhook({
      type: 'applicantDeactivated',
      reviewStatus: 'completed',
      reviewAnswer: 'GREEN',
    });
    expect(answer(body)).toMatchObject({ kind: 'event', reason: 'APPLICANT_DEACTIVATED' });
  });

  it('applicantTagsChanged, without a review, is an event, not "not a result"', () => {
    const body = { ...webhook({ type: 'applicantTagsChanged', reviewStatus: 'x' }) };
    delete body.reviewStatus;
    expect(answer(body)).toMatchObject({ kind: 'event', reason: 'APPLICANT_TAGS_CHANGED' });
    expect(normalize(sumsub, { status: 200, body }).reason).toBe('NOT_A_FAILURE');
  });

  it('videoIdentCompositionCompleted is an event', () => {
    const body = webhook({ type: 'videoIdentCompositionCompleted', reviewStatus: 'completed' });
    expect(answer(body)).toMatchObject({
      kind: 'event',
      name: 'videoIdentCompositionCompleted',
      known: true,
    });
  });

  it('an open review beside an event type is the pending verdict it always was', () => {
    const body = webhook({ type: 'applicantOnHold', reviewStatus: 'onHold' });
    expect(answer(body)).toMatchObject({ code: 'onHold', verdict: 'pending', final: false });
  });

  it('the verdict webhooks are still verdicts', () => {
    expect(answer(REVIEWED_GREEN)).toMatchObject({ code: 'GREEN', verdict: 'approved' });
    expect(answer(REVIEWED_RED_FINAL)).toMatchObject({ code: 'RED_FINAL', verdict: 'rejected' });
  });

  it('a type Sumsub adds later is reported as undocumented, never echoed, never approved', () => {
    const body = webhook({
      type: 'user-8842-fake',
      reviewStatus: 'completed',
      reviewAnswer: 'GREEN',
    });
    const e = answer(body);
    expect(e).toMatchObject({ kind: 'event', name: null, known: false, attention: true });
    const json = JSON.stringify(e);
    for (const value of PERSONAL_VALUES) expect(json).not.toContain(value);
  });

  it('every listed type with a completed review answers as its event or as a verdict type', () => {
    for (const spec of SUMSUB_EVENTS) {
      const body = webhook({ type: spec.name, reviewStatus: 'completed', reviewAnswer: 'RED' });
      const a = answer(body);
      if (a.kind === 'event') expect(a.reason, spec.name).toBe(spec.reason);
      else
        expect([
          'applicantReviewed',
          'applicantWorkflowCompleted',
          'applicantActionReviewed',
        ]).toContain(spec.name);
    }
  });
});
