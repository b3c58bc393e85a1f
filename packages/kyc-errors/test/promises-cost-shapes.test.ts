// The README's cost promise (issue 21), continued from promises-cost.test.ts: bytes, many
// keys, and outcome() on the same hostile shapes.
import type { Provider } from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { ATTEMPTS, bodyText, each, LIMIT, measure, ratio } from './cost-ratio.js';
import { bodiesFor } from './text-bodies.js';

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
    for (let attempt = 0; attempt < ATTEMPTS && best > LIMIT; attempt++) {
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
