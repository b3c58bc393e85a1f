// The README's cost promise (issue 21): every classifier input costs at most 4x JSON.parse of
// the same text (or of its JSON form, when handed over parsed), for every vendor and every
// class of hostile body: text-heavy bodies here, the other shapes in promises-cost-shapes.
import { describe, expect, it } from 'vitest';
import { bodyText, each, LIMIT, ratio } from './cost-ratio.js';

describe('cost: 1,500 case variants of one value under personal keys', () => {
  // Each variant is a distinct secret; they are folded to one before the text is read.
  const variants: Record<string, string>[] = [];
  const base = 'adaeze okonkwo-nwosu chidimma';
  for (let i = 0; i < 1500; i++) {
    let v = '';
    for (let j = 0; j < base.length; j++)
      v += (i >> (j % 11)) & 1 ? (base[j] as string).toUpperCase() : base[j];
    variants.push({ FullName: `${v} ${'x'.repeat(120)}` });
  }
  it.each(each)('%s: at most 4x JSON.parse, as text and parsed', (_, provider) => {
    const text = bodyText(provider, `No record for ${base.toUpperCase()} in the registry`, {
      applicants: variants,
    });
    expect(text.length).toBeGreaterThan(200_000);
    expect(ratio(provider, text)).toBeLessThanOrEqual(LIMIT);
    expect(ratio(provider, text, JSON.parse(text))).toBeLessThanOrEqual(LIMIT);
  });
});

describe('cost: JSON nested in JSON strings, twelve levels', () => {
  it.each(each)('%s: at most 4x JSON.parse', (_, provider) => {
    let inner: unknown = { FullName: 'Adaeze Okonkwo', filler: 'y'.repeat(20_000) };
    for (let level = 0; level < 12; level++) inner = { request: JSON.stringify(inner) };
    const text = bodyText(
      provider,
      'No record for Adaeze Okonkwo',
      inner as Record<string, unknown>,
    );
    expect(ratio(provider, text)).toBeLessThanOrEqual(LIMIT);
  });
});

describe('cost: huge malformed arrays where a codec expects something else', () => {
  const bad = Array.from({ length: 60_000 }, (_, i) => i);
  const junk = Array.from({ length: 60_000 }, (_, i) => ({ ResultCode: i, x: [i] }));
  it.each(each)('%s: at most 4x JSON.parse', (_, provider) => {
    for (const extra of [
      { message: bad, error: bad, description: bad, history: junk },
      { history: junk, Actions: bad, errors: bad, reasons: bad },
    ]) {
      const text = bodyText(provider, 'x', extra);
      expect(ratio(provider, text)).toBeLessThanOrEqual(LIMIT);
    }
  });
});
