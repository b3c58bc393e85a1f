import { sumsub } from '@kyc-errors/sumsub';
import { describe, expect, it } from 'vitest';
import { SUMSUB_REJECT_LABELS } from '../src/codes.js';
import { readOutcome } from '../src/read.js';
import { SUMSUB_LABELS, SUMSUB_TAGS } from '../src/tags.js';
import * as fixtures from './fixtures/webhooks.js';
import { applicant, statusAnswer, webhook } from './fixtures/webhooks.js';

const documented: ReadonlySet<string> = new Set(SUMSUB_TAGS);
const tagsOf = (body: unknown): readonly string[] => readOutcome(body)?.tags ?? [];

const red = (reviewRejectType: string, rejectLabels: readonly unknown[]) =>
  webhook({
    type: 'applicantReviewed',
    reviewStatus: 'completed',
    reviewAnswer: 'RED',
    reviewRejectType,
    rejectLabels,
  });

// The fixture bodies: the three reviewed webhooks, as they are, as a status answer's result and
// nested in an applicant object, and the open statuses.
const REVIEWED = {
  REVIEWED_GREEN: fixtures.REVIEWED_GREEN,
  REVIEWED_RED_RETRY: fixtures.REVIEWED_RED_RETRY,
  REVIEWED_RED_FINAL: fixtures.REVIEWED_RED_FINAL,
};
const FIXTURES: [string, unknown][] = [
  ...Object.entries(REVIEWED).flatMap(([name, body]): [string, unknown][] => [
    [name, body],
    [`${name} as a status answer`, statusAnswer('completed', body.reviewResult as never)],
    [`${name} in an applicant`, applicant(body)],
  ]),
  ...['init', 'pending', 'queued', 'onHold'].map((s): [string, unknown] => [s, statusAnswer(s)]),
];

describe('SUMSUB_TAGS', () => {
  it.each(FIXTURES)('holds every tag the reader emits for fixture %s', (_, body) => {
    for (const tag of tagsOf(body)) expect(documented, tag).toContain(tag);
  });

  it('is exercised by the fixtures (a temporary rejection carries its type and labels)', () => {
    expect(tagsOf(fixtures.REVIEWED_RED_RETRY)).toEqual([
      'RETRY',
      'INCOMPLETE_DOCUMENT',
      'UNSATISFACTORY_PHOTOS',
    ]);
  });

  it.each(SUMSUB_REJECT_LABELS.map((e) => e.code))('holds reject label %s', (label) => {
    const emitted = tagsOf(red('FINAL', [label]));
    expect(emitted).toEqual(['FINAL', label]);
    for (const tag of emitted) expect(documented, tag).toContain(tag);
  });

  it('leaves out an undocumented label or rejection type (a name planted there)', () => {
    expect(tagsOf(red('ADA_OBI', ['ADA_OBI']))).toEqual([]);
    expect(documented).not.toContain('ADA_OBI');
  });

  it('keeps the documented tags in the outcome, through core', () => {
    expect(sumsub.outcome(red('RETRY', ['ADA_OBI', 'SCREENSHOTS']))._unsafeUnwrap().tags).toEqual([
      'RETRY',
      'SCREENSHOTS',
    ]);
  });

  it('is the reader set plus the two rejection types, and the list the provider gives core', () => {
    expect([...documented].sort()).toEqual([...SUMSUB_LABELS, 'RETRY', 'FINAL'].sort());
    expect(sumsub.definition.tags).toBe(SUMSUB_TAGS);
  });

  it('holds only distinct tags in the grammar core keeps', () => {
    for (const tag of SUMSUB_TAGS) expect(tag).toMatch(/^[A-Z][A-Z0-9_]{0,63}$/);
    expect(documented.size).toBe(SUMSUB_TAGS.length);
  });
});
