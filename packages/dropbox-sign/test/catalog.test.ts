import { normalize } from '@kyc-errors/core';
import type { ErrorEntry, OutcomeEntry } from '@kyc-errors/core/provider-kit';
import {
  DROPBOX_SIGN_CATALOG,
  DROPBOX_SIGN_EVENTS,
  DROPBOX_SIGN_MESSAGES,
  DROPBOX_SIGN_STATUSES,
  dropboxSign,
} from '@kyc-errors/dropbox-sign';
import { describe, expect, it } from 'vitest';
import {
  expectAdviceOf,
  expectLiteralsKept,
  expectOutcomeOf,
  expectRulesAnchored,
  overriddenCodes,
} from '../../../test/support/catalog-checks.js';
import { VERDICT_DEFAULTS } from '../../core/src/outcome.js';
import { answer, callback, signatureRequest } from './fixtures/callbacks.js';
import { ERROR_EXAMPLES, type ErrorKey, NOW } from './fixtures/errors.js';

// The documented lists, transcribed here apart from the catalog, so that an entry dropped from
// or mistyped in the catalog fails a test.

// WE: hellosign/hellosign-openapi @ f9309b7668ccd92d1575aa051ce41d61fd1528c8,
// markdown/sidebar-sections/warnings-and-errors-ref-docs.md, "Error names": [name, status]
// (`null` where the table says N/A). exceeded_rate is 403 there; see EX below.
const WE_ERROR_NAMES = [
  ['bad_request', 400],
  ['unauthorized', 401],
  ['payment_required', 402],
  ['forbidden', 403],
  ['not_found', 404],
  ['conflict', 409],
  ['team_invite_failed', 403],
  ['invalid_recipient', 400],
  ['signature_request_cancel_failed', 400],
  ['signature_request_remove_failed', 400],
  ['maintenance', 503],
  ['deleted', 410],
  ['unknown', 500],
  ['method_not_supported', 405],
  ['signature_request_invalid', null],
  ['template_error', null],
  ['invalid_reminder', null],
  ['exceeded_rate', 403],
  ['invalid_file', null],
] as const;

// EX: hellosign/hellosign-openapi @ ad21451f222d4f21245d992b4e959f8d5100e3f9,
// examples/json/Error<status>Response.json: [status, error_name, error_msg].
const EX_ERRORS = [
  [400, 'bad_request', 'This value should not be blank'],
  [401, 'unauthorized', 'Unauthorized user. No credentials supplied.'],
  [402, 'payment_required', 'You must upgrade to make additional requests.'],
  [403, 'forbidden', 'A paid API plan is required to access this endpoint.'],
  [404, 'not_found', 'Not found.'],
  [409, 'conflict', 'An identical request is already being processed.'],
  [410, 'deleted', 'This resource has been deleted.'],
  [422, 'unprocessable_entity', 'This entity is unprocessable.'],
  [429, 'exceeded_rate', 'Too many requests.'],
] as const;

// OAS (same commit), openapi.yaml components.schemas.EventCallbackRequestEvent.event_type.
const OAS_EVENT_TYPES = [
  'account_confirmed',
  'unknown_error',
  'file_error',
  'sign_url_invalid',
  'signature_request_viewed',
  'signature_request_signed',
  'signature_request_sent',
  'signature_request_all_signed',
  'signature_request_email_bounce',
  'signature_request_remind',
  'signature_request_incomplete_qes',
  'signature_request_destroyed',
  'signature_request_canceled',
  'signature_request_downloadable',
  'signature_request_declined',
  'signature_request_reassigned',
  'signature_request_invalid',
  'signature_request_prepared',
  'signature_request_expired',
  'template_created',
  'template_error',
  'callback_test',
  'signature_request_signer_removed',
] as const;

// OAS SignatureRequestResponse: the state flags; EXP: a signature's status_code `expired`.
const OAS_REQUEST_FLAGS = ['is_complete', 'is_declined', 'has_error'] as const;
const EXP_STATUS_CODES = ['expired'] as const;

// The descriptive keys (native: false): the paid-plan meaning of EX 403's `forbidden`.
const DESCRIPTIVE_KEYS = ['PAID_API_PLAN_REQUIRED'] as const;

const entries = dropboxSign.catalog;
const errorEntries = entries.filter((e): e is ErrorEntry => e.kind === 'error');
const outcomeEntries = entries.filter((e): e is OutcomeEntry => e.kind === 'outcome');
const documentedNames = new Set<string>([
  ...WE_ERROR_NAMES.map(([n]) => n),
  ...EX_ERRORS.map(([, n]) => n),
]);

describe('the documented lists, both ways', () => {
  it('catalogues every documented error name, under the status it is documented with', () => {
    for (const [name, status] of WE_ERROR_NAMES) {
      const entry = dropboxSign.lookup(name);
      expect.soft(entry?.kind, name).toBe('error');
      // exceeded_rate: WE's 403 is the older API's; EX (the current spec) sends 429.
      const expected = name === 'exceeded_rate' ? 429 : (status ?? undefined);
      expect.soft(entry?.httpStatus, name).toBe(expected);
    }
  });

  it('catalogues and recognises every documented example body by its name', () => {
    for (const [status, name, msg] of EX_ERRORS) {
      const at = `${status} ${name}`;
      const error = normalize(dropboxSign, {
        status,
        body: { error: { error_msg: msg, error_name: name } },
      });
      const entry = errorEntries.find((e) => e.vendorText === msg);
      expect.soft(entry, `no entry carries "${msg}"`).toBeDefined();
      expect.soft(entry?.httpStatus, at).toBe(status);
      expect.soft(error.reason, at).toBe(entry?.reason);
      expect.soft(error.code, at).toBe(name);
    }
  });

  it('catalogues no error the lists do not account for', () => {
    const failureEvents = new Set<string>(OAS_EVENT_TYPES);
    for (const e of errorEntries) {
      const known =
        documentedNames.has(e.code) ||
        failureEvents.has(e.code) ||
        (DESCRIPTIVE_KEYS as readonly string[]).includes(e.code);
      expect.soft(known, `${e.code} is in no documented list`).toBe(true);
    }
  });

  it('marks only the descriptive keys native: false', () => {
    const descriptive = entries.filter((e) => e.native === false).map((e) => e.code);
    expect(descriptive).toEqual([...DESCRIPTIVE_KEYS]);
  });

  it('reads verdicts only from documented event types, request flags and signature statuses', () => {
    const documented = new Set<string>([
      ...OAS_EVENT_TYPES,
      ...OAS_REQUEST_FLAGS,
      ...EXP_STATUS_CODES,
    ]);
    for (const e of outcomeEntries) expect.soft(documented.has(e.code), e.code).toBe(true);
    for (const flag of [...OAS_REQUEST_FLAGS, ...EXP_STATUS_CODES]) {
      expect.soft(dropboxSign.lookup(flag)?.kind, flag).toBe('outcome');
    }
  });

  it('lists exactly the documented callback event types, in the events list', () => {
    expect(DROPBOX_SIGN_EVENTS.map((e) => e.name).sort()).toEqual([...OAS_EVENT_TYPES].sort());
  });

  it('gives every catalogued event type an entry of the events list', () => {
    const listed = new Set<string>(DROPBOX_SIGN_EVENTS.map((e) => e.name));
    const catalogued = entries.filter((e) =>
      (OAS_EVENT_TYPES as readonly string[]).includes(e.code),
    );
    expect(catalogued.length).toBeGreaterThan(0);
    for (const e of catalogued) expect.soft(listed.has(e.code), e.code).toBe(true);
  });
});

// One table-driven check per direction over every entry; a failure names the code (expect.soft
// goes on to the next entry, so one run lists every code that fails).
describe('every catalog entry', () => {
  it('round-trips through normalize from its example body, and errorFor builds it', () => {
    for (const entry of errorEntries) {
      const code = entry.code;
      const example = ERROR_EXAMPLES[code as ErrorKey];
      expect.soft(example, `no example for ${code}`).toBeDefined();
      if (example === undefined) continue;
      const error = normalize(
        dropboxSign,
        { ...example, body: JSON.stringify(example.body) },
        { now: () => NOW },
      );
      const shown = entry.native === false ? 'forbidden' : code;
      expectAdviceOf(error, dropboxSign, entry, code);
      expect.soft(error.code, code).toBe(shown);

      const built = dropboxSign.errorFor(code);
      expect.soft(built?.reason, `errorFor(${code})`).toBe(entry.reason);
      expect.soft(built?.category, `errorFor(${code})`).toBe(entry.category);
    }
  });

  it('reads every verdict from a real-shaped body', () => {
    const bodyFor = (code: string): unknown => {
      if (code === 'is_complete')
        return answer(signatureRequest({ is_complete: true }, ['signed']));
      if (code === 'is_declined')
        return answer(signatureRequest({ is_declined: true }, ['declined']));
      if (code === 'has_error') return answer(signatureRequest({ has_error: true }));
      if (code === 'expired') return answer(signatureRequest({}, ['signed', 'expired']));
      // Callbacks: the attached request is deliberately still open; the event type decides.
      return callback(code, signatureRequest());
    };
    for (const entry of outcomeEntries) {
      expectOutcomeOf(dropboxSign, bodyFor(entry.code), entry, entry.code);
    }
  });
});

describe('catalog hygiene', () => {
  it('writes reasons in UPPER_SNAKE_CASE and native codes in the code grammar', () => {
    for (const e of entries) {
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (e.native !== false) expect(e.code).toMatch(/^[a-z][a-z_]{1,62}$/);
    }
  });

  it('is final for every signature-request outcome but an error on the request', () => {
    const open = outcomeEntries.filter((e) => !e.final).map((e) => e.code);
    expect(open).toEqual(['has_error']);
  });

  it('overrides category advice only where a comment in codes.ts says why', () => {
    const overridden = overriddenCodes(errorEntries);
    expect(overridden).toEqual(
      ['conflict', 'deleted', 'signature_request_cancel_failed', 'unknown_error'].sort(),
    );
  });

  it('overrides verdict advice only for the error a person must look at', () => {
    const overridden = outcomeEntries
      .filter((e) => JSON.stringify(e.retry) !== JSON.stringify(VERDICT_DEFAULTS[e.verdict]))
      .map((e) => e.code);
    expect(overridden).toEqual(['has_error']);
  });
});

describe('message rules and statuses', () => {
  it('anchors every pattern and scopes it to the statuses its entry is documented under', () => {
    expectRulesAnchored(dropboxSign, DROPBOX_SIGN_MESSAGES, { scoped: true });
  });

  it('never lets a literal prefilter change an answer', () => {
    const texts = EX_ERRORS.map(([, , m]) => m);
    expect(expectLiteralsKept(DROPBOX_SIGN_MESSAGES, texts)).toBeGreaterThan(0);
  });

  it('reaches the documented entry of each documented status from the status alone', () => {
    for (const [status, code] of Object.entries(DROPBOX_SIGN_STATUSES)) {
      const entry = dropboxSign.lookup(code);
      expect.soft(entry?.httpStatus, `status ${status}`).toBe(Number(status));
      const error = normalize(dropboxSign, { status: Number(status), body: '' });
      expect.soft(error.reason, `status ${status}`).toBe(entry?.reason);
      expect.soft(error.matchedBy, `status ${status}`).toBe('status');
    }
  });
});

describe('DROPBOX_SIGN_CATALOG', () => {
  it('is what the provider was built from, in order', () => {
    expect(dropboxSign.catalog.map((e) => e.code)).toEqual(DROPBOX_SIGN_CATALOG.map((e) => e.code));
  });
});
