import { type CatalogEntry, normalize } from '@kyc-errors/core';
import type { ErrorEntry, OutcomeEntry } from '@kyc-errors/core/provider-kit';
import {
  DOCUSIGN_CATALOG,
  DOCUSIGN_EVENTS,
  DOCUSIGN_MESSAGES,
  DOCUSIGN_STATUSES,
  docusign,
} from '@kyc-errors/docusign';
import { describe, expect, it } from 'vitest';
import {
  expectAdviceOf,
  expectLiteralsKept,
  expectOutcomeOf,
  expectRulesAnchored,
  overriddenCodes,
} from '../../../test/support/catalog-checks.js';
import { ERROR_EXAMPLES, type ErrorReason, NOW } from './fixtures/errors.js';
import { connect, envelope, summary } from './fixtures/results.js';

// The documented lists, transcribed here apart from the catalog, so that an entry dropped
// from or mistyped in the catalog fails a test. Sources: the package README.

// TSE: the list of codes of "Troubleshooting for common errors", as read in a copy of
// 2026-06-18; the current page adds ANCHOR_TAG_PROCESSING_FAILURE and
// BURST_APIINVOCATION_LIMIT_EXCEEDED to it.
const TSE_CODES = [
  'ACCOUNT_LACKS_PERMISSIONS',
  'ACCOUNT_NOT_AUTHORIZED_FOR_ENVELOPE',
  'AUTHORIZATION_INVALID_TOKEN',
  'DOCUMENT_DOES_NOT_EXIST',
  'DOCUMENT_UPLOAD_NOT_ALLOWED',
  'EDIT_LOCK_ENVELOPE_ALREADY_LOCKED',
  'EDIT_LOCK_ENVELOPE_NOT_LOCKED',
  'ENVELOPE_ALLOWANCE_EXCEEDED',
  'ENVELOPE_CANNOT_VOID_INVALID_STATE',
  'ENVELOPE_DOES_NOT_EXIST',
  'ENVELOPE_INVALID_STATUS',
  'HOURLY_APIINVOCATION_LIMIT_EXCEEDED',
  'HOURLY_ENVELOPE_POLLING_LIMIT_EXCEEDED',
  'INVALID_CAPTIVE_RECIPIENT_OPERATION',
  'INVALID_EMAIL_ADDRESS_FOR_RECIPIENT',
  'INVALID_RECIPIENT_ID',
  'INVALID_REQUEST_PARAMETER',
  'ONESIGNALLSIGN_NOT_SATISFIED',
  'PARTNER_AUTHENTICATION_FAILED',
  'PAGE_IMAGE_NOT_FOUND',
  'PLAN_ITEM_NOT_ENABLED',
  'RECIPIENT_NOT_IN_SEQUENCE',
  'RESOURCE_NOT_FOUND',
  'SIGNATURE_PROVIDER_INVALID_NAME',
  'UNABLE_TO_LOAD_DOCUMENT',
  'UNKNOWN_ENVELOPE_RECIPIENT',
  'UNSUPPORTED_PDF_CONTENT',
  'USER_AUTHENTICATION_FAILED',
  'USER_DOES_NOT_BELONG_TO_SPECIFIED_ACCOUNT',
  'USER_DOES_NOT_EXIST_IN_SYSTEM',
  'USER_LACKS_MEMBERSHIP',
  'USER_LACKS_PERMISSIONS',
  'USER_NOT_ACCOUNT_ADMIN',
  'USER_NOT_ENVELOPE_SENDER_OR_RECIPIENT',
  'USER_NOT_FOUND',
  'ANCHOR_TAG_PROCESSING_FAILURE',
  'BURST_APIINVOCATION_LIMIT_EXCEEDED',
] as const;

// RL "Request limits" (spelt as RL spells them), and its two error responses: [code, message].
const RL_ERRORS = [
  ['Hourly_Envelope_Polling_Limit_Exceeded', undefined],
  ['Burst_Envelope_Polling_Limit_Exceeded', undefined],
  ['Hourly_APIInvocation_Envelope_Limit_Exceeded', undefined],
  ['Burst_APIInvocation_Envelope_Limit_Exceeded', undefined],
  ['UNSPECIFIED_ERROR', 'PDF validation failed'],
  ['API_REQUEST_IS_THROTTLED', 'GetDocument call blocked'],
] as const;

// OAS esignature.rest.swagger-v2.json examples: [code, message].
const OAS_ERRORS = [
  [
    'PARTNER_AUTHENTICATION_FAILED',
    'The specified Integrator Key was not found or is disabled. An Integrator key was not specified.',
  ],
  [
    'USER_ALREADY_EXISTS_IN_ACCOUNT',
    'Username and email combination already exists for this account.',
  ],
] as const;

// B-2026: the codes it names.
const B2026_CODES = [
  'DOCUMENT_LIMIT_EXCEEDED',
  'ENVELOPE_SEND_LIMIT_EXCEEDED',
  'RECIPIENT_LIMIT_EXCEEDED',
] as const;

// EC: the HTTP status table, with the category each stands for when no code says more.
const EC_STATUSES = [
  [400, 'validation'],
  [401, 'auth'],
  [403, 'auth'],
  [404, 'validation'],
  [405, 'validation'],
  [408, 'retryable'],
  [415, 'validation'],
  [429, 'rate-limit'],
  [444, 'rate-limit'],
  [500, 'retryable'],
] as const;

// ESC: envelope statuses. `template` is no envelope in signing: no verdict (see below).
const ESC_STATUSES = [
  'completed',
  'correct',
  'created',
  'declined',
  'deleted',
  'delivered',
  'sent',
  'signed',
  'template',
  'timedout',
  'voided',
] as const;
const NOT_A_VERDICT_STATUSES = ['template'] as const;

// SDK ConnectCustomConfiguration envelopeEvents and recipientEvents values, as JSON SIM names
// them (`<object>-<value in lower case>`, SIM).
const SDK_ENVELOPE_EVENTS = ['Sent', 'Delivered', 'Completed', 'Declined', 'Voided'] as const;
const SDK_RECIPIENT_EVENTS = [
  'Sent',
  'Delivered',
  'Completed',
  'Declined',
  'AuthenticationFailed',
  'AutoResponded',
] as const;

// SUP-EXP: the void reason of an expired envelope.
const EXPIRED_REASON = 'Envelope has expired.';

const entries = docusign.catalog;
const errorEntries = entries.filter((e): e is ErrorEntry => e.kind === 'error');
const outcomeEntries = entries.filter((e): e is OutcomeEntry => e.kind === 'outcome');
const documentedCodes = new Set<string>(
  [...TSE_CODES, ...RL_ERRORS.map(([c]) => c), ...OAS_ERRORS.map(([c]) => c), ...B2026_CODES].map(
    (c) => c.toUpperCase(),
  ),
);

describe('the documented error codes, both ways', () => {
  it('catalogues every documented code, and reads it as sent', () => {
    for (const code of documentedCodes) {
      expect.soft(docusign.lookup(code), code).toBeDefined();
    }
    for (const [code, message] of [...RL_ERRORS, ...OAS_ERRORS]) {
      const error = normalize(docusign, { status: 400, body: { errorCode: code, message } });
      expect.soft(error.code, code).toBe(code.toUpperCase());
      expect.soft(error.matchedBy, code).toBe('code');
    }
  });

  it('catalogues no code the documented lists do not hold', () => {
    for (const e of errorEntries) {
      if (e.native === false) continue;
      expect(documentedCodes.has(e.code), `${e.code} is in no documented list`).toBe(true);
    }
  });

  it('gives each documented message the entry it belongs to', () => {
    for (const [code, message] of [...RL_ERRORS, ...OAS_ERRORS]) {
      if (message === undefined) continue;
      expect.soft(docusign.lookup(code.toUpperCase(), message)?.vendorText, code).toBe(message);
    }
  });

  it('has one entry without a code, the 444, and only because EC documents none', () => {
    expect(errorEntries.filter((e) => e.native === false).map((e) => e.code)).toEqual([
      'REQUEST_BLOCKED_EXCESS_USAGE',
    ]);
  });
});

describe('the documented HTTP statuses', () => {
  it.each(EC_STATUSES)('%i without a body is %s', (status, category) => {
    const error = normalize(docusign, { status, body: '' });
    expect(error.category).toBe(category);
    expect(error.matchedBy).toBe('status');
  });

  it('overrides core only for the 444, which core does not know', () => {
    expect(Object.keys(DOCUSIGN_STATUSES)).toEqual(['444']);
  });
});

describe('the documented envelope statuses and events, both ways', () => {
  it('catalogues every envelope status but the template, and nothing else', () => {
    const statuses = [
      ...new Set(outcomeEntries.filter((e) => e.code.startsWith('envelope:')).map((e) => e.code)),
    ];
    const expected = ESC_STATUSES.filter(
      (s) => !(NOT_A_VERDICT_STATUSES as readonly string[]).includes(s),
    ).map((s) => `envelope:${s}`);
    expect(statuses.sort()).toEqual(expected.sort());
  });

  it('reads a template as no verdict at all', () => {
    expect(docusign.outcome(envelope('template')).isErr()).toBe(true);
  });

  it('catalogues as verdicts exactly the documented envelope events', () => {
    const events = [
      ...new Set(outcomeEntries.filter((e) => e.code.startsWith('envelope-')).map((e) => e.code)),
    ];
    expect(events.sort()).toEqual(
      SDK_ENVELOPE_EVENTS.map((s) => `envelope-${s.toLowerCase()}`).sort(),
    );
  });

  it('lists exactly the documented envelope and recipient events', () => {
    expect(DOCUSIGN_EVENTS.map((e) => e.name).sort()).toEqual(
      [
        ...SDK_ENVELOPE_EVENTS.map((s) => `envelope-${s.toLowerCase()}`),
        ...SDK_RECIPIENT_EVENTS.map((s) => `recipient-${s.toLowerCase()}`),
      ].sort(),
    );
  });

  it('tells an expiry from a void by the documented void reason, for the status and the event', () => {
    for (const code of ['envelope:voided', 'envelope-voided']) {
      expect(docusign.lookup(code, EXPIRED_REASON)?.reason).toBe('ENVELOPE_EXPIRED');
      expect(docusign.lookup(code)?.reason).toBe('ENVELOPE_VOIDED');
    }
  });
});

// One table-driven check per direction over every entry; a failure names the code.
describe('every catalog entry', () => {
  it('round-trips through normalize from its example failure, and errorFor builds it', () => {
    for (const entry of errorEntries) {
      const at = `${entry.code} (${entry.reason})`;
      const example = ERROR_EXAMPLES[entry.reason as ErrorReason];
      expect.soft(example, `no example for ${at}`).toBeDefined();
      if (example === undefined) continue;
      const error = normalize(docusign, example, { now: () => NOW });
      expectAdviceOf(error, docusign, entry, at);
      expect.soft(error.code, at).toBe(entry.native === false ? null : entry.code);

      const built = docusign.errorFor(entry.code, entry.vendorText);
      expect.soft(built?.reason, `errorFor ${at}`).toBe(entry.reason);
    }
  });

  it('reads every status and event from a real-shaped body', () => {
    for (const entry of outcomeEntries) {
      const text = entry.vendorText;
      const bodies = entry.code.startsWith('envelope:')
        ? [envelope(entry.code.slice('envelope:'.length), text)]
        : [
            connect(entry.code, summary('completed', text)),
            ...(text === undefined ? [connect(entry.code)] : []),
          ];
      for (const b of bodies) expectOutcomeOf(docusign, b, entry, `${entry.code} ${entry.reason}`);
    }
  });
});

describe('catalog hygiene', () => {
  it('writes reasons in UPPER_SNAKE_CASE and codes in the code grammar', () => {
    for (const e of entries) {
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (e.kind === 'error') expect(e.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      else expect(e.code).toMatch(/^envelope[:-][a-z]+$/);
    }
  });

  it('is final only for completed, declined, voided, expired and the two legacy endings', () => {
    const finals = [...new Set(outcomeEntries.filter((e) => e.final).map((e) => e.reason))];
    expect(finals.sort()).toEqual(
      [
        'ENVELOPE_COMPLETED',
        'ENVELOPE_DECLINED',
        'ENVELOPE_DELETED',
        'ENVELOPE_EXPIRED',
        'ENVELOPE_TIMED_OUT',
        'ENVELOPE_VOIDED',
      ].sort(),
    );
  });

  it('overrides category advice only where a comment in codes.ts says why', () => {
    const overridden = overriddenCodes(errorEntries);
    expect(overridden).toEqual(
      [
        'AUTHORIZATION_INVALID_TOKEN',
        'BURST_APIINVOCATION_ENVELOPE_LIMIT_EXCEEDED',
        'BURST_APIINVOCATION_LIMIT_EXCEEDED',
        'BURST_ENVELOPE_POLLING_LIMIT_EXCEEDED',
        'HOURLY_APIINVOCATION_ENVELOPE_LIMIT_EXCEEDED',
        'HOURLY_ENVELOPE_POLLING_LIMIT_EXCEEDED',
      ].sort(),
    );
  });

  it('keeps the status and the event of one outcome in step', () => {
    const pairs = outcomeEntries.filter((e) => e.code.startsWith('envelope-'));
    for (const event of pairs) {
      const status = docusign.lookup(event.code.replace('-', ':'), event.vendorText) as
        | CatalogEntry
        | undefined;
      expect.soft(status?.kind === 'outcome' && status.verdict, event.code).toBe(event.verdict);
      expect.soft(status?.kind === 'outcome' && status.final, event.code).toBe(event.final);
      expect.soft(status?.reason, event.code).toBe(event.reason);
    }
  });
});

describe('message rules', () => {
  it('anchors every pattern and names an error entry', () => {
    expectRulesAnchored(docusign, DOCUSIGN_MESSAGES, { scoped: false });
  });

  it('never lets a literal prefilter change an answer', () => {
    const texts = DOCUSIGN_CATALOG.flatMap((e) =>
      e.kind === 'error' && 'vendorText' in e ? [e.vendorText] : [],
    );
    const all = [
      ...texts,
      'The maximum number of hourly API invocations has been exceeded. The hourly limit is 3000.',
    ];
    expect(expectLiteralsKept(DOCUSIGN_MESSAGES, all)).toBeGreaterThan(0);
  });
});

describe('DOCUSIGN_CATALOG', () => {
  it('is what the provider was built from, in order', () => {
    expect(docusign.catalog.map((e) => e.code)).toEqual(DOCUSIGN_CATALOG.map((e) => e.code));
  });
});
