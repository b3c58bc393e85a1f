import { type CatalogEntry, normalize } from '@kyc-errors/core';
import type { ErrorEntry, OutcomeEntry } from '@kyc-errors/core/provider-kit';
import {
  STRIPE_IDENTITY_CATALOG,
  STRIPE_IDENTITY_MESSAGES,
  STRIPE_IDENTITY_STATUSES,
  stripeIdentity,
} from '@kyc-errors/stripe-identity';
import { describe, expect, it } from 'vitest';
import {
  expectAdviceOf,
  expectLiteralsKept,
  expectOutcomeOf,
  expectRulesAnchored,
  overriddenCodes,
} from '../../../test/support/catalog-checks.js';
import { VERDICT_DEFAULTS } from '../../core/src/outcome.js';
import {
  CATALOGUED_TYPES,
  DOCUMENTED_STATUSES,
  ERROR_CODE_ENUM,
  ERROR_TYPES,
  IDENTITY_ERROR_CODES,
  LAST_ERROR_CODES,
  LAST_ERROR_CODES_2023,
  REPORT_ERROR_CODES,
  SESSION_STATUSES,
  STATUSES_LEFT_TO_CORE,
} from './documented.js';
import { check, ERROR_EXAMPLES, type ExampleCode, report, session } from './fixtures/bodies.js';

const entries = stripeIdentity.catalog;
const errorEntries = entries.filter((e): e is ErrorEntry => e.kind === 'error');
const outcomeEntries = entries.filter((e): e is OutcomeEntry => e.kind === 'outcome');
const nativeErrors = errorEntries.filter((e) => e.native !== false).map((e) => e.code);
const byCode = (code: string): CatalogEntry => {
  const entry = stripeIdentity.lookup(code);
  if (entry === undefined) throw new Error(`no entry for ${code}`);
  return entry;
};

// The error codes and types, the statuses and the last_error codes, both ways: every
// documented one is in the catalog, and the catalog holds nothing the lists do not account for.
describe('the documented lists, both ways', () => {
  it('catalogues every error code an Identity request can meet, and each is in the enum', () => {
    for (const code of IDENTITY_ERROR_CODES) {
      expect.soft(nativeErrors, code).toContain(code);
      expect.soft(ERROR_CODE_ENUM as readonly string[], code).toContain(code);
    }
  });

  it('catalogues no error code or type the lists do not account for', () => {
    const known = new Set<string>([...IDENTITY_ERROR_CODES, ...CATALOGUED_TYPES]);
    for (const code of nativeErrors) expect.soft(known.has(code), code).toBe(true);
  });

  it('catalogues the deciding types, which are documented types and not codes', () => {
    for (const type of CATALOGUED_TYPES) {
      expect(ERROR_TYPES as readonly string[]).toContain(type);
      expect(ERROR_CODE_ENUM as readonly string[]).not.toContain(type);
      expect(byCode(type).kind).toBe('error');
    }
  });

  it('gives every documented status an entry of that meaning, or leaves it to core on purpose', () => {
    const mapped = Object.keys(STRIPE_IDENTITY_STATUSES).map(Number);
    expect([...mapped, ...STATUSES_LEFT_TO_CORE].sort()).toEqual([...DOCUMENTED_STATUSES].sort());
    for (const status of mapped) {
      const at = `status ${status}`;
      const entry = byCode(
        STRIPE_IDENTITY_STATUSES[status as keyof typeof STRIPE_IDENTITY_STATUSES],
      );
      const error = normalize(stripeIdentity, { status, body: '' });
      expect.soft(error.reason, at).toBe(entry.reason);
      expect.soft(error.matchedBy, at).toBe('status');
      // The entry a status falls back on is documented under that status, or the 5xx family.
      if (status < 500) expect.soft(entry.httpStatus, at).toBe(status);
    }
  });

  it('holds exactly the documented session statuses, namespaced', () => {
    const statuses = entries.filter((e) => e.code.startsWith('session:')).map((e) => e.code);
    expect(statuses.sort()).toEqual(SESSION_STATUSES.map((s) => `session:${s}`).sort());
  });

  it('holds exactly the documented last_error codes, as non-final rejections', () => {
    const codes = outcomeEntries
      .filter((e) => e.native !== false && !e.code.includes(':'))
      .map((e) => e.code);
    expect(codes.sort()).toEqual([...LAST_ERROR_CODES].sort());
    for (const code of codes) {
      expect.soft(byCode(code), code).toMatchObject({ verdict: 'rejected', final: false });
    }
  });

  it('still knows every code of the older spec, and every report error code', () => {
    for (const code of LAST_ERROR_CODES_2023) expect.soft(LAST_ERROR_CODES, code).toContain(code);
    for (const [name, codes] of Object.entries(REPORT_ERROR_CODES)) {
      for (const code of codes) expect.soft(LAST_ERROR_CODES, `${name}: ${code}`).toContain(code);
    }
  });

  it('has no entry outside the errors, the statuses, the last_error codes and the report keys', () => {
    const keys = new Set(['REQUIRES_INPUT_WITH_ERROR', 'REPORT_VERIFIED', 'REPORT_UNVERIFIED']);
    const outside = outcomeEntries.filter(
      (e) =>
        !e.code.startsWith('session:') &&
        !(LAST_ERROR_CODES as readonly string[]).includes(e.code) &&
        !keys.has(e.code),
    );
    expect(outside).toEqual([]);
    expect(entries.filter((e) => e.kind === 'success')).toEqual([]);
  });
});

// One table-driven check per direction over every entry; a failure names the code.
describe('every catalog entry', () => {
  it('round-trips through normalize from its example body, and errorFor builds it', () => {
    for (const entry of errorEntries) {
      const code = entry.code;
      const example = ERROR_EXAMPLES[code as ExampleCode];
      expect.soft(example, `no example for ${code}`).toBeDefined();
      if (example === undefined) continue;
      const error = normalize(stripeIdentity, {
        status: example.status,
        headers: 'headers' in example ? example.headers : undefined,
        body: typeof example.body === 'string' ? example.body : JSON.stringify(example.body),
      });
      expectAdviceOf(error, stripeIdentity, entry, code);
      expect.soft(error.code, code).toBe(entry.native === false ? null : code);
      expect.soft(error.httpStatus, code).toBe(example.status);

      const built = stripeIdentity.errorFor(code);
      expect.soft(built?.reason, `errorFor(${code})`).toBe(entry.reason);
      expect.soft(built?.category, `errorFor(${code})`).toBe(entry.category);
    }
  });

  it('reads every verdict from a real-shaped body', () => {
    const bodiesFor = (code: string): unknown[] => {
      if (code.startsWith('session:')) return [session(code.slice('session:'.length))];
      if (code === 'REQUIRES_INPUT_WITH_ERROR') {
        return [session('requires_input', { code: null, reason: 'Something went wrong.' })];
      }
      if (code === 'REPORT_VERIFIED') return [report({ document: check(), selfie: check() })];
      if (code === 'REPORT_UNVERIFIED') return [report({ document: check(null) })];
      const bodies: unknown[] = [session('requires_input', { code, reason: 'A check failed.' })];
      for (const [name, codes] of Object.entries(REPORT_ERROR_CODES)) {
        if ((codes as readonly string[]).includes(code))
          bodies.push(report({ [name]: check(code) }));
      }
      return bodies;
    };
    for (const entry of outcomeEntries) {
      for (const body of bodiesFor(entry.code))
        expectOutcomeOf(stripeIdentity, body, entry, entry.code);
    }
  });
});

describe('catalog hygiene', () => {
  it('writes reasons in UPPER_SNAKE_CASE and codes in the code grammar', () => {
    for (const e of entries) {
      expect.soft(e.reason, e.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (e.native === false) expect.soft(e.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      else expect.soft(e.code).toMatch(/^[a-z][a-z0-9_]*(:[a-z][a-z0-9_]*)?$/);
    }
  });

  it('is final only for verified and canceled sessions and a verified report', () => {
    const finals = outcomeEntries.filter((e) => e.final).map((e) => e.code);
    expect(finals.sort()).toEqual(['REPORT_VERIFIED', 'session:canceled', 'session:verified']);
  });

  it('overrides category advice only where a comment in codes.ts says why', () => {
    const overridden = overriddenCodes(errorEntries);
    // Every entry whose advice differs from its category's: the key advice, and the two
    // actions of their own (idempotency_error's new key, and a 424's caution).
    for (const code of overridden) {
      const e = byCode(code) as ErrorEntry;
      const differs = e.retry.idempotencyKey !== undefined || e.retry.caution !== undefined;
      expect.soft(differs, code).toBe(true);
    }
    expect(overridden).toContain('idempotency_error');
    expect(overridden).toContain('EXTERNAL_DEPENDENCY_FAILED');
  });

  it('overrides verdict advice only to ask the user', () => {
    for (const e of outcomeEntries) {
      if (JSON.stringify(e.retry) === JSON.stringify(VERDICT_DEFAULTS[e.verdict])) continue;
      expect.soft(e.retry.action, e.code).toBe('user-action');
    }
  });

  it('says which idempotency key to use on every retryable failure but the 424', () => {
    for (const e of errorEntries.filter((x) => x.retry.retryable)) {
      if (e.code === 'EXTERNAL_DEPENDENCY_FAILED') continue;
      expect.soft(e.retry.idempotencyKey, e.code).toBe('same');
    }
  });
});

describe('message rules', () => {
  it('anchors every pattern at the start and scopes it to the status its entry documents', () => {
    expectRulesAnchored(stripeIdentity, STRIPE_IDENTITY_MESSAGES, { scoped: true });
  });

  it('never lets a literal prefilter change an answer', () => {
    const texts = Object.values(ERROR_EXAMPLES).flatMap((x) => {
      const m = typeof x.body === 'string' ? undefined : x.body.error.message;
      return typeof m === 'string' ? [m] : [];
    });
    expect(expectLiteralsKept(STRIPE_IDENTITY_MESSAGES, texts)).toBeGreaterThan(0);
  });

  it('runs every rule in linear time on hostile input', () => {
    const hostile = [
      'a '.repeat(5000),
      `The provided key '${"'".repeat(1000)}`,
      `the provided key ${' '.repeat(3000)}x`,
      `${'invalid api key provided '.repeat(100)}`,
      `${'x'.repeat(1999)}\n`,
    ];
    for (const rule of STRIPE_IDENTITY_MESSAGES) {
      const started = performance.now();
      for (const text of hostile) rule.pattern.exec(text.slice(0, 2000));
      expect.soft(performance.now() - started, `${rule.code} ${rule.pattern}`).toBeLessThan(50);
    }
  });
});

describe('STRIPE_IDENTITY_CATALOG', () => {
  it('is what the provider was built from, in order', () => {
    expect(stripeIdentity.catalog.map((e) => e.code)).toEqual(
      STRIPE_IDENTITY_CATALOG.map((e) => e.code),
    );
  });
});
