import { onfido } from '@kyc-errors/onfido';
import { describe, expect, it } from 'vitest';
import { readOutcome } from '../src/read.js';
import { ONFIDO_TAGS } from '../src/tags.js';
import { check, report, run, webhook } from './fixtures/results.js';

const documented: ReadonlySet<string> = new Set(ONFIDO_TAGS);
const tagsOf = (body: unknown): readonly string[] => readOutcome(body)?.tags ?? [];

const FIXTURES: [string, unknown][] = [
  [
    'suspected document report',
    report('complete', 'consider', 'suspected', ['visual_authenticity']),
  ],
  ['clear document report', report('complete', 'clear', 'clear')],
  ['consider check', check('complete', 'consider')],
  ['approved run', run('approved')],
  ['report.completed webhook', webhook('report.completed', { status: 'complete' })],
];

describe('ONFIDO_TAGS', () => {
  it.each(FIXTURES)('holds every tag the reader emits for fixture %s', (_, body) => {
    for (const tag of tagsOf(body)) expect(documented, tag).toContain(tag);
  });

  it('is exercised by the fixtures: breakdowns that say consider are tags', () => {
    expect(
      tagsOf(
        report('complete', 'consider', 'suspected', ['image_integrity', 'visual_authenticity']),
      ),
    ).toEqual(['IMAGE_INTEGRITY', 'VISUAL_AUTHENTICITY']);
  });

  it.each(ONFIDO_TAGS.map((tag) => tag.toLowerCase()))('holds breakdown %s', (name) => {
    const body = {
      ...report('complete', 'consider'),
      breakdown: { [name]: { result: 'consider' } },
    };
    expect(tagsOf(body)).toEqual([name.toUpperCase()]);
  });

  it('never reads an undocumented breakdown (a name planted as a key)', () => {
    const body = {
      ...report('complete', 'consider'),
      breakdown: { alexandra_samplewood: { result: 'consider' }, sanction: { result: 'consider' } },
    };
    expect(tagsOf(body)).toEqual(['SANCTION']);
    expect(onfido.outcome(body)._unsafeUnwrap().tags).toEqual(['SANCTION']);
  });

  it('tags a breakdown only when it says consider', () => {
    const body = {
      ...report('complete', 'clear', 'clear'),
      breakdown: { sanction: { result: 'clear' }, adverse_media: { result: 'unidentified' } },
    };
    expect(tagsOf(body)).toEqual([]);
  });

  it('is the list the provider gives core', () => {
    expect(onfido.definition.tags).toBe(ONFIDO_TAGS);
  });

  it('holds only distinct tags in the grammar core keeps', () => {
    for (const tag of ONFIDO_TAGS) expect(tag).toMatch(/^[A-Z][A-Z0-9_]{0,63}$/);
    expect(documented.size).toBe(ONFIDO_TAGS.length);
  });
});
