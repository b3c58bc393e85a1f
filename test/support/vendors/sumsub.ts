import type { ScenarioTable } from '../emulator.js';
import { json, sequence } from '../responses.js';

// Sumsub as it answers: `{description, code, correlationId, errorCode?, errorName?}`, with
// `code` repeating the HTTP status; many errors carry no errorCode. No rate-limit headers.

const error = (status: number, description: string, extra: Record<string, unknown> = {}) =>
  json(status, { description, code: status, correlationId: 'req-5f2a9c1e7b', ...extra });

/** An applicant as Sumsub creates it (the fields that matter here). */
export const SUMSUB_APPLICANT = { id: '5b594ade0a975a36c9349e66', reviewStatus: 'init' } as const;

/** Sumsub's scenarios, served under `/sumsub/<name>`. */
export const SUMSUB = {
  ok: json(201, SUMSUB_APPLICANT),
  /** 429 with no header at all: Sumsub documents 5-second windows. */
  'rate-limited-then-ok': sequence([error(429, 'Too many requests')], json(201, SUMSUB_APPLICANT)),
  /** 401 for a bad request signature (X-App-Access-Sig). */
  'bad-signature': error(401, 'Request signature mismatch'),
  /** 409 with errorCode 1000: the document was already uploaded (a timed-out upload landed). */
  'duplicate-document': error(409, 'Duplicate document', {
    errorCode: 1000,
    errorName: 'duplicate-document',
  }),
} as const satisfies ScenarioTable;
