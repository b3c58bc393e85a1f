import { type CatalogEntry, normalize, type Verdict } from '@kyc-errors/core';
import type { ErrorEntry, OutcomeEntry } from '@kyc-errors/core/provider-kit';
import { IDENFY_MESSAGES, IDENFY_STATUSES, idenfy } from '@kyc-errors/idenfy';
import { describe, expect, it } from 'vitest';
import {
  expectAdviceOf,
  expectOutcomeOf,
  overriddenCodes,
} from '../../../test/support/catalog-checks.js';
import { VERDICT_DEFAULTS } from '../../core/src/outcome.js';
import { ERROR_EXAMPLES, type ErrorCode } from './fixtures/errors.js';
import { statusAnswer, webhook } from './fixtures/webhooks.js';

// iDenfy's "ID Error Messages" page, transcribed. Kept here, apart from the catalog, so that
// an entry dropped from or mistyped in the catalog fails a test.
const DOCUMENTED_IDENTIFIERS = [
  'INTERNAL_ERROR',
  'BAD_VALUE',
  'MISSING_VALUE',
  'UNAUTHORIZED',
  'ENCODING_ERROR',
  'JSON_ERROR',
  'TOKEN_NOT_VALID',
  'PARTNER_CONTRACT_ERROR',
  'METHOD_NOT_ALLOWED',
  'PERMISSIONS_ERROR',
  'TOO_MANY_REQUESTS',
  'VALIDATION_ERROR',
] as const;

// POST /api/v2/token authentication errors: status, message, no identifier.
const DOCUMENTED_TOKEN_ERRORS = [
  [401, 'Invalid authorization credentials'],
  [403, 'Partner inactive'],
  [403, 'This endpoint is not available for {ENV} partners.'],
  [402, 'Action not allowed due to lack of funds or exceeded limit.'],
  // https://documentation.idenfy.com/guides/error-handling, "Common Errors and Fixes".
  [409, 'Client ID already exists'],
] as const;

// Request parsing errors, all 400.
const DOCUMENTED_PARSING_ERRORS = [
  'An error occurred while parsing/constructing JSON',
  'Invalid data. Expected a dictionary, but got {type}.',
  'Some of required values are missing',
] as const;

// Field validation errors, all 400: every field the rule table names.
const DOCUMENTED_FIELDS = [
  'clientId',
  'expiryTime',
  'sessionLength',
  'tokenType',
  'country',
  'documents',
  'successUrl',
  'errorUrl',
  'callbackUrl',
  'unverifiedUrl',
  'dateOfBirth',
  'dateOfExpiry',
  'dateOfIssue',
  'nationality',
] as const;

// Business-logic scenarios, all 400, with the catalog entries that stand for them.
const DOCUMENTED_BUSINESS_RULES = [
  ['Country and document type combination is not supported', ['COUNTRY_DOCUMENT_UNSUPPORTED']],
  ['Partner is not allowed to generate the requested token type', ['TOKEN_TYPE_NOT_ALLOWED']],
  ['Custom callback URL is not enabled for this partner', ['CUSTOM_CALLBACK_NOT_ENABLED']],
  ['additionalSteps is not enabled for this partner', ['ADDITIONAL_STEPS_NOT_ENABLED']],
  [
    'utilityBill and additionalSteps used together — use additionalSteps only',
    ['UTILITY_BILL_WITH_ADDITIONAL_STEPS'],
  ],
  ['address and additionalData used together', ['ADDRESS_WITH_ADDITIONAL_DATA']],
  [
    'generateDigitString=true but expiry time exceeds the mobile code maximum',
    ['DIGIT_STRING_EXPIRY_TOO_LONG'],
  ],
  [
    'Invalid questionnaire ID or risk assessment profile ID',
    ['QUESTIONNAIRE_NOT_FOUND', 'RISK_PROFILE_NOT_FOUND'],
  ],
] as const;

// Overall statuses from the Vocabulary page.
const DOCUMENTED_STATUSES = [
  'APPROVED',
  'DENIED',
  'SUSPECTED',
  'REVIEWING',
  'EXPIRED',
  'ACTIVE',
  'EXPIRED-DELETED',
  'DELETED',
  'ARCHIVED',
] as const;

// Entries no single documented line accounts for, each with the reason it exists.
const UNDOCUMENTED_ENTRIES = {
  // "Partner reached token limit" is documented under Common Issues, not in a table.
  PARTNER_TOKEN_LIMIT: 'common issue',
  // The catch-all for field messages about fields outside the rule table.
  INVALID_FIELD: 'generic field rule',
} as const;

const entries = idenfy.catalog;
const byCode = (code: string): CatalogEntry => {
  const entry = idenfy.lookup(code);
  if (entry === undefined) throw new Error(`no entry for ${code}`);
  return entry;
};
const errorEntries = entries.filter((e): e is ErrorEntry => e.kind === 'error');
const outcomeEntries = entries.filter((e): e is OutcomeEntry => e.kind === 'outcome');

describe('coverage of the documented tables', () => {
  it('catalogues every documented identifier under its own name', () => {
    for (const id of DOCUMENTED_IDENTIFIERS) {
      const entry = idenfy.lookup(id);
      expect.soft(entry?.kind, id).toBe('error');
      expect.soft(entry?.native, id).toBeUndefined();
    }
  });

  it('catalogues no identifier iDenfy does not document', () => {
    const native = errorEntries.filter((e) => e.native !== false).map((e) => e.code);
    expect(native.sort()).toEqual([...DOCUMENTED_IDENTIFIERS].sort());
  });

  it.each(DOCUMENTED_TOKEN_ERRORS)('token endpoint %i "%s" has an entry', (status, text) => {
    const entry = entries.find((e) => e.vendorText === text);
    expect(entry).toBeDefined();
    expect(entry?.native).toBe(false);
    expect(entry?.httpStatus).toBe(status);
    // And the message, as sent with any environment name, is recognised at that status.
    const sent = text.replace('{ENV}', 'SANDBOX');
    const error = normalize(idenfy, { status, body: { message: sent } });
    expect(error.reason).toBe(entry?.reason);
    expect(error.matchedBy).toBe('message');
  });

  it.each(DOCUMENTED_PARSING_ERRORS)('parsing error "%s" has an entry', (text) => {
    const entry = entries.find((e) => e.vendorText === text);
    expect(entry?.kind === 'error' && entry.category).toBe('validation');
    const sent = text.replace('{type}', 'str');
    const error = normalize(idenfy, { status: 400, body: { message: sent } });
    expect(error.reason).toBe(entry?.reason);
  });

  it('gives every documented field its own rule and entry', () => {
    for (const field of DOCUMENTED_FIELDS) {
      const entry = errorEntries.find((e) => e.field === field && e.category === 'validation');
      expect.soft(entry, `no validation entry for ${field}`).toBeDefined();
      const error = normalize(idenfy, {
        status: 400,
        body: { identifier: 'BAD_VALUE', message: `Field '${field}' is invalid.` },
      });
      expect.soft(error.reason, field).toBe(entry?.reason);
      expect.soft(error.field, field).toBe(field);
    }
  });

  it.each(DOCUMENTED_BUSINESS_RULES)('business rule "%s" is catalogued', (_scenario, codes) => {
    for (const code of codes) expect(byCode(code).httpStatus).toBe(400);
  });

  it('catalogues every documented status as an outcome entry', () => {
    for (const status of DOCUMENTED_STATUSES)
      expect.soft(idenfy.lookup(status)?.kind, status).toBe('outcome');
  });

  it('catalogues nothing the lists above do not account for', () => {
    const accounted = new Set<string>([
      ...DOCUMENTED_IDENTIFIERS,
      ...DOCUMENTED_STATUSES,
      ...DOCUMENTED_BUSINESS_RULES.flatMap(([, codes]) => codes),
      ...Object.keys(UNDOCUMENTED_ENTRIES),
    ]);
    const documentedTexts = new Set<string>([
      ...DOCUMENTED_TOKEN_ERRORS.map(([, text]) => text),
      ...DOCUMENTED_PARSING_ERRORS,
    ]);
    const fields = new Set<string>(DOCUMENTED_FIELDS);
    for (const e of entries) {
      const known =
        accounted.has(e.code) ||
        (e.vendorText !== undefined && documentedTexts.has(e.vendorText)) ||
        (e.kind === 'error' && e.field !== undefined && fields.has(e.field));
      expect(known, `${e.code} is in no documented list`).toBe(true);
    }
  });
});

// One table-driven check per direction over every entry; a failure names the code (expect.soft
// goes on to the next entry, so one run lists every code that fails).
describe('every catalog entry', () => {
  it('round-trips through normalize from its example body, and errorFor builds it', () => {
    for (const entry of errorEntries) {
      const code = entry.code;
      const example = ERROR_EXAMPLES[code as ErrorCode];
      const error = normalize(idenfy, example);
      const sent = JSON.parse(example.body) as { identifier?: string };

      expectAdviceOf(error, idenfy, entry, code);
      expect.soft(error.httpStatus, code).toBe(example.status);
      // The code is what iDenfy sent: its identifier, or null for identifier-less bodies.
      expect.soft(error.code, code).toBe(sent.identifier ?? null);
      expect.soft(error.matchedBy, code).toBe(entry.native === false ? 'message' : 'code');
      const retryAfter = Object.hasOwn(example.headers ?? {}, 'Retry-After');
      expect
        .soft(error.retry, code)
        .toEqual(
          retryAfter && entry.retry.retryable ? { ...entry.retry, afterMs: 120_000 } : entry.retry,
        );

      const built = idenfy.errorFor(code);
      expect.soft(built?.reason, `errorFor(${code})`).toBe(entry.reason);
      expect.soft(built?.category, `errorFor(${code})`).toBe(entry.category);
      expect.soft(built?.code, `errorFor(${code})`).toBe(entry.native === false ? null : code);
      if (entry.vendorText !== undefined)
        expect.soft(built?.vendorMessage, `errorFor(${code})`).toBe(entry.vendorText);
    }
  });

  it('reads every status from a webhook and a status answer, final or still open', () => {
    // A review still open: nothing is final, an approval is only provisional and a denial
    // only pending.
    const open: Record<Verdict, Verdict> = {
      approved: 'provisional',
      rejected: 'pending',
      provisional: 'provisional',
      pending: 'pending',
    };
    for (const entry of outcomeEntries) {
      const code = entry.code;
      for (const [how, body] of [
        ['webhook', webhook({ overall: code })],
        ['status answer', statusAnswer(code)],
      ] as const) {
        expectOutcomeOf(idenfy, body, entry, `${code} from a ${how}`);
      }

      const at = `${code} with final: false`;
      const read = idenfy.outcome(webhook({ overall: code, final: false }));
      expect.soft(read.isOk(), at).toBe(true);
      if (read.isErr()) continue;
      const outcome = read.value;
      expect.soft(outcome.final, at).toBe(false);
      expect.soft(outcome.verdict, at).toBe(open[entry.verdict]);
      expect
        .soft(outcome.retry, at)
        .toEqual(entry.final ? VERDICT_DEFAULTS[open[entry.verdict]] : entry.retry);
    }
  });
});

describe('catalog hygiene', () => {
  it('writes reasons as UPPER_SNAKE_CASE and keys as the vendor does', () => {
    for (const e of entries) {
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(e.code).toMatch(/^[A-Z][A-Z0-9_-]*$/);
    }
  });

  it('marks every descriptive key native: false and every identifier native', () => {
    for (const e of errorEntries) {
      const isIdentifier = (DOCUMENTED_IDENTIFIERS as readonly string[]).includes(e.code);
      expect(e.native === false).toBe(!isIdentifier);
    }
  });

  it('overrides category advice only where a comment in codes.ts says why', () => {
    // Kept as data so that a new override has to be added here, next to its reason.
    const overridden = overriddenCodes(errorEntries);
    expect(overridden).toEqual(['CLIENT_ID_ALREADY_EXISTS', 'INTERNAL_ERROR', 'TOKEN_NOT_VALID']);
  });

  it('mentions the 10,000 requests an hour default in the rate-limit remedy', () => {
    expect(byCode('TOO_MANY_REQUESTS').remedy).toContain('10,000 requests per hour');
  });

  it('gives every field rule a remedy that states the valid value', () => {
    const valid: Record<string, RegExp> = {
      clientId: /100 characters/,
      expiryTime: /2592000 \(30 days\)/,
      sessionLength: /60 to 3600/,
      tokenType: /IDENTIFICATION/,
      country: /ISO 3166-1 alpha-2/,
      nationality: /ISO 3166-1 alpha-2/,
      documents: /array/,
      successUrl: /https:\/\/ URL of at most 2048/,
      errorUrl: /https:\/\/ URL of at most 2048/,
      callbackUrl: /https:\/\/ URL of at most 2048/,
      unverifiedUrl: /https:\/\/ URL of at most 2048/,
      dateOfBirth: /YYYY-MM-DD/,
      dateOfExpiry: /YYYY-MM-DD/,
      dateOfIssue: /YYYY-MM-DD/,
    };
    for (const field of DOCUMENTED_FIELDS) {
      const entry = errorEntries.find((e) => e.field === field && e.category === 'validation');
      expect(entry?.remedy).toMatch(valid[field] as RegExp);
    }
  });
});

describe('message rules', () => {
  it('anchors every pattern at the start', () => {
    for (const rule of IDENFY_MESSAGES) expect(rule.pattern.source.startsWith('^')).toBe(true);
  });

  it('points every rule, status and refinement at a real entry', () => {
    for (const rule of IDENFY_MESSAGES) {
      expect(idenfy.lookup(rule.code)?.kind).toBe('error');
      for (const id of rule.refines ?? []) expect(DOCUMENTED_IDENTIFIERS).toContain(id);
    }
    for (const code of Object.values(IDENFY_STATUSES)) expect(idenfy.lookup(code)).toBeDefined();
  });

  it('gives every descriptive entry a rule, so bodies can reach it', () => {
    const ruled = new Set<string>(IDENFY_MESSAGES.map((r) => r.code));
    for (const e of errorEntries)
      if (e.native === false) expect(ruled.has(e.code), e.code).toBe(true);
  });

  it('runs every rule in linear time on hostile input', () => {
    const hostile = [
      'a '.repeat(5000),
      `Field ${"'".repeat(3000)}`,
      `${'field '.repeat(500)}x`,
      `country document ${'not '.repeat(800)}`,
      `${'x'.repeat(1999)}\n`,
    ];
    for (const rule of IDENFY_MESSAGES) {
      const started = performance.now();
      for (const text of hostile) rule.pattern.exec(text.slice(0, 2000));
      expect.soft(performance.now() - started, `${rule.code} ${rule.pattern}`).toBeLessThan(50);
    }
  });
});
