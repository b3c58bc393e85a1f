// The README's privacy promise, one property per class of attack (issue 21). Every property
// runs over every vendor of the one list, so a vendor added later is covered by the same
// tests. What each asserts is what the README says, no more.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { type KycError, KycFailure, normalize, type Provider, providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { bodiesFor, TEXT_BODIES } from './text-bodies.js';

const vendors: readonly Provider[] = Object.values(providers);
const each = vendors.map((p) => [p.id, p] as const);

/** Every view of a result a log line could show. */
function views(error: KycError): string {
  const thrown = new KycFailure(error, { attempts: 2, stoppedBecause: 'attempts-exhausted' });
  return [
    JSON.stringify(error),
    inspect(error, { depth: 20 }),
    String(thrown.stack),
    JSON.stringify(thrown),
  ].join('\n');
}

/** The words of a text, folded the way the library folds them (case, marks, ß, final σ). */
function foldedWordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) out.add(fold(m[0]));
  return out;
}
function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .replace(/ı/g, 'i');
}

// Letters of the scripts names are written in, with the letters whose case or normal form
// is tricky: Turkish dotted and dotless i, German ß, Greek final sigma, decomposable accents.
const ALPHABETS = [
  'abcdefghijklmnopqrstuvwxyz',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'àáâãäåçèéêëìíîïñòóôõöùúûüýÿşğıİœøßæ',
  'αβγδεζηθικλμνξοπρστυφχψωςΑΒΓΔΣΩ',
  'абвгдежзийклмнопрстуфхцчшщыэюяЖЩ',
  '李王张刘陈杨赵黄周吴娜伟芳敏静',
  'ابتثجحخدذرزسشصضطظعغفقكلمنهوي',
];
const namePart = fc
  .tuple(fc.constantFrom(...ALPHABETS), fc.integer({ min: 2, max: 9 }), fc.nat())
  .map(([alphabet, length, seed]) => {
    const letters = [...alphabet];
    let out = '';
    for (let i = 0, s = seed; i < length; i++, s = Math.floor(s / 7) + i * 31)
      out += letters[s % letters.length];
    return out;
  });
const name = fc.array(namePart, { minLength: 1, maxLength: 3 });

/** The ways a vendor may echo a name it was sent. */
const ECHO_FORMS: readonly ((parts: readonly string[]) => string)[] = [
  (p) => p.join(' '),
  (p) => p.join(' ').toUpperCase(),
  (p) => p.join(' ').toLowerCase(),
  (p) => p.join(' ').normalize('NFD'),
  (p) => p.join(' ').normalize('NFC').toLocaleUpperCase('tr'),
  (p) => [...p].reverse().join(', '),
  (p) => p.join('\u00a0'),
];

const PERSONAL_KEYS = ['FullName', 'first_name', 'surname', 'Address', 'email', 'IDNumber'];

/**
 * What of a result is derived from the input (the rest is our own catalog text). A code is
 * left out only when the vendor's catalog documents it: `USER_ALREADY_EXISTS_IN_ACCOUNT` is
 * DocuSign's, and its "in" is not an echo of a name that happens to be "in". An uncatalogued
 * code is kept, so a code read from the body still counts.
 */
function derived(error: KycError, provider: Provider): string {
  const { field, vendorMessage, inferredFrom, raw, requestId } = error;
  const code = provider.catalog.some((e) => e.code === error.code) ? null : error.code;
  return JSON.stringify({ code, field, vendorMessage, inferredFrom, raw, requestId });
}

/** Asserts that no word of `parts` (of two or more letters) is a word of what came out. */
function expectNoPart(error: KycError, provider: Provider, parts: readonly string[]): void {
  const out = foldedWordsOf(derived(error, provider));
  for (const part of parts) {
    for (const word of foldedWordsOf(part)) {
      if (word.length >= 2) expect(out.has(word), `${word} came out`).toBe(false);
    }
  }
}

describe('privacy: names planted under a personal key, echoed in any case or form', () => {
  it.each(each)('%s', (_, provider) => {
    fc.assert(
      fc.property(
        name,
        fc.constantFrom(...PERSONAL_KEYS),
        fc.nat(ECHO_FORMS.length - 1),
        (parts, key, form) => {
          const echo = `No record for ${(ECHO_FORMS[form] as (p: readonly string[]) => string)(parts)} in the registry`;
          for (const base of bodiesFor(provider, echo)) {
            const error = normalize(provider, {
              status: 400,
              body: { ...base, request: { [key]: parts.join(' ') } },
            });
            expectNoPart(error, provider, parts);
          }
        },
      ),
      // A name that is also a word of the vocabulary, and of a documented code
      // (USER_ALREADY_EXISTS_IN_ACCOUNT): every run tries it, not one run in a hundred.
      { numRuns: 80, examples: [[['in', 'af'], 'FullName', 0]] },
    );
  });
});

describe('privacy: a kept vendor message shows only known words', () => {
  // The class that decides every other one: short name parts ("Li", "Na", "Wu"), multi-word
  // values after "key":, URLs and e-mail addresses all reduce to this. A word not in the
  // provider's vocabulary (core's common words and the catalog's) never comes out of free
  // text, whatever the body holds; numbers of at most three digits standing alone may.
  const word = fc.oneof(
    namePart,
    fc.constantFrom('Li', 'Na', 'Wu', 'Xu', 'Yi', 'Ng', 'Oz'),
    fc.stringMatching(/^[A-Za-z0-9]{2,12}$/),
  );
  it.each(each)('%s', (_, provider) => {
    const vocabulary = vocabularyOf(provider);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const unknown = words.filter((w) => !vocabulary.has(fold(w)) && !/^[0-9]{1,3}$/.test(w));
        const echo = `"full_name": "${words.join(' ')}", user ${words.join('.')}@mail.test, see https://x.test/${words.join('/')}?sig=${words.join('')}`;
        for (const body of bodiesFor(provider, echo)) {
          const error = normalize(provider, { status: 400, body });
          const out = foldedWordsOf(error.vendorMessage ?? '');
          for (const w of unknown) expect(out.has(fold(w)), `${w} came out`).toBe(false);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('privacy: numbers with any separators and digits', () => {
  const DIGITS = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲۳۴۵۶۷۸۹', '０１２３４５６７８９', '०१२३४५६७८९'];
  const SEPARATORS = [' ', '-', '.', '/', '\u00a0', '\u202f', '\u2013', '\u2009', ') ', ''];
  const number = fc
    .tuple(
      fc.constantFrom(...DIGITS),
      fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }),
      fc.constantFrom(...SEPARATORS),
      fc.nat(),
    )
    .filter(([, groups]) => groups.reduce((a, b) => a + b, 0) >= 5)
    .map(([digits, groups, separator, seed]) => {
      const d = [...digits];
      return `+${groups.map((n, g) => Array.from({ length: n }, (_, i) => d[(seed + g * 7 + i * 3) % 10]).join('')).join(separator)}`;
    });
  it.each(each)('%s', (_, provider) => {
    fc.assert(
      fc.property(number, (n) => {
        for (const body of bodiesFor(provider, `Phone number ${n} is not valid for this country`)) {
          const error = normalize(provider, { status: 400, body });
          // The template has no digit: any digit out of the message came from the number.
          expect(error.vendorMessage ?? '').not.toMatch(/\p{Nd}/u);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('privacy: signed URLs, encoded URLs and e-mail addresses', () => {
  // "Zq" first: a token that begins with a common word ("property…") would find that word
  // in our own text, not in anything echoed.
  const token = fc.stringMatching(/^[A-Za-z0-9]{10,38}$/).map((t) => `Zq${t}`);
  const FORMS: readonly ((t: string) => string)[] = [
    (t) => `https://bucket.s3.amazonaws.com/selfies/x.jpg?X-Amz-Signature=${t}&X-Amz-Expires=300`,
    (t) => `https://storage.googleapis.com/b/o?sig=${t}&se=2026-01-01`,
    (t) => `https%3A%2F%2Fapi.test%2Fcb%3Faccess_token%3D${t}`,
    (t) => `${t.slice(0, 8)}%40example.com`,
    (t) => `mailto:${t.slice(0, 8)}@example.com`,
    (t) => `https://x.test/verify#token=${t}`,
  ];
  it.each(each)('%s', (_, provider) => {
    fc.assert(
      fc.property(token, fc.nat(FORMS.length - 1), (t, f) => {
        const url = (FORMS[f] as (t: string) => string)(t);
        for (const body of bodiesFor(provider, `Could not fetch ${url} for the session`)) {
          const text = views(normalize(provider, { status: 400, body }));
          expect(text).not.toContain(t);
          expect(text).not.toContain(t.slice(0, 8));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('privacy: bodies that cannot be read', () => {
  it.each(each)(
    '%s: a body over the parse limit (a base64 selfie) echoes nothing',
    (_, provider) => {
      const selfie = 'A'.repeat(9 * 1024 * 1024);
      const text = `{"FullName":"Adaeze Okonkwo","phone":"+2348035550199","selfie":"${selfie}","error":"bad"}`;
      const error = normalize(provider, { status: 413, body: text });
      const out = views(error);
      for (const value of ['Adaeze', 'Okonkwo', '2348035550199', 'AAAAAAAA']) {
        expect(out).not.toContain(value);
      }
      expect(error.httpStatus).toBe(413);
    },
  );

  it.each(each)(
    '%s: values inside a Map, URLSearchParams or bytes are never echoed',
    (_, provider) => {
      for (const base of bodiesFor(provider, 'No record for Adaeze Okonkwo')) {
        const body = {
          ...base,
          map: new Map([['FullName', 'Adaeze Okonkwo']]),
          query: new URLSearchParams({ name: 'Adaeze Okonkwo' }),
          bytes: new TextEncoder().encode('Adaeze Okonkwo'),
        };
        const out = views(normalize(provider, { status: 400, body }));
        expect(out).not.toContain('Adaeze');
        expect(out).not.toContain('Okonkwo');
      }
    },
  );
});

describe('privacy: codes, tags and raw', () => {
  const personal = fc.constantFrom(
    'AB1234567',
    'A12345678',
    'ADA_OBI',
    'OKONKWO',
    '22212345678',
    'ada.obi@example.ng',
    'eyJhbGciOiJIUzI1NiJ9abcdefghijklmnopqrstuvwxyz',
  );
  it.each(each)(
    '%s: a code is catalogued or null; raw keys are known words or placeholders',
    (_, provider) => {
      const codes = new Set(provider.catalog.map((e) => e.code));
      fc.assert(
        fc.property(
          personal,
          fc.constantFrom('code', 'identifier', 'result', 'ResultCode', 'errorCode', 'status'),
          (value, key) => {
            const body = { [key]: value, [value]: 1, nested: { [value]: value } };
            const error = normalize(provider, { status: 400, body });
            expect(
              error.code === null || codes.has(error.code) || error.matchedBy === 'family',
            ).toBe(true);
            const out = views(error);
            expect(out).not.toContain(value);
            const outcome = provider.outcome(body);
            const result = outcome.isOk() ? outcome.value : outcome.error;
            expect(JSON.stringify(result)).not.toContain(value);
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  it.each(each)('%s: every tag of an outcome is one the vendor documents', (_, provider) => {
    const documented = new Set(provider.definition.tags ?? []);
    // Whatever the reader collects, core lets through only the documented list.
    for (const entry of provider.catalog) {
      const outcome = provider.outcome({ code: entry.code });
      if (outcome.isOk())
        for (const tag of outcome.value.tags ?? []) expect(documented.has(tag)).toBe(true);
    }
  });
});

describe('privacy: the property tests cover every vendor of the list', () => {
  it('each vendor has text bodies for the properties above', () => {
    expect(Object.keys(TEXT_BODIES).sort()).toEqual(vendors.map((p) => p.id).sort());
  });
});

/** The words a provider's kept messages may show: core's and its catalog's, as it builds them. */
function vocabularyOf(provider: Provider): ReadonlySet<string> {
  // Built the same way as the provider's own vocabulary: a word counts as known only if a
  // documented message of the vendor would keep it; checked by asking the library itself.
  const known = new Set<string>();
  return {
    has(word: string) {
      if (known.has(word)) return true;
      const probe = normalize(provider, {
        status: 400,
        body: bodiesFor(provider, `x ${word} x`)[0],
      });
      const kept = foldedWordsOf(probe.vendorMessage ?? '').has(word);
      if (kept) known.add(word);
      return kept;
    },
  } as ReadonlySet<string>;
}
