import { idenfy } from '@kyc-errors/idenfy';
import { describe, expect, it } from 'vitest';
import { readOutcome } from '../src/read.js';
import { IDENFY_TAGS } from '../src/tags.js';
import { statusAnswer, webhook } from './fixtures/webhooks.js';

const documented: ReadonlySet<string> = new Set(IDENFY_TAGS);
const tagsOf = (body: unknown): readonly string[] => readOutcome(body)?.tags ?? [];

const LISTS = ['fraudTags', 'mismatchTags', 'suspicionReasons'] as const;

// The fixtures' bodies: the webhook and the status answer, for each documented overall status,
// and the tagged webhook of iDenfy's "Suspicions" example.
const FIXTURES: [string, unknown][] = [
  ...['APPROVED', 'DENIED', 'SUSPECTED', 'REVIEWING', 'EXPIRED', 'ACTIVE'].flatMap(
    (overall): [string, unknown][] => [
      [`webhook ${overall}`, webhook({ overall })],
      [`status answer ${overall}`, statusAnswer(overall)],
    ],
  ),
  [
    'webhook SUSPECTED with the Suspicions example tags',
    webhook({
      overall: 'SUSPECTED',
      mismatchTags: ['UNDER_AGE', 'NAME'],
      fraudTags: ['FACE_IN_BLACKLIST', 'AML_SUSPECTION'],
      suspicionReasons: ['FACE_SUSPECTED'],
    }),
  ],
];

describe('IDENFY_TAGS', () => {
  it.each(FIXTURES)('holds every tag the reader emits for fixture %s', (_, body) => {
    for (const tag of tagsOf(body)) expect(documented, tag).toContain(tag);
  });

  it.each(LISTS.flatMap((list) => IDENFY_TAGS.map((tag) => [list, tag])))(
    'holds what the reader emits for %s [%s]',
    (list, tag) => {
      const emitted = tagsOf(webhook({ overall: 'SUSPECTED', [list]: [tag] }));
      expect(emitted).toEqual([tag]);
      for (const t of emitted) expect(documented, t).toContain(t);
    },
  );

  it.each(LISTS)('leaves out an undocumented value planted in %s (a name)', (list) => {
    const emitted = tagsOf(webhook({ overall: 'SUSPECTED', [list]: ['ADA_OBI'] }));
    expect(emitted).toEqual(['ADA_OBI']);
    expect(documented).not.toContain('ADA_OBI');
  });

  it('keeps the planted value out of the outcome, and a documented one in', () => {
    const body = webhook({ overall: 'SUSPECTED', fraudTags: ['ADA_OBI', 'DUPLICATE_FACE'] });
    expect(idenfy.outcome(body)._unsafeUnwrap().tags).toEqual(['DUPLICATE_FACE']);
  });

  it('is the list the provider gives core', () => {
    expect(idenfy.definition.tags).toBe(IDENFY_TAGS);
  });

  it('holds only distinct tags in the grammar core keeps', () => {
    for (const tag of IDENFY_TAGS) expect(tag).toMatch(/^[A-Z][A-Z0-9_]{0,63}$/);
    expect(documented.size).toBe(IDENFY_TAGS.length);
  });
});
