import { type Provider, providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';

// Every catalog of the one list says everything in its own words: a message and a remedy of
// some substance, neither repeating the vendor's own text (which is transcribed, not ours).
// One check over every vendor instead of a copy per vendor package.
const vendors: readonly Provider[] = Object.values(providers);

describe('every catalog says everything in its own words', () => {
  it.each(vendors.map((p) => [p.id, p] as const))('%s', (_, provider) => {
    const thin: string[] = [];
    const repeats: string[] = [];
    for (const e of provider.catalog) {
      if (e.message.length <= 15 || e.remedy.length <= 15) thin.push(e.code);
      const text = e.vendorText;
      if (text !== undefined && text.length > 12) {
        if (e.message.includes(text) || e.remedy.includes(text)) repeats.push(e.code);
      }
    }
    expect({ thin, repeats }).toEqual({ thin: [], repeats: [] });
  });
});
