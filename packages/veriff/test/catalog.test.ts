import type { CatalogEntry } from '@kyc-errors/core';
import { normalize } from '@kyc-errors/core';
import { VERIFF_CATALOG, VERIFF_MESSAGES, VERIFF_STATUSES, veriff } from '@kyc-errors/veriff';
import { describe, expect, it } from 'vitest';

// The tables below are transcribed from Veriff's pages, one list per source, and checked
// against the catalog in both directions: every documented code is catalogued with its text,
// and every catalog entry is documented somewhere below.

// https://devdocs.veriff.com/docs/some-troubleshooting-codes-table, "Some troubleshooting codes (table)"
const TROUBLESHOOTING: Readonly<Record<string, string>> = {
  '1001': 'Query ID must be between 20 and 40 symbols.',
  '1002': 'Query ID must be a valid UUID V4',
  '1003': 'Query ID must be unique, it has already been used.',
  '1102': 'Mandatory parameters are missing from the request.',
  '1104': 'Request includes invalid parameters.',
  '1201': 'Invalid timestamp. Timestamp must not be older than one hour.',
  '1202': 'Timestamp format is incorrect. YYYY-MM-DDTHH:MM:S+Timezone Offset|Z or UTC.',
  '1203': 'Invalid ISO 8601 date. Date needs to be in format YYYY-MM-DD.',
  '1301': 'Requested features are not supported.',
  '1302': 'Only HTTPS return URLs are allowed.',
  '1303': 'Invalid status.',
  '1304': 'Cannot transition to "$STATUS" status.',
  '1308': 'ID number is missing.',
  '1309': 'SSN validation requires person firstName + lastName OR fullName to be provided.',
  '1310': 'SSN validation requires person.dateOfBirth or address data to be provided.',
  '1400': 'Image data not found.',
  '1401': 'Image is not in valid base64.',
  '1402': 'Image context is not supported.',
  '1403': 'Image property is missing.',
  '1500':
    "vendorData field cannot be more than 1000 symbols. We require only non-semantic data to be submitted (UUID-s etc., that can not be resolved or used outside the customer's domain)",
  '1501':
    "vendorData must be a string. We require only non-semantic data to be submitted (UUID-s etc., that can not be resolved or used outside the customer's domain)",
  '1815': 'Could not authenticate request.',
};

// The same table's longer wordings of two credential codes, which must reach the same entries.
const TROUBLESHOOTING_VARIANTS: Readonly<Record<string, string>> = {
  '1804':
    'Integration with API key is not active. This error occurs when your integration has been deactivated.',
  '1818': 'Signature does not match the hmac-sha256 of query id and integration api secret.',
};

// https://devdocs.veriff.com/docs/credentials-and-authorization-codes-table, "Credentials and authorization codes (table)"
const CREDENTIALS: Readonly<Record<string, string>> = {
  '1801': 'Mandatory X-AUTH-CLIENT header containing the API key is missing from the request',
  '1802': 'API key is not a valid UUID',
  '1803': 'Integration with the API key was not found',
  '1804': 'Integration with the API key is not active',
  '1812': 'Signature is not a valid SHA256 hash',
  '1813': 'Signature does not match the SHA256 hash of query ID and integration API secret',
  '1814': 'Signature does not match the SHA256 hash of request body and integration API secret',
  '1818': 'Signature does not match the HMAC-SHA256 of query ID and integration API secret',
  '1819': 'Signature does not match the HMAC-SHA256 of request body and integration API secret',
};

// Not on a stored Veriff page: two independent third-party clients' error maps (README, T1/T2).
const THIRD_PARTY: Readonly<Record<string, string>> = {
  '2003': 'Date of birth is not a valid date.',
  '2101': 'Document number has to be between 6 and 9 characters.',
  '2102': 'Document number may contain only characters and numbers A-Z, 0-9.',
  '2103': 'Document type is not supported.',
  '2104': 'Document from provided country is not supported.',
};

// https://devdocs.veriff.com/apidocs/v1sessionsid-2 "Responses" and "Implementation notes" (409);
// https://devdocs.veriff.com/apidocs/v1sessionsidattempts-1 "Responses"
const HTTP_RESPONSES: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  404: 'Session not found',
  409: 'conflict',
  500: 'Internal server error',
};

// https://devdocs.veriff.com/docs/verification-session-status-codes-table, "Verification
// session status codes (table)"; 7007 from https://devdocs.veriff.com/docs/end-user-flow-events-table
const SESSION_STATUSES: readonly (readonly [status: string, code: string])[] = [
  ['started', '7001'],
  ['submitted', '7002'],
  ['waiting_complete', '7007'],
  ['approved', '9001'],
  ['declined', '9102'],
  ['resubmission_requested', '9103'],
  ['expired', '9104'],
  ['abandoned', '9104'],
  ['review', '9121'],
];

// https://devdocs.veriff.com/docs/verification-session-decision-codes-table, "Session decision:
// declined", and https://devdocs.veriff.com/docs/granular-reason-codes, "Verification decision:
// declined" (107, 126 and the 5xx only in the granular table; 129 only in the 2025-09 short table).
const DECLINED: Readonly<Record<string, string>> = {
  '101': 'Physical document not used',
  '102': 'Suspected document tampering',
  '103': 'Person showing the document does not appear to match document photo',
  '104': 'Name entered does not match name on document',
  '105': 'Suspicious behaviour',
  '106': 'Known fraud',
  '107': 'Velocity/abuse',
  '108': 'Velocity/abuse duplicated end-user',
  '109': 'Velocity/abuse duplicated device',
  '110': 'Velocity/abuse duplicated ID',
  '111': 'Session fraudulently accessed',
  '112': 'Restricted IP location',
  '113': 'Suspicious behaviour - Identity Farming',
  '120': 'Person on the portrait does not appear to match reference photo',
  '121': 'User ID missing',
  '122': 'No reference found',
  '123': 'Unable to pass registry checks',
  '124': 'Face already exists in the face collection',
  '126': 'Potential PEP match',
  '127': 'Face match with blocklist',
  '128': 'End User ID mismatch',
  '129': 'Invalid workflow',
  '501': 'High probability of fraudulent attempt',
  '502': 'Multiple parties present in session',
  '503': 'Attempted deceit',
  '504': 'Attempted deceit, device screen used',
  '505': 'Attempted deceit, printout used',
  '506': 'Presented document tampered',
  '507': 'Presented document tampered, data cross reference',
  '508': 'Presented document tampered, document similarity to specimen',
  '509': 'Person showing the document does not match document photo',
  '510': 'Presented document type not supported',
  '511': 'Presented document expired',
  '515': 'Attempted deceit, device screen used for face image',
  '526': 'Attempted deceit, photos streamed',
  '527': 'Unable to collect proof of address data',
  '528': 'Proof of address issue date too old',
  '530': 'Person is under 13 years old',
  '531': 'Person is under 14 years old',
  '532': 'Person is under 16 years old',
  '533': 'Person is under 18 years old',
  '534': 'Person is under 20 years old',
  '535': 'Person is under 21 years old',
  '536': 'Person is under 25 years old',
  '537': 'Unable to perform document media portrait cropping',
  '539': 'Resubmission limit exceeded',
};

// https://devdocs.veriff.com/docs/verification-session-decision-codes-table, "Session decision:
// resubmission_requested" (202, 203, 208, 209 from its 2025-09 version).
const RESUBMISSION: Readonly<Record<string, string>> = {
  '201': 'Video and/or photos missing',
  '202': 'Face not clearly visible',
  '203': 'Full document not visible',
  '204': 'Poor image quality',
  '205': 'Document damaged',
  '206': 'Document type not supported',
  '207': 'Document expired',
  '208': 'Selfie missing',
  '209': 'Document photo missing',
};

const API_ERRORS = { ...TROUBLESHOOTING, ...CREDENTIALS, ...THIRD_PARTY };
const key = (code: string, text: string | undefined): string => `${code}\u0000${text ?? ''}`;

const DOCUMENTED: ReadonlySet<string> = new Set([
  ...Object.entries(API_ERRORS).map(([c, t]) => key(c, t)),
  ...Object.entries(HTTP_RESPONSES).map(([s, t]) => key(VERIFF_STATUSES[Number(s) as 400], t)),
  ...SESSION_STATUSES.map(([t, c]) => key(c, t)),
  ...Object.entries(DECLINED).map(([c, t]) => key(c, t)),
  ...Object.entries(RESUBMISSION).map(([c, t]) => key(c, t)),
]);

const entry = (code: string, text?: string): CatalogEntry | undefined =>
  veriff.entries(code).find((e) => text === undefined || e.vendorText === text);

describe('the catalog against the documented tables', () => {
  // One table-driven check per table; a failure names the code (expect.soft goes on to the
  // next row, so one run lists every code that fails).
  it('catalogues every API error with its text', () => {
    for (const [code, text] of Object.entries(API_ERRORS)) {
      const e = entry(code);
      expect.soft(e?.kind, `API error ${code}`).toBe('error');
      expect.soft(e?.vendorText, `API error ${code}`).toBe(text);
      expect.soft(e?.native, `API error ${code}`).toBeUndefined();
    }
  });

  it('catalogues every HTTP failure without a code', () => {
    for (const [status, text] of Object.entries(HTTP_RESPONSES)) {
      const e = entry(VERIFF_STATUSES[Number(status) as keyof typeof VERIFF_STATUSES]);
      expect
        .soft(e, `HTTP ${status}`)
        .toMatchObject({ kind: 'error', native: false, httpStatus: Number(status) });
      expect.soft(e?.vendorText, `HTTP ${status}`).toBe(text);
    }
  });

  it('catalogues every session status as an outcome', () => {
    for (const [status, code] of SESSION_STATUSES)
      expect.soft(entry(code, status)?.kind, `status ${status} as ${code}`).toBe('outcome');
  });

  it('catalogues every decline reason as a final rejection', () => {
    for (const [code, text] of Object.entries(DECLINED)) {
      expect.soft(entry(code), `decline reason ${code}`).toMatchObject({
        kind: 'outcome',
        verdict: 'rejected',
        final: true,
        vendorText: text,
      });
    }
  });

  it('catalogues every resubmission reason as a rejection the user fixes in the same session', () => {
    for (const [code, text] of Object.entries(RESUBMISSION)) {
      expect.soft(entry(code), `resubmission reason ${code}`).toMatchObject({
        kind: 'outcome',
        verdict: 'rejected',
        final: false,
        vendorText: text,
        retry: { retryable: false, action: 'user-action' },
      });
    }
  });

  it('lists nothing that is not documented', () => {
    const extra = VERIFF_CATALOG.filter((e) => !DOCUMENTED.has(key(e.code, e.vendorText)));
    expect(extra.map((e) => e.code)).toEqual([]);
    expect(VERIFF_CATALOG).toHaveLength(DOCUMENTED.size);
  });

  it('counts 36 API errors, 5 HTTP failures, 9 statuses, 46 decline and 9 resubmission reasons', () => {
    expect(Object.keys(API_ERRORS)).toHaveLength(36);
    expect(Object.keys(HTTP_RESPONSES)).toHaveLength(5);
    expect(SESSION_STATUSES).toHaveLength(9);
    expect(Object.keys(DECLINED)).toHaveLength(46);
    expect(Object.keys(RESUBMISSION)).toHaveLength(9);
    expect(VERIFF_CATALOG).toHaveLength(105);
  });

  it('keeps the decline and resubmission tables apart (no shared code)', () => {
    const shared = Object.keys(DECLINED).filter((c) => Object.hasOwn(RESUBMISSION, c));
    expect(shared).toEqual([]);
  });

  it('keeps every entry unique by code and vendor text', () => {
    const keys = VERIFF_CATALOG.map((e) => key(e.code, e.vendorText));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('tells 9104 expired and abandoned apart by the status text', () => {
    expect(veriff.lookup('9104', 'expired')?.reason).toBe('SESSION_EXPIRED');
    expect(veriff.lookup('9104', 'abandoned')?.reason).toBe('SESSION_ABANDONED');
  });
});

describe('entries are written in our own words', () => {
  it('every entry', () => {
    for (const e of VERIFF_CATALOG) {
      const at = `${e.code} (${e.vendorText})`;
      expect.soft(e.message, at).not.toBe(e.vendorText);
      expect.soft(e.remedy, at).not.toBe(e.vendorText);
      expect.soft(e.message.length, at).toBeGreaterThan(10);
      expect.soft(e.remedy.length, at).toBeGreaterThan(10);
      expect.soft(e.reason, at).toMatch(/^[A-Z][A-Z0-9_]+$/);
    }
  });
});

describe('documented messages', () => {
  const errors = VERIFF_CATALOG.filter((e) => e.kind === 'error' && /^\d+$/.test(e.code));

  it('has one rule per API error', () => {
    expect(VERIFF_MESSAGES.map((r) => r.code)).toEqual(errors.map((e) => e.code));
  });

  it('finds every API error and troubleshooting variant by its text alone', () => {
    for (const [code, text] of [
      ...Object.entries(API_ERRORS),
      ...Object.entries(TROUBLESHOOTING_VARIANTS),
    ]) {
      const at = `${code} "${text}"`;
      const error = normalize(veriff, { status: 400, body: { status: 'fail', message: text } });
      expect.soft(error.code, at).toBeNull();
      expect.soft(error.matchedBy, at).toBe('message');
      expect.soft(entry(code), at).toBeDefined();
      expect.soft(error.reason, at).toBe(entry(code)?.reason);
    }
  });

  it('fills the $STATUS placeholder of 1304 with any status name', () => {
    const error = normalize(veriff, {
      status: 400,
      body: { status: 'fail', message: 'Cannot transition to "submitted" status.' },
    });
    expect(error.reason).toBe('INVALID_STATUS_TRANSITION');
  });

  it('never lets a literal prefilter exclude a text its pattern matches', () => {
    for (const rule of VERIFF_MESSAGES) {
      const text = [...Object.entries(API_ERRORS), ...Object.entries(TROUBLESHOOTING_VARIANTS)]
        .filter(([c]) => c === rule.code)
        .map(([, t]) => t);
      for (const t of text) {
        expect(rule.pattern.test(t)).toBe(true);
        for (const literal of rule.literals ?? []) expect(t.toLowerCase()).toContain(literal);
      }
    }
  });
});

// That VERIFF_CODE and every message pattern are linear-time is proven by
// scripts/check-redos.mjs (recheck, on the built packages, in `pnpm check`).
describe('message patterns', () => {
  it('anchors every message pattern at the start', () => {
    for (const rule of VERIFF_MESSAGES) expect(rule.pattern.source.startsWith('^')).toBe(true);
  });
});
