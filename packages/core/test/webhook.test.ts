import { normalize } from '@kyc-errors/core';
import { defineProvider, type EventSpec, isRecord } from '@kyc-errors/core/provider-kit';
import { describe, expect, it } from 'vitest';
import { ACME_CATALOG, acme } from './fixtures/acme.js';

describe('webhook(): events', () => {
  it('a documented event is a KycEvent, every field from the list', () => {
    expect(acme.webhook({ event: 'watchlist.matched' })._unsafeUnwrap()).toEqual({
      provider: 'acme',
      kind: 'event',
      name: 'watchlist.matched',
      reason: 'WATCHLIST_MATCHED',
      message: 'A screening found a possible match.',
      attention: true,
      verdictFollows: false,
      known: true,
    });
  });

  it('an undocumented event is reported as such: needs a look, no verdict promised, name never echoed', () => {
    const e = acme.webhook({ event: 'ada.obi@example.com' })._unsafeUnwrap();
    expect(e).toMatchObject({
      kind: 'event',
      name: null,
      reason: 'UNDOCUMENTED_EVENT',
      attention: true,
      verdictFollows: false,
      known: false,
    });
    expect(JSON.stringify(e)).not.toMatch(/ada|example/i);
  });

  it('a name longer than any event name is never looked up', () => {
    const long = `session.started${' '.repeat(200)}`;
    expect(acme.webhook({ event: long })._unsafeUnwrap()).toMatchObject({ known: false });
  });

  it('a catalog verdict beats the event the same body names', () => {
    const o = acme.webhook({ event: 'session.started', result: 'R2' })._unsafeUnwrap();
    expect(o).toMatchObject({ code: 'R2', verdict: 'rejected' });
    expect(o.kind).toBeUndefined();
  });

  it('an event beside an undocumented code is the event, not an unknown failure', () => {
    expect(acme.webhook({ event: 'session.started', result: 'R-9' })._unsafeUnwrap()).toMatchObject(
      { kind: 'event', reason: 'SESSION_STARTED' },
    );
  });

  it('verdicts, request errors and foreign bodies answer as outcome() does', () => {
    for (const body of [{ result: 'R1' }, { err: 'E401' }, '<html></html>', { result: 'R-NEW' }]) {
      expect(acme.webhook(body)).toEqual(acme.outcome(body));
    }
  });

  it('a result body whose code nobody documented is an undocumented event to webhook(), unknown to outcome()', () => {
    expect(acme.webhook({ result: 'R-OTHER' })._unsafeUnwrap()).toMatchObject({
      kind: 'event',
      reason: 'UNDOCUMENTED_EVENT',
      name: null,
      attention: true,
    });
    expect(acme.outcome({ result: 'R-OTHER' })._unsafeUnwrapErr().category).toBe('unknown');
  });

  it('outcome() answers an event with NOT_A_VERDICT: nothing to retry, no failure reason', () => {
    expect(acme.outcome({ event: 'session.started' })._unsafeUnwrapErr()).toMatchObject({
      reason: 'NOT_A_VERDICT',
      retry: { retryable: false, action: 'none' },
      code: null,
    });
  });

  it('an event handed to normalize is not a failure', () => {
    expect(normalize(acme, { status: 200, body: { event: 'ada.obi' } }).reason).toBe(
      'NOT_A_FAILURE',
    );
    // Its HTTP status still decides when it says the exchange failed.
    expect(normalize(acme, { status: 503, body: { event: 'session.started' } }).category).toBe(
      'retryable',
    );
  });

  it('the provider lists its events, in order', () => {
    expect(acme.events.map((e) => e.name)).toEqual(['session.started', 'watchlist.matched']);
    expect(Object.isFrozen(acme.events)).toBe(true);
  });

  it.each<[string, EventSpec]>([
    [
      'an empty name',
      { name: '', reason: 'X', message: 'x', attention: false, verdictFollows: false },
    ],
    [
      'a lower-case reason',
      { name: 'a.b', reason: 'a_b', message: 'x', attention: false, verdictFollows: false },
    ],
    [
      'no message',
      { name: 'a.b', reason: 'A_B', message: '', attention: false, verdictFollows: false },
    ],
  ])('defineProvider refuses an event list with %s', (_, spec) => {
    const define = () =>
      defineProvider({
        id: 'x',
        name: 'X',
        catalog: ACME_CATALOG,
        read: () => undefined,
        events: [spec],
      });
    expect(define).toThrow();
  });

  it('defineProvider refuses an event listed twice', () => {
    const spec = {
      name: 'a.b',
      reason: 'A_B',
      message: 'x',
      attention: false,
      verdictFollows: true,
    };
    expect(() =>
      defineProvider({
        id: 'x',
        name: 'X',
        catalog: ACME_CATALOG,
        read: () => undefined,
        events: [spec, spec],
      }),
    ).toThrow(/twice/);
  });
});

describe('outcome(): fails closed', () => {
  it('an approval code beside a result text that says a check failed is not an approval', () => {
    expect(
      acme.outcome({ result: 'R1', text: 'Failed Enroll - Compare Rejected' })._unsafeUnwrap(),
    ).toMatchObject({
      code: 'R1',
      verdict: 'provisional',
      final: false,
      retry: { action: 'investigate' },
    });
  });

  it('a fallback with no code that suggests nothing decided yet says wait, not investigate', () => {
    const waiting = defineProvider({
      id: 'waiting',
      name: 'Waiting',
      catalog: ACME_CATALOG,
      read: () => undefined,
      readOutcome: (body) =>
        isRecord(body) && body.state === 'created'
          ? { code: null, verdict: 'pending', final: false }
          : undefined,
    });
    expect(waiting.outcome({ state: 'created' })._unsafeUnwrap()).toMatchObject({
      verdict: 'pending',
      final: false,
      reason: 'NO_RESULT_YET',
      retry: { action: 'wait-for-result' },
    });
    // The same body handed to normalize (a 201 from session creation) is no failure.
    expect(normalize(waiting, { status: 201, body: { state: 'created' } }).reason).toBe(
      'NOT_A_FAILURE',
    );
  });

  it('a fallback whose reader says final is still not final', () => {
    const sure = defineProvider({
      id: 'sure',
      name: 'Sure',
      catalog: ACME_CATALOG,
      read: () => undefined,
      readOutcome: () => ({ code: 'R-77', verdict: 'rejected', final: true }),
    });
    expect(sure.outcome({})._unsafeUnwrap()).toMatchObject({
      verdict: 'rejected',
      final: false,
      code: null,
      retry: { action: 'investigate' },
    });
  });
});
