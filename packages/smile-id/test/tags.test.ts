import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { readSmileIdOutcome } from '../src/read.js';
import { SMILE_ID_ACTION_KEYS, SMILE_ID_ACTION_VALUES, SMILE_ID_TAGS } from '../src/tags.js';
import * as bodies from './fixtures/bodies.js';
import { authenticationMismatchCallback } from './fixtures/bodies.js';
import * as v3 from './fixtures/v3.js';

const documented: ReadonlySet<string> = new Set(SMILE_ID_TAGS);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Every body in the fixtures: a v3 fixture's `body`, a bare body, or each body of a group
// (`gateway`, `v3` in bodies.ts).
function fixtureBodies(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [name, value] of Object.entries({ ...bodies, ...v3 })) {
    if (!isRecord(value)) continue;
    if ('httpStatus' in value) out.push([name, value.body]);
    else if (Object.values(value).every(isRecord)) {
      for (const [inner, body] of Object.entries(value)) out.push([`${name}.${inner}`, body]);
    } else out.push([name, value]);
  }
  return out;
}

const tagsOf = (body: unknown): readonly string[] => readSmileIdOutcome(body)?.tags ?? [];

/** A callback with one `Actions` entry. */
const withAction = (key: string, value: string) => ({
  ...authenticationMismatchCallback,
  ResultCode: '9999',
  Actions: { [key]: value },
});

describe('SMILE_ID_TAGS', () => {
  it.each(fixtureBodies())('holds every tag the reader emits for fixture %s', (_, body) => {
    for (const tag of tagsOf(body)) expect(documented, tag).toContain(tag);
  });

  it('is exercised by the fixtures (a failed face comparison is a tag)', () => {
    expect(tagsOf(authenticationMismatchCallback)).toEqual([
      'SELFIE_TO_REGISTERED_SELFIE_COMPARE_FAILED',
    ]);
  });

  it.each(
    SMILE_ID_ACTION_KEYS.flatMap((key) => SMILE_ID_ACTION_VALUES.map((value) => [key, value])),
  )('holds what the reader emits for Actions %s: %s', (key, value) => {
    for (const tag of tagsOf(withAction(key, value))) expect(documented, tag).toContain(tag);
  });

  it('leaves out an undocumented Actions key (a name planted as a key)', () => {
    const body = withAction('Ada_Obi', 'Failed');
    expect(tagsOf(body)).toEqual(['ADA_OBI_FAILED']);
    expect(documented).not.toContain('ADA_OBI_FAILED');
  });

  it('keeps the planted tag out of the outcome, and a documented one in', () => {
    const body = {
      ...withAction('Ada_Obi', 'Failed'),
      Actions: { Ada_Obi: 'Failed', Liveness_Check: 'Failed' },
    };
    expect(smileId.outcome(body)._unsafeUnwrap().tags).toEqual(['LIVENESS_CHECK_FAILED']);
  });

  it('holds a documented v3 reason sent with another status, not an undocumented one', () => {
    const clear = { status: 'clear', message: 'ok', job_id: 'job-1' };
    expect(tagsOf({ ...clear, reason: 'spoof_detected' })).toEqual(['REASON_SPOOF_DETECTED']);
    expect(documented).toContain('REASON_SPOOF_DETECTED');
    expect(tagsOf({ ...clear, reason: 'ada_obi' })).toEqual(['REASON_ADA_OBI']);
    expect(documented).not.toContain('REASON_ADA_OBI');
  });

  it('is the list the provider gives core', () => {
    expect(smileId.definition.tags).toBe(SMILE_ID_TAGS);
  });

  it('holds only tags in the grammar core keeps', () => {
    for (const tag of SMILE_ID_TAGS) expect(tag).toMatch(/^[A-Z][A-Z0-9_]{0,63}$/);
    expect(new Set(SMILE_ID_TAGS).size).toBe(SMILE_ID_TAGS.length);
  });
});
