import { normalize } from '@kyc-errors/core';
import type { ErrorEntry, OutcomeEntry } from '@kyc-errors/core/provider-kit';
import {
  ONFIDO_CATALOG,
  ONFIDO_EVENTS,
  ONFIDO_MESSAGES,
  ONFIDO_STATUSES,
  onfido,
} from '@kyc-errors/onfido';
import { describe, expect, it } from 'vitest';
import {
  expectAdviceOf,
  expectLiteralsKept,
  expectOutcomeOf,
  expectRulesAnchored,
  overriddenCodes,
} from '../../../test/support/catalog-checks.js';
import { VERDICT_DEFAULTS } from '../../core/src/outcome.js';
import { ERROR_EXAMPLES, errorBody } from './fixtures/errors.js';
import { check, report, run, webhook } from './fixtures/results.js';

// The documented lists, transcribed here apart from the catalog, so that an entry dropped
// from or mistyped in the catalog fails a test. Sources: README "Sources".

// documentation.onfido.com "Error codes and what to do", as transcribed in
// appliedblockchain/silentdata-defi-enclave @ 3090d38, enclave/clients/identity/onfido_client.cpp.
const DOCUMENTED_ERROR_TYPES = [
  'bad_request',
  'incorrect_base_url',
  'authorization_error',
  'user_authorization_error',
  'bad_referrer',
  'expired_token',
  'account_disabled',
  'trial_limits_reached',
  'resource_not_found',
  'gone',
  'validation_error',
  'missing_billing_info',
  'missing_documents',
  'invalid_reports_names',
  'missing_id_numbers',
  'report_names_blank',
  'report_names_format',
  'check_type_deprecated',
  'document_ids_with_unsupported_report',
  'facial_similarity_photo_without_document',
  'facial_similarity_video_not_supported',
  'failed_check_requirements',
  'incomplete_checks',
  'rate_limit',
  'internal_server_error',
] as const;

// [status, type, message] as Onfido sent them: onfido-node @ 502add7 test/Resource.test.ts;
// onfido/onfido-sdk-ui issue #514 and onfido-python @ fd1c347 tests (422).
const DOCUMENTED_MESSAGES = [
  [
    400,
    'bad_request',
    'The request could not be understood by the server, please check your request is correctly formatted',
  ],
  [422, 'validation_error', 'There was a validation error on this request'],
] as const;

// OAS check_status and check_response.result.
const CHECK_STATUSES = [
  'in_progress',
  'awaiting_applicant',
  'complete',
  'withdrawn',
  'paused',
  'reopened',
];
const CHECK_RESULTS = ['clear', 'consider'];
// OAS report_status, report_result and report_sub_result.
const REPORT_STATUSES = [
  'awaiting_data',
  'awaiting_approval',
  'cancelled',
  'complete',
  'withdrawn',
];
const REPORT_RESULTS = ['clear', 'consider', 'unidentified'];
const REPORT_SUB_RESULTS = ['clear', 'rejected', 'suspected', 'caution'];
// OAS workflow_run_status.
const WORKFLOW_RUN_STATUSES = [
  'processing',
  'awaiting_input',
  'awaiting_client_input',
  'approved',
  'declined',
  'review',
  'abandoned',
  'error',
];
// OAS webhook_event_type.
const WEBHOOK_EVENTS = [
  'audit_log.created',
  'watchlist_monitor.matches_updated',
  'workflow_run.completed',
  'workflow_task.started',
  'workflow_task.completed',
  'check.started',
  'check.reopened',
  'check.withdrawn',
  'check.completed',
  'check.form_completed',
  'report.withdrawn',
  'report.resumed',
  'report.cancelled',
  'report.awaiting_approval',
  'report.completed',
  'workflow_timeline_file.created',
  'workflow_run_evidence_folder.created',
];

const entries = onfido.catalog;
const errorEntries = entries.filter((e): e is ErrorEntry => e.kind === 'error');
const outcomeEntries = entries.filter((e): e is OutcomeEntry => e.kind === 'outcome');
const codesWith = (prefix: string): string[] =>
  entries.filter((e) => e.code.startsWith(prefix)).map((e) => e.code);
const unique = (xs: readonly string[]): string[] => [...new Set(xs)].sort();

describe('the documented lists, both ways', () => {
  it('catalogues exactly the documented error types, in their order', () => {
    expect(errorEntries.map((e) => e.code)).toEqual([...DOCUMENTED_ERROR_TYPES]);
  });

  it('catalogues and recognises every documented message, with and without its type', () => {
    for (const [status, type, message] of DOCUMENTED_MESSAGES) {
      const entry = onfido.lookup(type);
      expect.soft(entry?.vendorText, type).toBe(message);
      expect.soft(entry?.httpStatus, type).toBe(status);
      const typed = normalize(onfido, { status, body: errorBody(type, message) });
      expect.soft(typed.matchedBy, type).toBe('code');
      const untyped = normalize(onfido, { status, body: errorBody(undefined, message) });
      // The message finds the entry; the code stays null, for Onfido did not send it.
      expect.soft(untyped.reason, type).toBe(entry?.reason);
      expect.soft(untyped.code, type).toBeNull();
      expect.soft(untyped.matchedBy, type).toBe('message');
    }
  });

  it('gives every status override an entry documented under it, reached by the status alone', () => {
    for (const [status, code] of Object.entries(ONFIDO_STATUSES)) {
      const entry = onfido.lookup(code);
      // 429 is the one override no source prints beside its type (see rules.ts).
      if (status !== '429') expect.soft(entry?.httpStatus, status).toBe(Number(status));
      const error = normalize(onfido, { status: Number(status), body: '' });
      expect.soft(error.reason, status).toBe(entry?.reason);
      expect.soft(error.matchedBy, status).toBe('status');
    }
  });

  const lists = [
    ['check:', unique([...CHECK_STATUSES, ...CHECK_RESULTS].map((s) => `check:${s}`))],
    [
      'report:',
      unique(
        [...REPORT_STATUSES, ...REPORT_RESULTS, ...REPORT_SUB_RESULTS].map((s) => `report:${s}`),
      ),
    ],
    ['workflow_run:', WORKFLOW_RUN_STATUSES.map((s) => `workflow_run:${s}`).sort()],
  ] as const;

  it.each(lists)('%s entries are exactly the documented ones', (prefix, documented) => {
    expect(codesWith(prefix).sort()).toEqual(documented);
  });

  it('reads as verdicts only the documented webhook events that announce a result', () => {
    const events = outcomeEntries.map((e) => e.code).filter((c) => c.includes('.'));
    expect(events.sort()).toEqual([
      'check.completed',
      'report.completed',
      'workflow_run.completed',
    ]);
    for (const e of events) expect(WEBHOOK_EVENTS).toContain(e);
  });

  it('lists exactly the documented webhook events', () => {
    expect(ONFIDO_EVENTS.map((e) => e.name)).toEqual(WEBHOOK_EVENTS);
  });

  it('has no entry outside the error types, the three namespaces and the three events', () => {
    const outside = entries.filter(
      (e) =>
        e.kind !== 'error' &&
        !lists.some(([prefix]) => e.code.startsWith(prefix)) &&
        !WEBHOOK_EVENTS.includes(e.code),
    );
    expect(outside).toEqual([]);
  });
});

// One table-driven check per direction over every entry; a failure names the code (expect.soft
// goes on to the next entry, so one run lists every code that fails).
describe('every catalog entry', () => {
  it('round-trips through normalize from its example body, and errorFor builds it', () => {
    for (const entry of errorEntries) {
      const code = entry.code as keyof typeof ERROR_EXAMPLES;
      const example = ERROR_EXAMPLES[code];
      const error = normalize(onfido, { ...example, body: JSON.stringify(example.body) });
      expectAdviceOf(error, onfido, entry, code);
      expect.soft(error.code, code).toBe(code);
      expect.soft(error.matchedBy, code).toBe('code');
      if (example.status !== undefined) expect.soft(error.httpStatus, code).toBe(example.status);

      const built = onfido.errorFor(code);
      expect.soft(built?.reason, `errorFor(${code})`).toBe(entry.reason);
      expect.soft(built?.code, `errorFor(${code})`).toBe(code);
    }
  });

  it('reads every status, result and event from a real-shaped body', () => {
    const bodiesFor = (code: string): unknown[] => {
      const [kind, value = ''] = code.split(/[:]/);
      if (code.includes('.')) {
        // The event decides; the object's status is what Onfido sends with it.
        return code === 'workflow_run.completed'
          ? [webhook(code, { status: undefined })]
          : [webhook(code, { status: 'complete' })];
      }
      if (kind === 'workflow_run') {
        const completed = ['approved', 'declined', 'review', 'abandoned', 'error'].includes(value);
        return completed
          ? [run(value), webhook('workflow_run.completed', { status: value })]
          : [run(value)];
      }
      if (kind === 'check') {
        if (CHECK_RESULTS.includes(value)) return [check('complete', value)];
        return [check(value)];
      }
      if (kind === 'report') {
        if (value === 'clear') return [report('complete', 'clear', 'clear')];
        if (value === 'consider' || value === 'unidentified') return [report('complete', value)];
        if (REPORT_SUB_RESULTS.includes(value)) return [report('complete', 'consider', value)];
        return [report(value)];
      }
      return [];
    };

    for (const entry of outcomeEntries) {
      const bodies = bodiesFor(entry.code);
      expect.soft(bodies.length, entry.code).toBeGreaterThan(0);
      for (const b of bodies) expectOutcomeOf(onfido, b, entry, entry.code);
    }
  });
});

describe('catalog hygiene', () => {
  it('writes reasons in UPPER_SNAKE_CASE and codes in the code grammar', () => {
    for (const e of entries) {
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (e.kind === 'error') expect(e.code).toMatch(/^[a-z][a-z0-9_]*$/);
      else expect(e.code).toMatch(/^[a-z_]+[:.][a-z_]+$/);
    }
  });

  it('is final only for a clear result and for a workflow run approved or declined', () => {
    const finals = outcomeEntries.filter((e) => e.final).map((e) => e.code);
    expect(finals.sort()).toEqual([
      'check:clear',
      'report:clear',
      'workflow_run:approved',
      'workflow_run:declined',
    ]);
  });

  it('overrides category advice only where a comment in codes.ts says why', () => {
    const overridden = overriddenCodes(errorEntries);
    expect(overridden).toEqual(['expired_token']);
  });

  it('overrides verdict advice only to ask the user, a person, the caller, or to fetch', () => {
    for (const e of outcomeEntries) {
      if (JSON.stringify(e.retry) === JSON.stringify(VERDICT_DEFAULTS[e.verdict])) continue;
      expect(['user-action', 'investigate', 'change-state', 'check-status'], e.code).toContain(
        e.retry.action,
      );
    }
  });
});

describe('message rules', () => {
  it('anchors every pattern and scopes it to the status its entry is documented under', () => {
    expectRulesAnchored(onfido, ONFIDO_MESSAGES, { scoped: true });
  });

  it('never lets a literal prefilter change an answer', () => {
    const texts = DOCUMENTED_MESSAGES.map(([, , m]) => m);
    expect(expectLiteralsKept(ONFIDO_MESSAGES, texts)).toBeGreaterThan(0);
  });
});

describe('ONFIDO_CATALOG', () => {
  it('is what the provider was built from, in order', () => {
    expect(onfido.catalog.map((e) => e.code)).toEqual(ONFIDO_CATALOG.map((e) => e.code));
  });
});
