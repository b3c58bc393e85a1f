import { normalize } from '@kyc-errors/core';
import type { ErrorEntry, OutcomeEntry } from '@kyc-errors/core/provider-kit';
import { PERSONA_CATALOG, PERSONA_MESSAGES, PERSONA_STATUSES, persona } from '@kyc-errors/persona';
import { describe, expect, it } from 'vitest';
import {
  expectAdviceOf,
  expectLiteralsKept,
  expectOutcomeOf,
  expectRulesAnchored,
  overriddenCodes,
} from '../../../test/support/catalog-checks.js';
import { VERDICT_DEFAULTS } from '../../core/src/outcome.js';
import { ERROR_EXAMPLES, type ErrorKey } from './fixtures/errors.js';
import { answer, inquiry, verification, webhook } from './fixtures/results.js';

// The documented tables, transcribed here apart from the catalog, so that an entry dropped
// from or mistyped in the catalog fails a test.

// ERR-v1 https://docs.withpersona.com/v2021-07-05/reference/errors, "Errors" table: the
// statuses Persona documents, each with the entry it means when nothing more specific shows.
const DOCUMENTED_STATUSES = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504] as const;

// OAS (hey-jane/persona-openapi-client @ 1084d4a, openapi-bundled.yaml) components.responses,
// the accounts DELETE 409 and 408 (POST /reports) and 503 (POST /cases); plus ERR-v1's example
// body ("Parameter missing", "Record invalid"). [status, title, details].
const DOCUMENTED_ERRORS = [
  [400, 'Bad Request', 'data.attributes.type must be a string'],
  [400, 'Parameter missing', 'param is missing or the value is empty: country_code'],
  [401, 'Must be authenticated to access this endpoint', undefined],
  [401, 'Token is invalid', undefined],
  [403, 'Forbidden', 'IP address is not permitted access to current environment'],
  [403, 'Forbidden', 'Resource cannot be created in an inactive environment'],
  [403, 'Forbidden', 'Verification creation API is not enabled'],
  [404, 'Record not found', undefined],
  [404, 'Record not found', 'data.attributes.inquiry_id is not found'],
  [408, 'Request Timeout', 'The server timed out waiting for the request'],
  [
    408,
    'Request Timeout',
    'Client did not produce a request within the time that the server was prepared to wait',
  ],
  [409, 'Conflict', 'Resource already exists as an active resource'],
  [409, 'Conflict', 'Name already exists as an active item in list'],
  [409, 'Conflict', 'Inquiry already redacted'],
  [409, 'Conflict', 'Account already redacted'],
  [409, 'Record not unique', 'Record not unique'],
  [
    409,
    'Stale object error',
    'Attempted to update a record that was just modified. Please try again.',
  ],
  [409, 'Conflict', 'data.attributes.inquiry_id does not require verification/email-address'],
  [422, 'Unprocessable entity', 'File must be under 2 bytes'],
  [422, 'Unprocessable entity', 'Selected country code invalid selected country code of ZX'],
  [422, 'Unprocessable entity', 'Invalid confirmation code'],
  [422, 'Record invalid', "Status can't be blank"],
  [
    429,
    'Rate limit exceeded',
    'You have hit your rate limit of 300 requests / min. Please reach out to support@withpersona.com if you need this changed.',
  ],
  [
    429,
    'Quota exceeded',
    'You have hit your create_verification quota limit of 300 requests. Please reach out to support@withpersona.com if you need this changed.',
  ],
  [503, 'Service unavailable', undefined],
] as const;

// Error entries that stand for a bare title or status rather than a documented details
// text, with the title they carry.
const TITLE_ENTRIES = {
  BAD_REQUEST: 'Bad Request',
  FORBIDDEN: 'Forbidden',
  CONFLICT: 'Conflict',
  UNPROCESSABLE_ENTITY: 'Unprocessable entity',
  RECORD_INVALID: 'Record invalid',
  // 500, 502 and 504: the ERR-v1 table row, no body documented.
  SERVER_ERROR: undefined,
  BAD_GATEWAY: undefined,
  GATEWAY_TIMEOUT: undefined,
} as const;

// OAS inquiry attributes.status, "Possible values".
const DOCUMENTED_INQUIRY_STATUSES = [
  'created',
  'pending',
  'completed',
  'expired',
  'failed',
  'needs_review',
  'approved',
  'declined',
] as const;

// OAS `webhooks` (inquiry.*), plus inquiry.started from EVT
// (https://docs.withpersona.com/docs/events). inquiry.transitioned is in the OAS too but
// carries no verdict of its own (the payload's status is read instead).
const DOCUMENTED_INQUIRY_EVENTS = [
  'inquiry.created',
  'inquiry.started',
  'inquiry.expired',
  'inquiry.completed',
  'inquiry.failed',
  'inquiry.marked-for-review',
  'inquiry.approved',
  'inquiry.declined',
] as const;

// OAS verification-shared-attributes.status, plus skipped from VLIFE
// (https://docs.withpersona.com/docs/verifications-reference).
const DOCUMENTED_VERIFICATION_STATUSES = [
  'initiated',
  'submitted',
  'passed',
  'failed',
  'requires_retry',
  'canceled',
  'confirmed',
  'skipped',
] as const;

// WH-VER, https://docs.withpersona.com/api-reference/webhooks/verification-events/ (one page
// per event). "Verification tags updated" carries no verdict and is not catalogued.
const DOCUMENTED_VERIFICATION_EVENTS = [
  'verification.canceled',
  'verification.created',
  'verification.escalated',
  'verification.failed',
  'verification.passed',
  'verification.requires-retry',
  'verification.skipped',
  'verification.submitted',
  'verification.tentatively-failed',
  'verification.tentatively-passed',
] as const;

// Check names of the OAS verification examples (checks[].name).
const DOCUMENTED_CHECKS = [
  'aamva_identification_number_comparison',
  'document_type_detection',
  'id_aamva_database_lookup',
  'id_account_comparison',
  'id_age_comparison',
  'id_age_inconsistency_detection',
  'id_barcode_detection',
  'id_barcode_inconsistency_detection',
  'id_blur_detection',
  'id_color_inconsistency_detection',
  'id_compromised_detection',
  'id_disallowed_country_detection',
  'id_disallowed_type_detection',
  'id_double_side_detection',
  'id_electronic_replica_detection',
  'id_entity_detection',
  'id_expired_detection',
  'id_extracted_properties_detection',
  'id_extraction_inconsistency_detection',
  'id_fabrication_detection',
  'id_glare_detection',
  'id_handwriting_detection',
  'id_inconsistent_repeat_detection',
  'id_inquiry_comparison',
  'id_mrz_detection',
  'id_mrz_inconsistency_detection',
  'id_nfc_expired_detection',
  'id_number_format_inconsistency_detection',
  'id_po_box_detection',
  'id_portrait_clarity_detection',
  'id_portrait_detection',
  'id_public_figure_detection',
  'id_real_id_detection',
  'id_repeat_detection',
  'id_selfie_comparison',
  'id_tamper_detection',
  'id_unprocessable_submission_detection',
  'id_valid_dates_detection',
  'selfie_account_comparison',
  'selfie_age_comparison',
  'selfie_face_covering_detection',
  'selfie_glare_detection',
  'selfie_glasses_detection',
  'selfie_id_comparison',
  'selfie_liveness_detection',
  'selfie_multiple_faces_detection',
  'selfie_pose_detection',
  'selfie_pose_repeat_detection',
  'selfie_public_figure_detection',
  'selfie_suspicious_entity_detection',
] as const;

const entries = persona.catalog;
const errorEntries = entries.filter((e): e is ErrorEntry => e.kind === 'error');
const outcomeEntries = entries.filter((e): e is OutcomeEntry => e.kind === 'outcome');
const codesWith = (prefix: string): string[] =>
  entries.filter((e) => e.code.startsWith(prefix)).map((e) => e.code);
const body = (title: string, details: string | undefined): unknown => ({
  errors: [details === undefined ? { title } : { title, details }],
});

describe('the documented error tables, both ways', () => {
  it('gives every documented status an entry of that status, reached by the status alone', () => {
    for (const status of DOCUMENTED_STATUSES) {
      const at = `status ${status}`;
      const entry = persona.lookup(PERSONA_STATUSES[status]);
      expect.soft(entry?.httpStatus, at).toBe(status);
      const error = normalize(persona, { status, body: '' });
      expect.soft(error.reason, at).toBe(entry?.reason);
      expect.soft(error.matchedBy, at).toBe('status');
    }
  });

  it('catalogues and recognises every documented error body', () => {
    for (const [status, title, details] of DOCUMENTED_ERRORS) {
      const text = details ?? title;
      const at = `${status} "${title}: ${details}"`;
      const entry =
        errorEntries.find((e) => e.vendorText === text) ??
        errorEntries.find((e) => e.vendorText === title);
      expect.soft(entry, `no entry for ${at}`).toBeDefined();
      expect.soft(entry?.httpStatus, at).toBe(status);
      const error = normalize(persona, { status, body: body(title, details) });
      expect.soft(error.reason, at).toBe(entry?.reason);
      expect.soft(error.matchedBy, at).toBe('message');
    }
  });

  it('catalogues no error the tables do not account for', () => {
    const texts = new Set<string>(DOCUMENTED_ERRORS.flatMap(([, t, d]) => [t, d ?? t]));
    for (const e of errorEntries) {
      const known =
        Object.hasOwn(TITLE_ENTRIES, e.code) ||
        (e.vendorText !== undefined && texts.has(e.vendorText));
      expect(known, `${e.code} is in no documented list`).toBe(true);
    }
  });

  it('marks every error entry native: false, because Persona sends no codes', () => {
    for (const e of errorEntries) expect(e.native, e.code).toBe(false);
  });
});

describe('the documented statuses and events, both ways', () => {
  const lists = [
    ['inquiry:', DOCUMENTED_INQUIRY_STATUSES.map((s) => `inquiry:${s}`)],
    ['inquiry.', DOCUMENTED_INQUIRY_EVENTS],
    ['verification:', DOCUMENTED_VERIFICATION_STATUSES.map((s) => `verification:${s}`)],
    ['verification.', DOCUMENTED_VERIFICATION_EVENTS],
    ['check:', DOCUMENTED_CHECKS.map((c) => `check:${c}`)],
  ] as const;

  it.each(lists)('%s entries are exactly the documented ones', (prefix, documented) => {
    expect(codesWith(prefix).sort()).toEqual([...documented].sort());
  });

  it('has no entry outside the errors and those five lists', () => {
    const outside = entries.filter(
      (e) => e.kind !== 'error' && !lists.some(([prefix]) => e.code.startsWith(prefix)),
    );
    expect(outside).toEqual([]);
  });
});

// One table-driven check per direction over every entry; a failure names the code (expect.soft
// goes on to the next entry, so one run lists every code that fails).
describe('every catalog entry', () => {
  it('round-trips through normalize from its example body, and errorFor builds it', () => {
    for (const entry of errorEntries) {
      const code = entry.code;
      const example = ERROR_EXAMPLES[code as ErrorKey];
      const error = normalize(persona, {
        ...example,
        body: typeof example.body === 'string' ? example.body : JSON.stringify(example.body),
      });
      expectAdviceOf(error, persona, entry, code);
      expect.soft(error.code, code).toBeNull();
      expect.soft(error.httpStatus, code).toBe(example.status);

      const built = persona.errorFor(code);
      expect.soft(built?.reason, `errorFor(${code})`).toBe(entry.reason);
      expect.soft(built?.category, `errorFor(${code})`).toBe(entry.category);
      expect.soft(built?.code, `errorFor(${code})`).toBeNull();
    }
  });

  it('reads every status and event from a real-shaped body', () => {
    const bodiesFor = (code: string): unknown[] => {
      const [, kind, status] = /^(inquiry|verification)[:.](.+)$/.exec(code) ?? [];
      if (kind === 'inquiry' && code.includes(':')) return [answer(inquiry(status ?? ''))];
      if (kind === 'verification' && code.includes(':'))
        return [answer(verification(status ?? ''))];
      // Events: the payload's status is deliberately unrelated; the event name decides.
      if (kind === 'inquiry') return [webhook(code, inquiry('pending'))];
      if (kind === 'verification') return [webhook(code, verification('submitted'))];
      return [];
    };

    const readable = outcomeEntries.filter((e) => !e.code.startsWith('check:'));
    for (const entry of readable) {
      const code = entry.code;
      const bodies = bodiesFor(code);
      expect.soft(bodies.length, code).toBeGreaterThan(0);
      for (const b of bodies) expectOutcomeOf(persona, b, entry, code);
    }
  });
});

describe('catalog hygiene', () => {
  it('writes reasons in UPPER_SNAKE_CASE and codes in the code grammar', () => {
    for (const e of entries) {
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (e.kind === 'error') expect(e.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      else expect(e.code).toMatch(/^[a-z][a-z0-9_.:/-]{0,63}$/);
    }
  });

  it('is final only for the inquiry decisions: approved and declined', () => {
    const finals = outcomeEntries.filter((e) => e.final).map((e) => e.code);
    expect(finals.sort()).toEqual([
      'inquiry.approved',
      'inquiry.declined',
      'inquiry:approved',
      'inquiry:declined',
    ]);
  });

  it('overrides category advice only where a comment in codes.ts says why', () => {
    const overridden = overriddenCodes(errorEntries);
    expect(overridden).toEqual(
      [
        'ACCOUNT_ALREADY_REDACTED',
        'BAD_GATEWAY',
        'BAD_REQUEST',
        'CONFLICT',
        'GATEWAY_TIMEOUT',
        'INQUIRY_ALREADY_REDACTED',
        'INVALID_CONFIRMATION_CODE',
        'LIST_ITEM_NAME_EXISTS',
        'RATE_LIMIT_EXCEEDED',
        'RECORD_NOT_UNIQUE',
        'RESOURCE_ALREADY_EXISTS',
        'SERVER_ERROR',
        'SERVICE_UNAVAILABLE',
        'STALE_OBJECT',
      ].sort(),
    );
  });

  it('overrides verdict advice only for the entries that ask the user, a person or a wait', () => {
    for (const e of outcomeEntries) {
      if (JSON.stringify(e.retry) === JSON.stringify(VERDICT_DEFAULTS[e.verdict])) continue;
      expect(['user-action', 'investigate', 'wait-for-result'], e.code).toContain(e.retry.action);
    }
  });
});

describe('message rules', () => {
  it('anchors every pattern at the start and scopes it to documented statuses', () => {
    expectRulesAnchored(persona, PERSONA_MESSAGES, { scoped: true });
  });

  it('gives every error entry a rule or a status, so bodies can reach it', () => {
    const reachable = new Set<string>([
      ...PERSONA_MESSAGES.map((r) => r.code),
      ...Object.values(PERSONA_STATUSES),
    ]);
    for (const e of errorEntries) expect(reachable.has(e.code), e.code).toBe(true);
  });

  it('never lets a literal prefilter change an answer', () => {
    const texts = DOCUMENTED_ERRORS.map(([, t, d]) => (d === undefined ? t : `${t}: ${d}`));
    expect(expectLiteralsKept(PERSONA_MESSAGES, texts)).toBeGreaterThan(0);
  });

  it('runs every rule in linear time on hostile input', () => {
    const hostile = [
      'a '.repeat(5000),
      `Forbidden: ${'a'.repeat(3000)}`,
      `${'data.attributes.'.repeat(200)}x`,
      `${'quota '.repeat(500)}`,
      `${'x'.repeat(1999)}\n`,
      `conflict: ${' '.repeat(3000)}`,
    ];
    for (const rule of PERSONA_MESSAGES) {
      const started = performance.now();
      for (const text of hostile) rule.pattern.exec(text.slice(0, 2000));
      expect.soft(performance.now() - started, `${rule.code} ${rule.pattern}`).toBeLessThan(50);
    }
  });
});

describe('PERSONA_CATALOG', () => {
  it('is what the provider was built from, in order', () => {
    expect(persona.catalog.map((e) => e.code)).toEqual(PERSONA_CATALOG.map((e) => e.code));
  });
});
