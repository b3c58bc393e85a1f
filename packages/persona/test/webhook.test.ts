import { normalize } from '@kyc-errors/core';
import { PERSONA_EVENTS, persona } from '@kyc-errors/persona';
import { describe, expect, it } from 'vitest';
import { inquiry, PERSONAL_VALUES, verification, webhook } from './fixtures/results.js';

// Issue 22, item 2: what a Persona webhook endpoint receives besides verdicts. The resources
// below follow the shapes of Persona's OAS (`type` and `id`, `attributes`); values are fake.
const session = (status: string) => ({
  type: 'inquiry-session',
  id: 'iqse_FAKE00000000000000000001',
  attributes: { status, 'ip-address': '192.0.2.10', 'created-at': '2025-01-15T09:58:05.000Z' },
});
const kase = (status: string) => ({
  type: 'case',
  id: 'case_FAKE0000000000000000001',
  attributes: { status, name: 'Alexandra Samplewood', 'assignee-id': null },
});
const document = (status: string) => ({
  type: 'document/government-id',
  id: 'doc_FAKE00000000000000000001',
  attributes: {
    status,
    'front-photo': { url: 'https://files.withpersona.com/fake-front.jpg?access_token=FAKE' },
  },
});
const report = (status: string) => ({
  type: 'report/watchlist',
  id: 'rep_FAKE00000000000000000001',
  attributes: { status, 'has-match': true, 'reference-id': 'user-000123' },
});

const event = (body: unknown) => persona.webhook(body)._unsafeUnwrap();

describe('persona webhook(): events', () => {
  it.each([
    ['inquiry-session.started', session('active'), true],
    ['inquiry-session.expired', session('expired'), false],
    ['inquiry-session.canceled', session('canceled'), false],
  ])('%s is a documented event, not a failure', (name, resource, follows) => {
    expect(event(webhook(name, resource))).toMatchObject({
      provider: 'persona',
      kind: 'event',
      name,
      known: true,
      verdictFollows: follows,
    });
  });

  it.each([
    ['case.created', kase('open')],
    ['case.assigned', kase('open')],
    ['case.resolved', kase('Approved')],
    ['document.submitted', document('submitted')],
    ['document.processed', document('processed')],
  ])('%s is a documented event', (name, resource) => {
    expect(event(webhook(name, resource))).toMatchObject({ kind: 'event', name, known: true });
  });

  it('report/watchlist.matched needs a person, and is no rejection', () => {
    const e = event(webhook('report/watchlist.matched', report('ready')));
    expect(e).toMatchObject({ kind: 'event', attention: true, known: true });
    expect(persona.outcome(webhook('report/watchlist.matched', report('ready'))).isErr()).toBe(
      true,
    );
  });

  it('a catalogued verdict event is still its verdict', () => {
    expect(event(webhook('inquiry.approved', inquiry('approved')))).toMatchObject({
      code: 'inquiry.approved',
      verdict: 'approved',
    });
    expect(event(webhook('verification.failed', verification('failed')))).toMatchObject({
      verdict: 'rejected',
    });
  });

  it('an event name Persona adds later is reported as undocumented, its name not echoed', () => {
    const e = event(webhook('alexandra.samplewood@example.test', kase('open')));
    expect(e).toMatchObject({ kind: 'event', name: null, known: false, attention: true });
    const json = JSON.stringify(e);
    for (const value of PERSONAL_VALUES) expect(json).not.toContain(value);
  });

  it('an event handed to normalize is no failure', () => {
    const body = webhook('inquiry-session.started', session('active'));
    expect(normalize(persona, { status: 200, body }).reason).toBe('NOT_A_FAILURE');
  });

  it('every listed event answers as itself', () => {
    for (const spec of PERSONA_EVENTS) {
      const answer = event(webhook(spec.name, kase('open')));
      // A name the catalog holds as a verdict answers as that verdict instead.
      if (answer.kind === 'event') expect(answer.reason, spec.name).toBe(spec.reason);
      else expect(persona.lookup(spec.name), spec.name).toBeDefined();
    }
  });
});
