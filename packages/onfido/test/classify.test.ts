import { normalize } from '@kyc-errors/core';
import { onfido } from '@kyc-errors/onfido';
import { describe, expect, it } from 'vitest';
import { readError, readOutcome } from '../src/read.js';
import { errorBody } from './fixtures/errors.js';
import {
  check,
  PERSONAL_VALUES,
  report,
  run,
  TASK_COMPLETED_CLEAR,
  webhook,
} from './fixtures/results.js';

// One test per decision a reviewer could dispute, named for the decision. Issue 26, item 4
// ("Onfido") names the first four groups.

const verdictOf = (body: unknown) => onfido.outcome(body)._unsafeUnwrap();
const webhookOf = (body: unknown) => onfido.webhook(body)._unsafeUnwrap();
const remedyOf = (answer: ReturnType<typeof webhookOf>): string | undefined =>
  answer.kind === 'event' ? undefined : answer.remedy;

describe('check.completed carries no result (issue 26, item 4)', () => {
  // onfido-node's check.completed fixture: object.status complete, no result.
  const completed = webhook('check.completed', { status: 'complete' });

  it('check.completed carries no result: the answer is pending and says to fetch the check', () => {
    for (const answer of [verdictOf(completed), webhookOf(completed)]) {
      expect(answer).toMatchObject({
        code: 'check.completed',
        verdict: 'pending',
        final: false,
        reason: 'CHECK_COMPLETED_FETCH_RESULT',
        retry: { retryable: false, action: 'check-status' },
      });
      expect(remedyOf(answer)).toMatch(/fetch the check/i);
    }
  });

  it('check.completed is no approval even when the object says complete and clear', () => {
    const stray = webhook('check.completed', { status: 'complete', result: 'clear' });
    expect(verdictOf(stray)).toMatchObject({ code: 'check.completed', verdict: 'pending' });
  });

  it('report.completed carries no result either: fetch the report', () => {
    const answer = verdictOf(webhook('report.completed', { status: 'complete' }));
    expect(answer).toMatchObject({ verdict: 'pending', retry: { action: 'check-status' } });
    expect(answer.remedy).toMatch(/fetch the report/i);
  });

  it('a check.completed webhook handed to normalize is no failure', () => {
    expect(normalize(onfido, { status: 200, body: completed }).reason).toBe('NOT_A_FAILURE');
  });

  it('the fetched check decides: complete and clear is an approval', () => {
    expect(verdictOf(check('complete', 'clear'))).toMatchObject({
      code: 'check:clear',
      verdict: 'approved',
      final: true,
    });
  });
});

describe('consider is never an approval (issue 26, item 4)', () => {
  const considered = [
    ['check consider', check('complete', 'consider')],
    ['report consider', report('complete', 'consider')],
    ['report consider, caution', report('complete', 'consider', 'caution')],
    ['report consider, suspected', report('complete', 'consider', 'suspected')],
    ['report consider, rejected', report('complete', 'consider', 'rejected')],
    // A sub_result of clear cannot lift a consider: the result decides.
    ['report consider, sub_result clear', report('complete', 'consider', 'clear')],
    ['report unidentified', report('complete', 'unidentified')],
    ['identity report consider', report('complete', 'consider', null, [], 'identity_enhanced')],
  ] as const;

  it.each(considered)('consider is never an approval: %s', (_, body) => {
    const answer = verdictOf(body);
    expect(answer.verdict).not.toBe('approved');
    expect(answer.final).toBe(false);
    expect(['investigate', 'user-action']).toContain(answer.retry.action);
  });

  it('a document report under consider reads its sub_result: rejected asks the user to capture again', () => {
    expect(verdictOf(report('complete', 'consider', 'rejected'))).toMatchObject({
      code: 'report:rejected',
      verdict: 'rejected',
      retry: { action: 'user-action' },
    });
  });

  it("a consider check is not a failure to normalize (the decision is the caller's)", () => {
    const error = normalize(onfido, { status: 200, body: check('complete', 'consider') });
    expect(error.reason).toBe('NOT_A_FAILURE');
  });

  it('a result read before the check is complete is not used: a reopened check is pending', () => {
    expect(verdictOf(check('reopened', 'clear'))).toMatchObject({
      code: 'check:reopened',
      verdict: 'pending',
    });
  });
});

describe("a workflow run's approved and declined are the decision (issue 26, item 4)", () => {
  it('a workflow run approved is a final approval, declined a final rejection', () => {
    expect(verdictOf(run('approved'))).toMatchObject({ verdict: 'approved', final: true });
    expect(verdictOf(run('declined'))).toMatchObject({ verdict: 'rejected', final: true });
  });

  it('workflow_run.completed reads as the status its object or resource holds', () => {
    expect(verdictOf(webhook('workflow_run.completed', { status: 'approved' }))).toMatchObject({
      code: 'workflow_run:approved',
      verdict: 'approved',
      final: true,
    });
    const byResource = webhook('workflow_run.completed', {}, { status: 'declined' });
    expect(verdictOf(byResource)).toMatchObject({ code: 'workflow_run:declined', final: true });
  });

  it('a run in review is not yet the decision: provisional, wait for the reviewer', () => {
    expect(verdictOf(run('review'))).toMatchObject({
      verdict: 'provisional',
      final: false,
      retry: { action: 'wait-for-result' },
    });
  });

  it('workflow_run.completed without a status says to fetch the run', () => {
    expect(verdictOf(webhook('workflow_run.completed'))).toMatchObject({
      code: 'workflow_run.completed',
      verdict: 'pending',
      retry: { action: 'check-status' },
    });
  });

  it('two statuses that disagree decide nothing: fetch the run', () => {
    const split = webhook('workflow_run.completed', { status: 'approved' }, { status: 'declined' });
    expect(verdictOf(split).code).toBe('workflow_run.completed');
  });

  it('a workflow_task.completed whose output says clear is an event, not an approval', () => {
    expect(webhookOf(TASK_COMPLETED_CLEAR)).toMatchObject({
      kind: 'event',
      name: 'workflow_task.completed',
      verdictFollows: true,
    });
    expect(onfido.outcome(TASK_COMPLETED_CLEAR)._unsafeUnwrapErr().reason).toBe('NOT_A_VERDICT');
  });

  it('a workflow run in status error is its state, not a failed request', () => {
    const body = run('error');
    expect(readError(body)).toBeUndefined();
    expect(verdictOf(body)).toMatchObject({
      code: 'workflow_run:error',
      verdict: 'pending',
      retry: { action: 'investigate' },
    });
    expect(normalize(onfido, { status: 200, body }).reason).toBe('NOT_A_FAILURE');
  });

  it('a task of an e-signature step (QES, AES) is an event like any other: the run decides', () => {
    const signed = {
      payload: {
        resource_type: 'workflow_task',
        action: 'workflow_task.completed',
        object: { id: 'qes_1', task_def_id: 'qualified_electronic_signature', status: 'completed' },
      },
    };
    expect(webhookOf(signed)).toMatchObject({ kind: 'event', name: 'workflow_task.completed' });
  });
});

describe('validation errors name fields in error.fields (issue 26, item 4)', () => {
  it('validation errors name the field in error.fields: KycError.field is its name', () => {
    const error = normalize(onfido, {
      status: 422,
      body: errorBody('validation_error', 'There was a validation error on this request', {
        first_name: ["can't be blank"],
        last_name: ["can't be blank", 'is too short (minimum is 2 characters)'],
      }),
    });
    expect(error).toMatchObject({
      code: 'validation_error',
      category: 'validation',
      field: 'first_name',
      retry: { action: 'fix-request' },
    });
  });

  it("the field comes from the field's name only, never from what is said about it", () => {
    const error = normalize(onfido, {
      status: 422,
      body: errorBody('validation_error', 'There was a validation error on this request', {
        email: ['Alexandra.Samplewood@example.test is not valid'],
      }),
    });
    expect(error.field).toBe('email');
    const text = JSON.stringify(error);
    expect(text).not.toContain('Samplewood');
    expect(text).not.toContain('example.test');
  });

  it('an upload validation names the image check at fault (onfido-python fixtures)', () => {
    const error = normalize(onfido, {
      status: 422,
      body: errorBody('validation_error', 'There was a validation error on this request', {
        face_detection: ['Face not detected in image.'],
      }),
    });
    expect(error.field).toBe('face_detection');
  });

  it('skips base (the record as a whole) and reads a nested field by its top name', () => {
    // onfido/onfido-ios-sdk issue #19, with base first.
    const nested = {
      base: ['An identity report must be included in all checks'],
      applicant: [{ addresses: ["can't be blank"], dob: ["can't be blank"] }],
    };
    expect(readError(errorBody('validation_error', 'x', nested))?.field).toBe('applicant');
    expect(readError(errorBody('validation_error', 'x', { base: ['y'] }))?.field).toBeUndefined();
  });

  it('a sentence sent in place of fields names no field and is never echoed', () => {
    // onfido-ruby's fixture: fields holds a sentence with the applicant's id.
    const error = normalize(onfido, {
      status: 422,
      body: errorBody(
        'validation_error',
        'There was a validation error on this request',
        'Applicant a2fb9c62-ab10-4898-a8ec-342c4b552ad5 is not scheduled for deletion',
      ),
    });
    expect(error.field).toBeUndefined();
    expect(JSON.stringify(error)).not.toContain('a2fb9c62');
  });

  it('a key that is no field name (a value planted as a key) is not reported', () => {
    const fields = { 'alexandra samplewood': ['x'], 'a@b.test': ['y'] };
    expect(readError(errorBody('validation_error', 'x', fields))?.field).toBeUndefined();
  });
});

describe('order of recognition', () => {
  it('checks the exact type before the status: a rate_limit type reads as throttling under any status', () => {
    const error = normalize(onfido, { status: 400, body: errorBody('rate_limit') });
    expect(error).toMatchObject({ reason: 'RATE_LIMITED', matchedBy: 'code' });
  });

  it('checks a documented message before the status when the type is missing', () => {
    const error = normalize(onfido, {
      status: 422,
      body: errorBody(undefined, 'There was a validation error on this request'),
    });
    expect(error).toMatchObject({ reason: 'VALIDATION_FAILED', matchedBy: 'message' });
  });

  it('falls back to the status for a gateway page: 429 is rate_limit', () => {
    const error = normalize(onfido, { status: 429, body: '<html>Too Many Requests</html>' });
    expect(error).toMatchObject({
      category: 'rate-limit',
      reason: 'RATE_LIMITED',
      matchedBy: 'status',
    });
  });

  it('leaves a 401 without a body to core: auth, fix the configuration', () => {
    const error = normalize(onfido, { status: 401, body: '' });
    expect(error).toMatchObject({ category: 'auth', retry: { action: 'fix-config' } });
  });

  it('an undocumented type in the grammar is unknown, its name not echoed', () => {
    const error = normalize(onfido, { status: 409, body: errorBody('some_new_type', 'Conflict') });
    expect(error.code).toBeNull();
  });

  it('a type outside the grammar is not read as a code', () => {
    expect(readError(errorBody('Alexandra Samplewood', 'x'))?.code).toBeUndefined();
  });
});

describe('mapping decisions', () => {
  it('expired_token is retried after a refresh; authorization_error is not retried', () => {
    expect(normalize(onfido, { status: 401, body: errorBody('expired_token') }).retry).toEqual({
      retryable: true,
      action: 'refresh-credentials',
    });
    expect(
      normalize(onfido, { status: 401, body: errorBody('authorization_error') }).retry,
    ).toEqual({
      retryable: false,
      action: 'fix-config',
    });
  });

  it('incorrect_base_url is a configuration fault: the account lives in another region', () => {
    expect(normalize(onfido, { body: errorBody('incorrect_base_url') })).toMatchObject({
      category: 'auth',
      reason: 'WRONG_REGION',
    });
  });

  it('missing_billing_info and trial_limits_reached are for the account owner', () => {
    for (const type of ['missing_billing_info', 'trial_limits_reached', 'account_disabled']) {
      expect(normalize(onfido, { body: errorBody(type) }).retry.action, type).toBe(
        'account-action',
      );
    }
  });

  it('internal_server_error is retried with backoff, and may have been acted on', () => {
    expect(
      normalize(onfido, { status: 500, body: errorBody('internal_server_error') }),
    ).toMatchObject({
      category: 'retryable',
      delivery: 'uncertain',
      retry: { retryable: true, action: 'backoff' },
    });
  });

  it('a rate_limit honours Retry-After when Onfido sends one', () => {
    const error = normalize(onfido, {
      status: 429,
      headers: { 'Retry-After': '30' },
      body: errorBody('rate_limit'),
    });
    expect(error.retry).toMatchObject({ retryable: true, action: 'wait', afterMs: 30_000 });
  });

  it('a withdrawn check or cancelled report brings no decision: a person looks', () => {
    expect(verdictOf(check('withdrawn'))).toMatchObject({
      verdict: 'pending',
      retry: { action: 'investigate' },
    });
    expect(verdictOf(report('cancelled'))).toMatchObject({
      verdict: 'pending',
      retry: { action: 'investigate' },
    });
  });

  it('a check awaiting the applicant and a run awaiting input wait on the user', () => {
    expect(verdictOf(check('awaiting_applicant')).retry.action).toBe('user-action');
    expect(verdictOf(run('awaiting_input')).retry.action).toBe('user-action');
    expect(verdictOf(run('awaiting_client_input')).retry.action).toBe('change-state');
  });
});

describe('webhook events', () => {
  it('a documented event that is no verdict is answered as that event', () => {
    expect(webhookOf(webhook('watchlist_monitor.matches_updated'))).toMatchObject({
      kind: 'event',
      name: 'watchlist_monitor.matches_updated',
      attention: true,
      known: true,
    });
  });

  it('an undocumented event is reported as such, its name never echoed', () => {
    const answer = webhookOf(webhook('applicant.alexandra_samplewood'));
    expect(answer).toMatchObject({ kind: 'event', name: null, known: false });
    expect(JSON.stringify(answer)).not.toContain('samplewood');
  });

  it('an event with a malformed object is still that event', () => {
    const body = {
      payload: { resource_type: 'check', action: 'check.completed', object: { status: 7 } },
    };
    expect(verdictOf(body).code).toBe('check.completed');
  });
});

describe('personal data', () => {
  it('keeps every planted personal value out of every answer', () => {
    const bodies = [
      check('complete', 'consider'),
      report('complete', 'consider', 'suspected', ['visual_authenticity']),
      run('approved'),
      run('error'),
      TASK_COMPLETED_CLEAR,
      webhook('workflow_run.completed', { status: 'declined' }, run('declined')),
    ];
    for (const body of bodies) {
      const answers = [
        JSON.stringify(onfido.webhook(body)),
        JSON.stringify(onfido.outcome(body)),
        JSON.stringify(normalize(onfido, { status: 200, body })),
        JSON.stringify(normalize(onfido, { status: 500, body })),
      ];
      for (const text of answers)
        for (const value of PERSONAL_VALUES) expect(text, value).not.toContain(value);
    }
  });

  it('reads nothing but status and result from a resource', () => {
    expect(readOutcome(report('complete', 'clear', 'clear'))).toEqual({ code: 'report:clear' });
  });
});
