import { createRegistry, normalize, normalizeThrown } from '@kyc-errors/core';
import { defineProvider, type EntrySpec } from '@kyc-errors/core/provider-kit';
import { describe, expect, it } from 'vitest';
import { ACME_CATALOG, acme } from './fixtures/acme.js';

const read = () => undefined;

describe('defineProvider', () => {
  it('resolves each entry advice from its category default plus its overrides', () => {
    expect(acme.lookup('E401')).toMatchObject({
      retry: { retryable: false, action: 'fix-config' },
      delivery: 'rejected',
    });
    expect(acme.lookup('E419')?.retry).toEqual({ retryable: true, action: 'refresh-credentials' });
    expect(acme.lookup('E2215')?.retry).toEqual({ retryable: false, action: 'check-status' });
    expect(acme.lookup('R3')?.retry).toEqual({ retryable: false, action: 'wait-for-result' });
  });

  it('keeps every entry, in order', () => {
    expect(acme.catalog.map((e) => e.code)).toEqual(ACME_CATALOG.map((e) => e.code));
    expect(acme.entries('E0001')).toHaveLength(3);
  });

  it('looks codes up as own keys only', () => {
    for (const hostile of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(acme.lookup(hostile)).toBeUndefined();
      expect(acme.entries(hostile)).toEqual([]);
      const e = normalize(acme, { body: { err: hostile } });
      expect(e.category).toBe('unknown');
      // Not in the catalog: never echoed.
      expect(e.code).toBeNull();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a catalog listing one code twice with the same text', () => {
    const dup = [ACME_CATALOG[0], ACME_CATALOG[0]] as const satisfies readonly EntrySpec[];
    expect(() => defineProvider({ id: 'dup', name: 'Dup', catalog: dup, read })).toThrow(/twice/);
  });

  // The compiler refuses these too (define.test-d.ts); a definition written in JavaScript, or
  // cast, still meets the check when it loads.
  it('rejects message rules and statuses naming codes it does not have', () => {
    expect(() =>
      defineProvider({
        id: 'x',
        name: 'X',
        catalog: ACME_CATALOG,
        read,
        // @ts-expect-error NOPE is not in the catalog
        messages: [{ pattern: /^x/, code: 'NOPE' }],
      }),
    ).toThrow(/NOPE/);
    expect(() =>
      defineProvider({
        id: 'x',
        name: 'X',
        catalog: ACME_CATALOG,
        read,
        // @ts-expect-error NOPE is not in the catalog
        statuses: { 500: 'NOPE' },
      }),
    ).toThrow(/NOPE/);
  });

  it('rejects a status naming a code that is no failure, and takes one naming a rejection', () => {
    const withStatus = (code: string) => () =>
      defineProvider({
        id: 'x',
        name: 'X',
        catalog: ACME_CATALOG,
        read,
        // @ts-expect-error the status map is typed to the catalog's failure codes
        statuses: { 409: code },
      });
    for (const code of ['OK', 'R1', 'R3']) expect(withStatus(code)).toThrow(/not a failure/);
    expect(withStatus('R2')).not.toThrow();
    expect(withStatus('E2215')).not.toThrow();
  });

  it('rejects a native code outside the code grammar, and takes a descriptive key', () => {
    const entry = { ...ACME_CATALOG[0], code: 'has space' };
    expect(() =>
      defineProvider({ id: 'x', name: 'X', catalog: [entry], read, codePattern: /^\w+$/ }),
    ).toThrow(/code grammar/);
    expect(() =>
      defineProvider({
        id: 'x',
        name: 'X',
        catalog: [{ ...entry, native: false }],
        read,
        codePattern: /^\w+$/,
      }),
    ).not.toThrow();
  });

  it('rejects an entry whose kind, category or verdict core does not know, when defined', () => {
    const [error, , , , , , , , , , , , outcome] = ACME_CATALOG;
    for (const broken of [
      { ...error, kind: 'eror' },
      { ...error, category: 'nope' },
      { ...error, category: null },
      { ...outcome, verdict: 'maybe' },
      null,
      { ...error, code: 7 },
    ]) {
      const catalog = [broken] as unknown as typeof ACME_CATALOG;
      expect(() => defineProvider({ id: 'x', name: 'X', catalog, read })).toThrow(/^x: catalog/);
    }
  });

  it('classifies with the catalog as it was checked, whatever is changed after', () => {
    const catalog = ACME_CATALOG.map((spec) => ({ ...spec })) as unknown as EntrySpec[];
    const statuses: Record<number, string> = { 402: 'WALLET_EMPTY' };
    const defined = defineProvider({
      id: 'frozen-in-time',
      name: 'Checked',
      catalog,
      read: acme.definition.read,
      statuses: statuses as Record<number, never>,
    });
    // After the check, before first use: an address pushed as a code, an entry's code
    // rewritten, a status pointed at a verdict that is no failure.
    catalog.push({ ...(catalog[0] as EntrySpec), code: 'jane.doe@example.com' });
    (catalog[1] as { code: string }).code = 'REWRITTEN';
    statuses[402] = 'R1';
    const address = normalize(defined, { status: 400, body: { err: 'jane.doe@example.com' } });
    expect(address.code).toBeNull();
    expect(address.matchedBy).toBe('status');
    expect(normalize(defined, { status: 401, body: { err: 'E419' } }).code).toBe('E419');
    expect(normalize(defined, { status: 402, body: {} }).reason).toBe(
      normalize(acme, { status: 402, body: {} }).reason,
    );
    expect(defined.catalog).toHaveLength(ACME_CATALOG.length);
  });

  it('reads each entry once, when defined, and answers from that copy ever after', () => {
    let resolved = 0;
    // A catalog whose entries count how often their remedy is read: once each, when defined.
    const counted = ACME_CATALOG.map((spec) =>
      Object.defineProperty({ ...spec }, 'remedy', {
        enumerable: true,
        get: () => {
          resolved += 1;
          return spec.remedy;
        },
      }),
    ) as unknown as typeof ACME_CATALOG;
    const reader = acme.definition.read;
    const copied = defineProvider({ id: 'copied', name: 'Copied', catalog: counted, read: reader });
    const twin = defineProvider({
      id: 'copied',
      name: 'Copied',
      catalog: ACME_CATALOG,
      read: reader,
    });
    expect(resolved).toBe(ACME_CATALOG.length);
    const first = copied.catalog;
    expect(copied.catalog).toBe(first);
    for (const err of ['E401', 'E2215', 'R2', 'NOPE']) {
      const failure = { status: 401, body: { err } };
      expect(normalize(copied, failure)).toEqual(normalize(twin, failure));
    }
    expect(resolved).toBe(ACME_CATALOG.length);
  });

  it('rejects a message rule literal that is not lower-case', () => {
    expect(() =>
      defineProvider({
        id: 'x',
        name: 'X',
        catalog: ACME_CATALOG,
        read,
        messages: [{ pattern: /^Partner/i, code: 'NO_CREDITS', literals: ['Partner'] }],
      }),
    ).toThrow(/lower-case/);
  });

  it('a rule whose literals are absent is skipped; present, the pattern decides', () => {
    const hinted = defineProvider({
      id: 'hinted',
      name: 'Hinted',
      catalog: ACME_CATALOG,
      read: (b) => ({ text: (b as { msg: string }).msg }),
      messages: [
        {
          pattern: /^(?=[\s\S]{0,300}?\bcredits?\b)(?=[\s\S]{0,300}?\bexhausted)/i,
          code: 'NO_CREDITS',
          literals: ['credit', 'exhausted'],
        },
      ],
    });
    expect(normalize(hinted, { status: 400, body: { msg: 'All CREDITS exhausted' } }).reason).toBe(
      'NO_CREDITS',
    );
    expect(normalize(hinted, { status: 400, body: { msg: 'Credits are fine' } }).reason).toBe(
      'BAD_REQUEST',
    );
  });

  it('survives readers that throw', () => {
    const angry = defineProvider({
      id: 'angry',
      name: 'Angry',
      catalog: ACME_CATALOG,
      read: () => {
        throw new Error('reader bug');
      },
      family: () => {
        throw new Error('family bug');
      },
      readOutcome: () => {
        throw new Error('outcome bug');
      },
    });
    expect(normalize(angry, { status: 503 }).reason).toBe('SERVICE_UNAVAILABLE');
    expect(angry.infer('E2301')).toBeUndefined();
    expect(angry.outcome({}).isErr()).toBe(true);
  });

  it('errorFor builds the error a code would produce', () => {
    expect(acme.errorFor('E401')).toMatchObject({
      code: 'E401',
      reason: 'BAD_KEY',
      httpStatus: 401,
      vendorMessage: 'Bad key',
    });
    expect(acme.errorFor('INVALID_COUNTRY')).toMatchObject({ code: null, field: 'country' });
    expect(acme.errorFor('R1')).toBeUndefined();
    expect(acme.errorFor('nope')).toBeUndefined();
  });

  it('infer names the documented sibling of an undocumented code', () => {
    expect(acme.infer('E2401')?.code).toBe('E2201');
    expect(acme.infer('E9999')).toBeUndefined();
  });
});

describe('outcome', () => {
  it('reads a verdict from the catalog', () => {
    expect(acme.outcome({ result: 'R1', text: 'Pass' })._unsafeUnwrap()).toEqual({
      provider: 'acme',
      code: 'R1',
      verdict: 'approved',
      final: true,
      reason: 'PASSED',
      message: 'Passed.',
      remedy: 'Proceed.',
      retry: { retryable: false, action: 'none' },
      vendorText: 'Pass',
    });
  });

  it('a rejection that the user can fix says so', () => {
    expect(acme.outcome({ result: 'R2' })._unsafeUnwrap()).toMatchObject({
      verdict: 'rejected',
      retry: { action: 'user-action' },
    });
  });

  it('a pending verdict says wait', () => {
    expect(acme.outcome({ result: 'R3' })._unsafeUnwrap()).toMatchObject({
      verdict: 'pending',
      final: false,
      retry: { retryable: false, action: 'wait-for-result' },
    });
  });

  it("the body's final:false keeps an approval provisional and a rejection pending", () => {
    expect(acme.outcome({ result: 'R1', final: false })._unsafeUnwrap()).toMatchObject({
      verdict: 'provisional',
      final: false,
      retry: { action: 'wait-for-result' },
      message: 'Passed. A review is still open, so this is not the final result.',
      remedy: expect.stringMatching(/^Wait for the final result/),
    });
    expect(acme.outcome({ result: 'R2', final: false })._unsafeUnwrap()).toMatchObject({
      verdict: 'pending',
      final: false,
    });
  });

  it('carries only documented tags, dropping anything else (a name dressed as a tag)', () => {
    const o = acme.outcome({
      result: 'R2',
      tags: ['FACE_MISMATCH', 'Ada Obi', 'ADA_OBI', 'DOB_MISMATCH', 'x'.repeat(100)],
    });
    expect(o._unsafeUnwrap().tags).toEqual(['FACE_MISMATCH', 'DOB_MISMATCH']);
  });

  it('an error code in a result body is an err with the KycError', () => {
    expect(
      acme.outcome({ result: 'E0001', text: 'System Error' })._unsafeUnwrapErr().category,
    ).toBe('retryable');
  });

  it('an undocumented code uses the fallback verdict the reader found, failing closed', () => {
    // The reader suggests approved; an undocumented code never approves, and is never final.
    expect(acme.outcome({ result: 'R-NEW' })._unsafeUnwrap()).toMatchObject({
      verdict: 'provisional',
      final: false,
      reason: 'UNDOCUMENTED_RESULT',
      retry: { action: 'investigate' },
    });
    expect(acme.outcome({ result: 'R-OTHER' })._unsafeUnwrapErr().category).toBe('unknown');
  });

  it('an error body is an err with its KycError; anything else is NOT_A_RESULT', () => {
    expect(acme.outcome({ err: 'E401' })._unsafeUnwrapErr().reason).toBe('BAD_KEY');
    expect(acme.outcome('<html></html>')._unsafeUnwrapErr().reason).toBe('NOT_A_RESULT');
    expect(acme.outcome(null)._unsafeUnwrapErr().reason).toBe('NOT_A_RESULT');
    expect(acme.outcome({ FullName: 'Ada' })._unsafeUnwrapErr().raw).toEqual({
      FullName: '[redacted]',
    });
  });
});

describe('registry', () => {
  it('finds providers by id, and classifying goes through the provider it returns', () => {
    const registry = createRegistry([acme]);
    expect(registry.ids()).toEqual(['acme']);
    const provider = registry.get('acme');
    expect(provider).toBe(acme);
    expect(normalize(acme, { status: 401, body: { err: 'E401' } }).reason).toBe('BAD_KEY');
    expect(normalizeThrown(acme, Object.assign(new Error(), { code: 'ENOTFOUND' })).reason).toBe(
      'DNS_NOT_FOUND',
    );
    expect(acme.outcome({ result: 'R1' }).isOk()).toBe(true);
  });

  it('answers an unknown id with nothing, never a throw or an inherited property', () => {
    const registry = createRegistry([acme]);
    for (const id of ['nope', '__proto__', 'constructor', 'toString']) {
      expect(registry.get(id)).toBeUndefined();
    }
  });

  it('a provider not made by defineProvider is an unknown error, never a throw', () => {
    const fake = { ...acme } as typeof acme;
    expect(normalize(fake, { status: 500 })).toMatchObject({
      provider: 'acme',
      category: 'unknown',
    });
  });

  it('refuses a duplicate id unless told to replace', () => {
    const registry = createRegistry([acme]);
    expect(() => registry.register(acme)).toThrow(/already registered/);
    expect(registry.register(acme, { replace: true }).ids()).toEqual(['acme']);
  });
});
