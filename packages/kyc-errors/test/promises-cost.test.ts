// The README's cost promise (issue 21): every classifier input costs at most 4x JSON.parse of
// the same text (or of its JSON form, when handed over parsed), for every vendor and every
// class of hostile body below. Ratios taken in the same test, fastest of several rounds on
// each side: never a wall-clock bound.
import { normalize, type Provider, providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { bodiesFor } from './text-bodies.js';

const vendors: readonly Provider[] = Object.values(providers);
const each = vendors.map((p) => [p.id, p] as const);
const LIMIT = 4;

/** The time of one round of `times` calls of `fn`, in milliseconds. */
function round(fn: () => unknown, times: number): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) fn();
  return performance.now() - start;
}

/**
 * The fastest of `rounds` paired rounds: JSON.parse of `text`, then `ours`, taken in turn so
 * a busy machine slows both alike. Each round repeats enough calls to last a few ms.
 */
function measure(text: string, ours: () => unknown, rounds: number): number {
  const once = Math.max(
    round(() => JSON.parse(text), 1),
    0.01,
  );
  const times = Math.max(1, Math.ceil(4 / once));
  let parse = Number.POSITIVE_INFINITY;
  let mine = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    parse = Math.min(
      parse,
      round(() => JSON.parse(text), times),
    );
    mine = Math.min(mine, round(ours, times));
  }
  return mine / parse;
}

/**
 * Our cost on `body` (text, or parsed) as a multiple of JSON.parse of `text`. Noise on a
 * shared machine can only make our side look slower, never faster: a ratio over the bound
 * is measured again (three times at most) and the lowest one counts.
 */
function ratio(provider: Provider, text: string, body: unknown = text): number {
  const call = () => normalize(provider, { status: 400, body });
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && best > LIMIT; attempt++) {
    best = Math.min(best, measure(text, call, 5));
  }
  return best;
}

/** A vendor body carrying `echo` as its message, plus `extra` beside it, as JSON text. */
function bodyText(provider: Provider, echo: string, extra: Record<string, unknown>): string {
  return JSON.stringify({ ...(bodiesFor(provider, echo)[0] as object), ...extra });
}

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

describe('cost: bytes inside a parsed body', () => {
  it.each(each)(
    '%s: a 300 KB byte array costs at most 4x JSON.parse of its JSON form',
    (_, provider) => {
      const bytes = new Uint8Array(300 * 1024).fill(65);
      const body = { ...(bodiesFor(provider, 'bad')[0] as object), data: bytes };
      const text = JSON.stringify(body);
      expect(ratio(provider, text, body)).toBeLessThanOrEqual(LIMIT);
    },
  );
});

describe('cost: a body of 50,000 short keys', () => {
  it.each(each)(
    '%s: at most 4x JSON.parse, as text and parsed',
    { timeout: 60_000 },
    (_, provider) => {
      const extra: Record<string, string> = {};
      for (let i = 0; i < 50_000; i++) extra[`k${i}`] = `v${i}`;
      const text = bodyText(provider, 'Bad request', extra);
      expect(ratio(provider, text)).toBeLessThanOrEqual(LIMIT);
      expect(ratio(provider, text, JSON.parse(text))).toBeLessThanOrEqual(LIMIT);
    },
  );
});

describe('cost: outcome() on the same hostile shapes', () => {
  /** outcome()'s cost on `body` as a multiple of JSON.parse of `text` (as {@link ratio}). */
  function outcomeRatio(provider: Provider, text: string): number {
    const body = JSON.parse(text) as unknown;
    let best = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && best > LIMIT; attempt++) {
      best = Math.min(
        best,
        measure(text, () => provider.outcome(body), 3),
      );
    }
    return best;
  }
  const big = JSON.stringify({
    result: 'x',
    items: Array.from({ length: 300_000 }, (_, i) => i % 10),
  });
  it.each(each)('%s: a 300,000-element array in a field no reader reads', (_, provider) => {
    expect(outcomeRatio(provider, big)).toBeLessThanOrEqual(LIMIT);
  });
});
