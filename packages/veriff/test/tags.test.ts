import { veriff } from '@kyc-errors/veriff';
import { describe, expect, it } from 'vitest';
import { VERIFF_CATALOG } from '../src/codes.js';
import { readOutcome } from '../src/read.js';
import { VERIFF_TAGS } from '../src/tags.js';
import {
  DECISION_NOT_READY,
  decision,
  event,
  lapsed,
  SESSION_CREATED,
  SESSION_SUBMITTED,
  WAITING_COMPLETE,
} from './fixtures/webhooks.js';

const documented: ReadonlySet<string> = new Set(VERIFF_TAGS);
const tagsOf = (body: unknown): readonly string[] => readOutcome(body)?.tags ?? [];

const DECISIONS = [
  [9001, 'approved'],
  [9102, 'declined'],
  [9103, 'resubmission_requested'],
  [9121, 'review'],
] as const;
const REASONS = VERIFF_CATALOG.map((e) => e.code).filter((c) => /^[125]\d\d$/.test(c));

// The fixture bodies: each decision with no reason, the lapsed sessions, the events and the
// answers with nothing decided yet.
const FIXTURES: [string, unknown][] = [
  ...DECISIONS.map(([code, status]): [string, unknown] => [status, decision(code, status)]),
  ['expired', lapsed('expired')],
  ['abandoned', lapsed('abandoned')],
  ['DECISION_NOT_READY', DECISION_NOT_READY],
  ['SESSION_CREATED', SESSION_CREATED],
  ['SESSION_SUBMITTED', SESSION_SUBMITTED],
  ['WAITING_COMPLETE', WAITING_COMPLETE],
  ['event 7001', event(7001, 'started')],
];

describe('VERIFF_TAGS', () => {
  it.each(FIXTURES)('holds every tag the reader emits for fixture %s', (_, body) => {
    for (const tag of tagsOf(body)) expect(documented, tag).toContain(tag);
  });

  it.each(DECISIONS.flatMap(([code, status]) => REASONS.map((r) => [code, status, r] as const)))(
    'holds what the reader emits for %s %s with reason %s',
    (code, status, reason) => {
      const emitted = tagsOf(decision(code, status, Number(reason)));
      for (const tag of emitted) expect(documented, tag).toContain(tag);
    },
  );

  it('is exercised by the fixtures (a reason on the other table is a REASON_ tag)', () => {
    expect(tagsOf(decision(9102, 'declined', 204))).toEqual(['REASON_204']);
    expect(tagsOf(decision(9103, 'resubmission_requested', 204))).toEqual([
      'RESUBMISSION_REQUESTED',
    ]);
  });

  it('leaves out an undocumented reason code', () => {
    expect(tagsOf(decision(9102, 'declined', 999))).toEqual(['REASON_999']);
    expect(documented).not.toContain('REASON_999');
  });

  it('keeps an undocumented reason tag out of the outcome, and a documented one in', () => {
    expect(veriff.outcome(decision(9102, 'declined', 999))._unsafeUnwrap().tags).toBeUndefined();
    expect(veriff.outcome(decision(9102, 'declined', 204))._unsafeUnwrap().tags).toEqual([
      'REASON_204',
    ]);
  });

  it('is the list the provider gives core', () => {
    expect(veriff.definition.tags).toBe(VERIFF_TAGS);
  });

  it('holds only distinct tags in the grammar core keeps', () => {
    for (const tag of VERIFF_TAGS) expect(tag).toMatch(/^[A-Z][A-Z0-9_]{0,63}$/);
    expect(documented.size).toBe(VERIFF_TAGS.length);
  });
});
