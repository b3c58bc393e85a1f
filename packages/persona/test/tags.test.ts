import { persona } from '@kyc-errors/persona';
import { describe, expect, it } from 'vitest';
import { readOutcome } from '../src/read.js';
import { PERSONA_TAGS } from '../src/tags.js';
import { answer, inquiry, verification, webhook } from './fixtures/results.js';

const documented: ReadonlySet<string> = new Set(PERSONA_TAGS);
const tagsOf = (body: unknown): readonly string[] => readOutcome(body)?.tags ?? [];

const failed = (name: string) => ({ name, status: 'failed', reasons: [], requirement: 'required' });

// The fixture bodies: a failed and a passed verification with the fixture checks, as an API
// answer, as a bare resource and inside the webhooks, and an inquiry.
const FIXTURES: [string, unknown][] = [
  ['failed verification', answer(verification('failed'))],
  ['passed verification', answer(verification('passed'))],
  ['bare failed verification', verification('failed')],
  ['verification.failed webhook', webhook('verification.failed', verification('failed'))],
  ['inquiry.failed webhook', webhook('inquiry.failed', verification('failed'))],
  ['inquiry.transitioned webhook', webhook('inquiry.transitioned', verification('failed'))],
  ['completed inquiry', answer(inquiry('completed'))],
];

describe('PERSONA_TAGS', () => {
  it.each(FIXTURES)('holds every tag the reader emits for fixture %s', (_, body) => {
    for (const tag of tagsOf(body)) expect(documented, tag).toContain(tag);
  });

  it('is exercised by the fixtures (failed required checks are tags)', () => {
    expect(tagsOf(answer(verification('failed')))).toEqual([
      'ID_BARCODE_DETECTION',
      'ID_ENTITY_DETECTION',
    ]);
  });

  it.each(PERSONA_TAGS.map((tag) => tag.toLowerCase()))('holds failed check %s', (name) => {
    const emitted = tagsOf(answer(verification('failed', [failed(name)])));
    expect(emitted).toEqual([name.toUpperCase()]);
    for (const tag of emitted) expect(documented, tag).toContain(tag);
  });

  it('leaves out an undocumented check name (a name planted as a check)', () => {
    const emitted = tagsOf(answer(verification('failed', [failed('ada_obi')])));
    expect(emitted).toEqual(['ADA_OBI']);
    expect(documented).not.toContain('ADA_OBI');
  });

  it('keeps the planted check name out of the outcome, and a documented one in', () => {
    const body = answer(verification('failed', [failed('ada_obi'), failed('id_glare_detection')]));
    expect(persona.outcome(body)._unsafeUnwrap().tags).toEqual(['ID_GLARE_DETECTION']);
  });

  it('is the list the provider gives core', () => {
    expect(persona.definition.tags).toBe(PERSONA_TAGS);
  });

  it('holds only distinct tags in the grammar core keeps', () => {
    for (const tag of PERSONA_TAGS) expect(tag).toMatch(/^[A-Z][A-Z0-9_]{0,63}$/);
    expect(documented.size).toBe(PERSONA_TAGS.length);
  });
});
