import { normalize } from '@kyc-errors/core';
import { veriff } from '@kyc-errors/veriff';
import { describe, expect, it } from 'vitest';
import {
  decision,
  event,
  PERSONAL_VALUES,
  SESSION_CREATED,
  WAITING_COMPLETE,
} from './fixtures/webhooks.js';

// Issue 22, item 2: the Veriff webhook bodies that are not decisions.

/**
 * The watchlist-screening webhook: the fields of the screening result
 * (https://devdocs.veriff.com/apidocs/v1sessionsidwatchlist-screening-1, "Response data"),
 * which the webhook carries (https://devdocs.veriff.com/docs/watchlist-screening-webhook).
 * Values invented.
 */
function screening(matchStatus: string): Record<string, unknown> {
  return {
    checkType: 'initial_result',
    attemptId: 'f5c0f0c0-0000-4000-8000-000000000001',
    sessionId: 'f5c0f0c0-0000-4000-8000-000000000002',
    vendorData: 'vendor-data-123',
    endUserId: 'f5c0f0c0-0000-4000-8000-000000000003',
    matchStatus,
    searchTerm: { name: 'JANE TESTPERSON', year: '1990' },
    totalHits: matchStatus === 'possible_match' ? 1 : 0,
    createdAt: '2025-03-11T10:10:00.000Z',
    hits: [],
  };
}

/**
 * The Full Auto webhook: `data.verification` with a `decisionScore` (0 to 1) and no reason or
 * decision code (https://devdocs.veriff.com/docs/full-auto-webhook, "Additional notes").
 * The rest of the body could not be read; values invented.
 */
const FULL_AUTO = {
  status: 'success',
  eventType: 'fullauto',
  sessionId: 'f5c0f0c0-0000-4000-8000-000000000002',
  attemptId: 'f5c0f0c0-0000-4000-8000-000000000001',
  vendorData: 'vendor-data-123',
  data: {
    verification: {
      decisionScore: 0.97,
      person: { firstName: { value: 'JANE' }, lastName: { value: 'TESTPERSON' } },
    },
  },
};

const answer = (body: unknown) => veriff.webhook(body)._unsafeUnwrap();

describe('veriff webhook(): events and answers that are no decision', () => {
  it('a watchlist possible_match is an event that needs a person, not a rejection', () => {
    expect(answer(screening('possible_match'))).toMatchObject({
      kind: 'event',
      name: 'possible_match',
      reason: 'WATCHLIST_POSSIBLE_MATCH',
      attention: true,
      known: true,
    });
    expect(answer(screening('no_match'))).toMatchObject({ kind: 'event', attention: false });
  });

  it('a screening status Veriff adds later is undocumented, not echoed', () => {
    const e = answer(screening('JANE TESTPERSON'));
    expect(e).toMatchObject({ kind: 'event', name: null, known: false });
    expect(JSON.stringify(e)).not.toContain('JANE');
  });

  it('a Full Auto webhook with only a decision score is provisional for your policy: never approved, never a failure', () => {
    expect(answer(FULL_AUTO)).toMatchObject({
      code: null,
      verdict: 'provisional',
      final: false,
      retry: { action: 'investigate' },
    });
    expect(normalize(veriff, { status: 200, body: FULL_AUTO }).reason).toBe('NOT_A_FAILURE');
    const json = JSON.stringify(answer(FULL_AUTO));
    for (const value of PERSONAL_VALUES) expect(json).not.toContain(value);
  });

  it('a session-creation answer (status success, id and URL) is no failure: nothing decided yet', () => {
    expect(normalize(veriff, { status: 201, body: SESSION_CREATED }).reason).toBe('NOT_A_FAILURE');
    const { status: _, ...noStatus } = SESSION_CREATED.verification;
    const bare = { status: 'success', verification: noStatus };
    expect(normalize(veriff, { status: 201, body: bare }).reason).toBe('NOT_A_FAILURE');
    expect(answer(bare)).toMatchObject({ verdict: 'pending', final: false, code: null });
  });

  it('the opt-in waiting_complete flow event is the pending entry its code 7007 names', () => {
    expect(answer(WAITING_COMPLETE)).toMatchObject({ code: '7007', verdict: 'pending' });
  });

  it('started and submitted stay the pending verdicts their codes are', () => {
    expect(answer(event(7002, 'submitted'))).toMatchObject({ code: '7002', verdict: 'pending' });
  });

  it('a decision webhook is still its decision', () => {
    expect(answer(decision(9001, 'approved'))).toMatchObject({ code: '9001', verdict: 'approved' });
  });
});
