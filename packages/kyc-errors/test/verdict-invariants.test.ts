import fc from 'fast-check';
import { type Outcome, type Provider, providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';

// Issue 22, item 1: verdicts fail closed, for every vendor of the one list. A verdict is
// `approved` only when a documented approval code says so; a fallback (a code the catalog
// lacks, or none) is never approved and never final; `final: true` never comes with advice to
// wait for a result.

const vendors: readonly Provider[] = Object.values(providers);
const FALLBACK_REASONS = new Set(['UNDOCUMENTED_RESULT', 'NO_RESULT_YET']);

/** Every code of every catalog: each vendor is handed the others' codes too. */
const CATALOG_CODES = [...new Set(vendors.flatMap((p) => p.catalog.map((e) => e.code)))];
/** Every documented event name, which some vendors send where a code goes. */
const EVENT_NAMES = [...new Set(vendors.flatMap((p) => p.events.map((e) => e.name)))];

const code = fc.oneof(
  { arbitrary: fc.constantFrom(...CATALOG_CODES), weight: 4 },
  // Codes in the vendors' grammars that no catalog holds.
  fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
  fc.constantFrom('0811', '0812', '0899', '7003', '9999', 'CANCELLED', 'RESUBMITTED', 'resumed'),
  fc.constantFrom(...EVENT_NAMES),
  fc.string({ maxLength: 12 }),
);
const text = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    'Failed Enroll Machine Judgement - FAIL - Compare Rejected',
    'Machine Judgement - Pure Provisional',
    'Enroll User',
    'Verification successful',
    'approved',
    'declined',
  ),
  fc.string({ maxLength: 20 }),
);
const action = fc.constantFrom(
  'Passed',
  'Approved',
  'Verified',
  'Returned',
  'Completed',
  'Failed',
  'Rejected',
  'Not Verified',
  'Not Applicable',
  'Under Review',
  'Sent to Human Review',
  'Issuer Unavailable',
  'ID Authority Photo Not Available',
  'Not Done',
  'Provisionally Approved',
  'Unable To Determine',
);
const flag = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'), fc.constant(undefined));
const actions = fc.dictionary(
  fc.constantFrom(
    'Liveness_Check',
    'Selfie_To_ID_Card_Compare',
    'Human_Review_Compare',
    'Verify_ID_Number',
  ),
  action,
);

/** Result and webhook bodies of every vendor's documented shapes, with codes drawn above. */
const bodies = fc.oneof(
  // Smile ID v1 callback and job_status.
  fc
    .record({ code, text, actions, final: flag, job: fc.boolean() })
    .map(({ code, text, actions, final, job }) => ({
      ResultCode: code,
      ...(text === undefined ? {} : { ResultText: text }),
      ...(job
        ? { SmileJobID: '0000000001', PartnerParams: { job_id: 'j', user_id: 'u', job_type: 1 } }
        : {}),
      Actions: actions,
      ...(final === undefined ? {} : { IsFinalResult: final }),
    })),
  fc
    .record({
      complete: fc.boolean(),
      success: fc.option(fc.boolean(), { nil: undefined }),
      code: fc.option(code, { nil: undefined }),
      actions,
    })
    .map(({ complete, success, code, actions }) => ({
      job_complete: complete,
      ...(success === undefined ? {} : { job_success: success }),
      code: '2302',
      result: { ...(code === undefined ? {} : { ResultCode: code }), Actions: actions },
    })),
  // Smile ID v3 result.
  fc.record({ status: code, reason: fc.option(code, { nil: null }), message: text }),
  // iDenfy webhook and status answer.
  fc.record({
    final: fc.boolean(),
    status: fc.record({
      overall: code,
      autoDocument: fc.constantFrom('DOC_VALIDATED', 'DOC_NOT_FOUND', null),
      autoFace: fc.constantFrom('FACE_MATCH', 'FACE_MISMATCH', null),
    }),
  }),
  fc.record({
    status: code,
    final: fc.boolean(),
    autoDocument: fc.constant('DOC_VALIDATED'),
    autoFace: fc.constant('FACE_MATCH'),
  }),
  // Sumsub status answer and webhooks.
  fc.record(
    {
      type: fc.oneof(code, fc.constantFrom('applicantReviewed', 'applicantActivated')),
      reviewStatus: fc.oneof(code, fc.constant('completed')),
      reviewResult: fc.record({
        reviewAnswer: fc.oneof(code, fc.constantFrom('GREEN', 'RED')),
        reviewRejectType: fc.constantFrom('RETRY', 'FINAL', 'OTHER'),
      }),
    },
    { requiredKeys: ['reviewStatus'] },
  ),
  // Veriff decision, event, screening and Full Auto webhooks.
  fc.record({
    status: fc.constant('success'),
    verification: fc.record(
      { code: fc.oneof(code, fc.integer({ min: 0, max: 9999 })), status: code, reasonCode: code },
      { requiredKeys: [] },
    ),
  }),
  fc.record(
    { action: code, code: fc.oneof(code, fc.integer({ min: 7000, max: 9999 })) },
    { requiredKeys: ['action'] },
  ),
  fc.record({ matchStatus: code }),
  fc.record({
    data: fc.record({
      verification: fc.record(
        { decisionScore: fc.double(), status: code },
        { requiredKeys: ['decisionScore'] },
      ),
    }),
  }),
  // Persona resources and webhooks.
  fc.record({
    data: fc.record({
      type: fc.constantFrom('inquiry', 'verification/selfie'),
      attributes: fc.record({ status: code }),
    }),
  }),
  fc.record({ name: code, status: code }).map(({ name, status }) => ({
    data: {
      type: 'event',
      attributes: { name, payload: { data: { type: 'inquiry', attributes: { status } } } },
    },
  })),
);

/** The documented entry an outcome rests on, if its code has one with this verdict. */
function documented(p: Provider, o: Outcome) {
  if (o.code === null) return undefined;
  return p.entries(o.code).find((e) => e.kind === 'outcome' && e.verdict === o.verdict);
}

function expectFailsClosed(p: Provider, o: Outcome, at: string): void {
  if (o.final)
    expect(o.retry.action, `${at}: final yet wait-for-result`).not.toBe('wait-for-result');
  if (FALLBACK_REASONS.has(o.reason)) {
    expect(o.verdict, `${at}: approved from a fallback`).not.toBe('approved');
    expect(o.final, `${at}: a fallback is final`).toBe(false);
  }
  if (o.verdict === 'approved' || (o.verdict === 'rejected' && o.final)) {
    expect(documented(p, o), `${at}: ${o.verdict} without a documented code`).toBeDefined();
  }
}

describe.each(vendors.map((p) => [p.id, p] as const))('%s: verdicts fail closed', (_, p) => {
  it('no catalog verdict is final and says wait for the result', () => {
    const contradictions = p.catalog
      .filter((e) => e.kind === 'outcome' && e.final && e.retry.action === 'wait-for-result')
      .map((e) => e.code);
    expect(contradictions).toEqual([]);
  });

  it('outcome() and webhook(): never approved or finally rejected without a documented code, never final while waiting (fast-check)', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        const at = JSON.stringify(body);
        const o = p.outcome(body);
        if (o.isOk()) expectFailsClosed(p, o.value, at);
        const w = p.webhook(body);
        if (w.isOk() && w.value.kind !== 'event') expectFailsClosed(p, w.value, at);
        if (w.isOk() && w.value.kind === 'event') {
          // An event is no verdict: nothing of one leaks into it.
          expect(w.value, at).not.toHaveProperty('verdict');
          if (!w.value.known) expect(w.value.name, at).toBeNull();
        }
      }),
      { numRuns: 600 },
    );
  });
});
