import { type CatalogEntry, normalize } from '@kyc-errors/core';
import type { ErrorEntry, OutcomeEntry } from '@kyc-errors/core/provider-kit';
import { SUMSUB_CATALOG, SUMSUB_MESSAGES, SUMSUB_STATUSES, sumsub } from '@kyc-errors/sumsub';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectAdviceOf,
  expectOutcomeOf,
  overriddenCodes,
} from '../../../test/support/catalog-checks.js';
import { SUMSUB_CODE } from '../src/rules.js';
import { errorBody } from './fixtures/errors.js';
import { statusAnswer, webhook } from './fixtures/webhooks.js';

// Sumsub's documented tables, transcribed here apart from the catalog so that an entry
// dropped from or mistyped in the catalog fails a test, and so does an entry no table holds.

// https://docs.sumsub.com/reference/error-codes-description, "Upload errors":
// errorCode, errorName, the HTTP status ("universal errorCode").
const DOCUMENTED_UPLOAD_ERRORS = [
  ['1000', 'duplicate-document', 409],
  ['1001', 'too-many-documents', 400],
  ['1002', 'file-too-big', 400],
  ['1003', 'empty-file', 400],
  ['1004', 'corrupted-file', 400],
  ['1005', 'unsupported-file-format', 400],
  ['1006', 'no-upload-verification-in-progress', 409],
  ['1007', 'incorrect-file-size', 409],
  ['1008', 'applicant-marked-as-deleted', 409],
  ['1009', 'applicant-with-final-reject', 409],
  ['1010', 'doc-type-not-in-req-docs', 409],
  ['1011', 'encrypted-file', 400],
] as const;

// App-token errors: not on a reachable Sumsub page. 4000, 4002, 4003 from third-party notes
// citing docs.sumsub.com/reference/error-codes (T1, T2); 4004 from the table row quoted in
// https://github.com/SumSubstance/AppTokenUsageExamples/issues/20 (no status given there).
const DOCUMENTED_AUTH_ERRORS = [
  ['4000', 'app-token-invalid-format', 401],
  ['4002', 'app-token-private-part-mismatch', 401],
  ['4003', 'app-token-signature-mismatch', 401],
  ['4004', 'app-token-request-expired', undefined],
] as const;

// https://docs.sumsub.com/reference/error-codes, table "Code / Description" (no 9106 there).
const DOCUMENTED_CHECK_ERRORS = [
  ['9100', 'Invalid data provided. Check correctness and try again.'],
  ['9101', 'You cannot be verified with this method at the moment.'],
  ['9102', 'The source that we rely on is not available at the moment.'],
  ['9103', 'The source is experiencing difficulties at the moment.'],
  ['9104', 'Insufficient data in the source.'],
  ['9105', 'Max number of attempts exceeded.'],
  ['9107', 'Violations of mismatches found.'],
] as const;

// github.com/SUMSUB/agent-skills @ 070922aeec263c846852ab27c368ef0688296724,
// skills/sumsub-integrate-id-connect/SKILL.md, "Reuse error codes": all HTTP 400 (no 10520).
const DOCUMENTED_REUSE_ERRORS = [
  ['10501', 'not-in-partners-list'],
  ['10502', 'invalid-partner-id'],
  ['10503', 'invalid-share-token'],
  ['10504', 'non-suitable-share-token'],
  ['10505', 'reusable-kyc-disabled'],
  ['10506', 'reusable-kyc-not-reusable'],
  ['10507', 'reusable-kyc-not-approved-applicant'],
  ['10508', 'reusable-kyc-not-active-applicant'],
  ['10509', 'reusable-kyc-not-kyc-moderation-type'],
  ['10510', 'reusable-kyc-not-selfie-or-identity-doc'],
  ['10511', 'reusable-kyc-not-selfie-liveness'],
  ['10512', 'reusable-kyc-not-req-doc-overlap'],
  ['10513', 'reusable-kyc-not-compatible-doc-type'],
  ['10514', 'reusable-kyc-not-actual-poi-date'],
  ['10515', 'reusable-kyc-not-actual-poa-date'],
  ['10516', 'reusable-kyc-not-acceptable-age'],
  ['10517', 'reusable-kyc-incompatible-capture-settings'],
  ['10518', 'reusable-kyc-email-mismatch'],
  ['10519', 'reusable-kyc-phone-mismatch'],
  ['10521', 'reusable-kyc-inactive-sumsub-id-account'],
] as const;

// `description` texts of failures without an errorCode: status, text, where it is shown.
const DOCUMENTED_MESSAGES = [
  [401, 'Invalid signature', 'agent-skills sumsub-api-auth/references/signing-pitfalls.md'],
  [401, 'Request signature mismatch', 'AppTokenUsageExamples issue 25'],
  [401, 'Token expired', 'agent-skills sumsub-api-auth/references/signing-pitfalls.md'],
  [401, 'Unauthorized', 'agent-skills sumsub-check-permissions/SKILL.md'],
  [
    403,
    'Advanced cross-check presets cannot be managed via API',
    'agent-skills sumsub-create-cross-check-preset/SKILL.md',
  ],
  [404, 'Applicant not found', 'third-party client code (T2)'],
  [409, 'Entity already exists', 'agent-skills sumsub-create-transaction/transaction-schema.md'],
  // weak: integrators' quotes of the create-applicant 409 (issue 22); ids are placeholders.
  [
    409,
    "Applicant with external user id '{externalUserId}' already exists: {applicantId}",
    'integrators, issue 22',
  ],
  [401, 'Token is invalid', 'agent-skills sumsub-integrate-id-connect/SKILL.md'],
  [404, 'Invalid clientId: client_id', 'agent-skills id-connect scopes-and-claims.md'],
  [401, 'Invalid code', 'agent-skills id-connect scopes-and-claims.md'],
  [401, 'Client authentication failed', 'agent-skills id-connect scopes-and-claims.md'],
  [400, 'Invalid redirect uri', 'agent-skills id-connect scopes-and-claims.md'],
] as const;

// Statuses Sumsub (or its own repositories) give a meaning without any text: S2 "standard
// HTTP status codes" and the 429 note; agent-skills level-schema.md "401 / 403 with no body".
const DOCUMENTED_STATUSES = [400, 401, 403, 404, 409, 429, 500] as const;

// https://docs.sumsub.com/reference/get-applicant-review-status, "Possible review statuses",
// and https://docs.sumsub.com/docs/applicant-statuses (awaitingService, awaitingUser).
const DOCUMENTED_REVIEW_STATUSES = [
  'init',
  'pending',
  'prechecked',
  'queued',
  'completed',
  'onHold',
  'awaitingService',
  'awaitingUser',
] as const;

// https://docs.sumsub.com/docs/receive-and-interpret-results-via-api: reviewAnswer and, with
// RED, reviewRejectType. Catalogued as GREEN, RED_RETRY, RED_FINAL and RED (no type sent).
const DOCUMENTED_ANSWERS = [
  ['GREEN', undefined, 'GREEN'],
  ['RED', 'RETRY', 'RED_RETRY'],
  ['RED', 'FINAL', 'RED_FINAL'],
  ['RED', undefined, 'RED'],
] as const;

// github.com/SUMSUB/agent-skills @ 070922aeec263c846852ab27c368ef0688296724,
// skills/sumsub-create-workflow/references/workflow-expressions.md, "Elements of
// applicant.review.rejectLabels": the whole enum (102 values). Beside each, the rejection
// type the label is shown with on https://docs.sumsub.com/reference/temporary-rejection
// (RETRY) or https://docs.sumsub.com/reference/final-rejection (FINAL); null when neither.
const DOCUMENTED_LABELS = [
  ['FORGERY', 'FINAL'],
  ['CRIMINAL', 'FINAL'],
  ['DOCUMENT_TEMPLATE', null],
  ['LOW_QUALITY', null],
  ['SPAM', 'FINAL'],
  ['NOT_DOCUMENT', null],
  ['SELFIE_MISMATCH', null],
  ['ID_INVALID', null],
  ['DOCUMENT_DEPRIVED', null],
  ['FOREIGNER', null],
  ['DUPLICATE', null],
  ['BAD_AVATAR', null],
  ['WRONG_USER_REGION', 'FINAL'],
  ['WRONG_ADDRESS', 'RETRY'],
  ['INCOMPLETE_DOCUMENT', 'RETRY'],
  ['BLACKLIST', null],
  ['BLOCKLIST', null],
  ['OTHER', null],
  ['UNSATISFACTORY_PHOTOS', 'RETRY'],
  ['GRAPHIC_EDITOR', 'RETRY'],
  ['DOCUMENT_PAGE_MISSING', 'RETRY'],
  ['DOCUMENT_DAMAGED', null],
  ['DIGITAL_DOCUMENT', null],
  ['REGULATIONS_VIOLATIONS', null],
  ['INCONSISTENT_PROFILE', 'FINAL'],
  ['PROBLEMATIC_APPLICANT_DATA', 'FINAL'],
  ['GPS_AS_POA_SKIPPED', null],
  ['ADDITIONAL_DOCUMENT_REQUIRED', null],
  ['MORE_DOCUMENTS_REQUIRED', null],
  ['AGE_REQUIREMENT_MISMATCH', null],
  ['REQUESTED_DATA_MISMATCH', null],
  ['EXPERIENCE_REQUIREMENT_MISMATCH', null],
  ['COMPROMISED_PERSONS', 'FINAL'],
  ['PEP', 'FINAL'],
  ['ADVERSE_MEDIA', 'FINAL'],
  ['FRAUDULENT_PATTERNS', null],
  ['STOLEN_DOCS', null],
  ['SANCTIONS', 'FINAL'],
  ['NOT_ALL_CHECKS_COMPLETED', null],
  ['FRONT_SIDE_MISSING', null],
  ['BACK_SIDE_MISSING', null],
  ['SCREENSHOTS', 'RETRY'],
  ['BLACK_AND_WHITE', 'RETRY'],
  ['INCOMPATIBLE_LANGUAGE', null],
  ['EXPIRATION_DATE', null],
  ['UNFILLED_ID', null],
  ['BAD_SELFIE', null],
  ['BAD_VIDEO_SELFIE', null],
  ['BAD_FACE_MATCHING', null],
  ['BAD_PROOF_OF_IDENTITY', null],
  ['BAD_PROOF_OF_ADDRESS', null],
  ['BAD_PROOF_OF_PAYMENT', 'both'],
  ['SELFIE_WITH_PAPER', null],
  ['FRAUDULENT_LIVENESS', null],
  ['EXTERNAL_DECISION_REJECTION', 'FINAL'],
  ['OK', null],
  ['COMPANY_NOT_DEFINED_STRUCTURE', null],
  ['COMPANY_NOT_DEFINED_BENEFICIARIES', null],
  ['COMPANY_NOT_VALIDATED_BENEFICIAL_OWNERS', null],
  ['COMPANY_NOT_VALIDATED_BENEFICIARIES', null],
  ['COMPANY_NOT_VALIDATED_DIRECTORS', null],
  ['COMPANY_NOT_DEFINED_REPRESENTATIVES', null],
  ['COMPANY_NOT_VALIDATED_REPRESENTATIVES', null],
  ['UNSUITABLE_DOCUMENT', null],
  ['OUTDATED_DOCUMENT_VERSION', null],
  ['COMPANY_NOT_DEFINED_OWNERSHIP_STRUCTURE', null],
  ['COMPANY_INACTIVE_ENTITY', null],
  ['COMPANY_INCORRECT_DATA', null],
  ['COMPANY_PROBLEMATIC_STRUCTURE', 'FINAL'],
  ['COMPANY_DATA_MISMATCH', null],
  ['APPLICANT_INTERRUPTED_INTERVIEW', null],
  ['DOCUMENT_MISSING', null],
  ['UNSUITABLE_ENV', null],
  ['CONNECTION_INTERRUPTED', null],
  ['UNSUPPORTED_LANGUAGE', null],
  ['THIRD_PARTY_INVOLVED', null],
  ['INCORRECT_SOCIAL_NUMBER', 'RETRY'],
  ['CHECK_UNAVAILABLE', 'RETRY'],
  ['DB_DATA_NOT_FOUND', 'FINAL'],
  ['DB_DATA_MISMATCH', null],
  ['DB_NO_DATA_SOURCE', null],
  ['ESIGN_FAILED', null],
  ['RESTRICTED_PERSON', 'RETRY'],
  ['NO_APPLICANT', null],
  ['NO_SUITABLE_DOCS', null],
  ['NOT_ALONE', null],
  ['CONNECTION_ISSUES', null],
  ['CAMERA_OR_LIGHTING_ISSUES', null],
  ['SOUND_ISSUES', null],
  ['PHONE_VERIFICATION_ISSUES', null],
  ['OTHER_VI_ISSUES', null],
  ['REFUSED_TO_CONTINUE', null],
  ['VIDEO_FILTERS_OR_MASKS', null],
  ['SUPPORTED_LANGUAGE_IS_NOT_AVAILABLE', null],
  ['ADDITIONAL_DATA_REQUIRED', null],
  ['VI_ATTEMPTS_LIMIT_REACHED', null],
  ['BEHAVIOR', null],
  ['PERSON_MISMATCH', null],
  ['THIRD_PARTY_GUIDANCE', null],
  ['SPONSORED_VERIFICATION', null],
  ['INSUFFICIENT_DATA', null],
  ['INCORRECT_PATTERNS', null],
] as const;

// Catalog entries no documented line accounts for, each with the reason it exists.
const UNDOCUMENTED_ENTRIES = {} as const;

const entries = sumsub.catalog;
const byCode = (code: string): CatalogEntry => {
  const entry = sumsub.lookup(code);
  if (entry === undefined) throw new Error(`no entry for ${code}`);
  return entry;
};
const errorEntries = entries.filter((e): e is ErrorEntry => e.kind === 'error');
const outcomeEntries = entries.filter((e): e is OutcomeEntry => e.kind === 'outcome');
const labels = new Set<string>(DOCUMENTED_LABELS.map(([label]) => label));
const reviewEntries = outcomeEntries.filter((e) => !labels.has(e.code));

describe('coverage of the documented tables, in both directions', () => {
  it('catalogues every upload error with its name and status', () => {
    for (const [code, name, status] of DOCUMENTED_UPLOAD_ERRORS) {
      const entry = sumsub.lookup(code);
      const at = `upload error ${code} (${name})`;
      expect.soft(entry?.kind, at).toBe('error');
      expect.soft(entry?.vendorText, at).toBe(name);
      expect.soft(entry?.httpStatus, at).toBe(status);
    }
  });

  it('catalogues every app-token error as auth, with its name and status', () => {
    for (const [code, name, status] of DOCUMENTED_AUTH_ERRORS) {
      const entry = sumsub.lookup(code);
      const at = `app-token error ${code} (${name})`;
      expect.soft(entry?.kind === 'error' && entry.category, at).toBe('auth');
      expect.soft(entry?.vendorText, at).toBe(name);
      // 4004's status is not given anywhere: 401 like its neighbours, a doubt in codes.ts.
      expect.soft(entry?.httpStatus, at).toBe(status ?? 401);
    }
  });

  it('catalogues every check error with its text', () => {
    for (const [code, text] of DOCUMENTED_CHECK_ERRORS)
      expect.soft(sumsub.lookup(code)?.vendorText, `check error ${code}`).toBe(text);
  });

  it('catalogues every reuse error with its name, at 400', () => {
    for (const [code, name] of DOCUMENTED_REUSE_ERRORS) {
      const entry = sumsub.lookup(code);
      expect.soft(entry?.vendorText, `reuse error ${code}`).toBe(name);
      expect.soft(entry?.httpStatus, `reuse error ${code}`).toBe(400);
    }
  });

  it('gives every documented message a descriptive entry at its status', () => {
    for (const [status, text] of DOCUMENTED_MESSAGES) {
      const entry = errorEntries.find((e) => e.vendorText === text);
      expect.soft(entry?.native, `${status} "${text}"`).toBe(false);
      expect.soft(entry?.httpStatus, `${status} "${text}"`).toBe(status);
    }
  });

  it('gives every documented status a Sumsub meaning of that status', () => {
    for (const status of DOCUMENTED_STATUSES) {
      const code = (SUMSUB_STATUSES as Readonly<Record<number, string>>)[status];
      expect.soft(code, `status ${status}`).toBeDefined();
      expect.soft(sumsub.lookup(code ?? '')?.httpStatus, `status ${status}`).toBe(status);
    }
  });

  it('maps no status Sumsub does not document', () => {
    expect(Object.keys(SUMSUB_STATUSES).map(Number).sort()).toEqual([...DOCUMENTED_STATUSES]);
  });

  it('makes every review status but completed an open (pending, not final) entry', () => {
    for (const status of DOCUMENTED_REVIEW_STATUSES.filter((s) => s !== 'completed')) {
      const entry = sumsub.lookup(status);
      expect
        .soft(entry?.kind === 'outcome' && [entry.verdict, entry.final], status)
        .toEqual(['pending', false]);
    }
  });

  it('has no entry for completed itself: only its answers are verdicts', () => {
    expect(sumsub.lookup('completed')).toBeUndefined();
  });

  it('catalogues every answer and reject type as its outcome entry', () => {
    for (const [answer, type, code] of DOCUMENTED_ANSWERS) {
      const entry = sumsub.lookup(code);
      const at = `answer ${answer} with type ${type} is ${code}`;
      expect.soft(entry?.kind, at).toBe('outcome');
      expect.soft(entry?.vendorText, at).toBe(type ?? answer);
    }
  });

  it('catalogues every label of the enum, and no other label', () => {
    expect(DOCUMENTED_LABELS).toHaveLength(102);
    for (const [label] of DOCUMENTED_LABELS) {
      const entry = byCode(label);
      expect(entry.kind === 'outcome' && entry.verdict, label).toBe('rejected');
      expect(entry.vendorText).toBe(label);
    }
  });

  it('catalogues no numbered code the tables above do not list', () => {
    const documented = [
      ...DOCUMENTED_UPLOAD_ERRORS,
      ...DOCUMENTED_AUTH_ERRORS,
      ...DOCUMENTED_CHECK_ERRORS,
      ...DOCUMENTED_REUSE_ERRORS,
    ].map(([code]) => code);
    const native = errorEntries.filter((e) => e.native !== false).map((e) => e.code);
    expect(native.sort()).toEqual(documented.sort());
  });

  it('catalogues nothing the lists above do not account for', () => {
    const accounted = new Set<string>([
      ...[
        ...DOCUMENTED_UPLOAD_ERRORS,
        ...DOCUMENTED_AUTH_ERRORS,
        ...DOCUMENTED_CHECK_ERRORS,
        ...DOCUMENTED_REUSE_ERRORS,
      ].map(([code]) => code),
      ...Object.values(SUMSUB_STATUSES),
      ...DOCUMENTED_REVIEW_STATUSES,
      ...DOCUMENTED_ANSWERS.map(([, , code]) => code),
      ...labels,
      ...Object.keys(UNDOCUMENTED_ENTRIES),
    ]);
    const texts = new Set<string>(DOCUMENTED_MESSAGES.map(([, text]) => text));
    for (const e of entries) {
      const known =
        accounted.has(e.code) || (e.vendorText !== undefined && texts.has(e.vendorText));
      expect(known, `${e.code} is in no documented list`).toBe(true);
    }
    expect(entries).toHaveLength(SUMSUB_CATALOG.length);
  });
});

describe('labels: the usual rejection type, never the deciding one', () => {
  const typical = (type: string | null) =>
    DOCUMENTED_LABELS.filter(([, t]) => t === type).map(([label]) => label);

  it('reads every label shown with final rejections as final', () => {
    expect(typical('FINAL').length).toBeGreaterThan(0);
    for (const label of typical('FINAL')) {
      const entry = sumsub.lookup(label);
      expect.soft(entry?.kind === 'outcome' && entry.final, label).toBe(true);
      expect.soft(entry?.retry.action, label).not.toBe('user-action');
    }
  });

  it('leaves every label shown with temporary rejections for the applicant to cure', () => {
    const temporary = typical('RETRY').filter((l) => l !== 'RESTRICTED_PERSON');
    expect(temporary.length).toBeGreaterThan(0);
    for (const label of temporary) {
      const entry = sumsub.lookup(label);
      expect.soft(entry?.kind === 'outcome' && entry.final, label).toBe(false);
      expect.soft(entry?.retry.action, label).toBe('user-action');
    }
  });

  it('keeps RESTRICTED_PERSON final although seen once with a temporary button', () => {
    // Seen only with a "driving restrictions" temporary button; as a watchlist reason it is
    // the last word, so the entry stays final with no action (a doubt in codes.ts).
    const entry = byCode('RESTRICTED_PERSON');
    expect(entry.kind === 'outcome' && entry.final).toBe(true);
    expect(entry.retry.action).toBe('none');
  });

  it('makes a label final exactly when its advice is not a resubmission', () => {
    for (const [label] of DOCUMENTED_LABELS) {
      const entry = byCode(label);
      expect(entry.kind === 'outcome' && entry.final, label).toBe(
        entry.retry.action !== 'user-action',
      );
    }
  });
});

/** A failure as Sumsub would send it for an error entry. */
function failureFor(entry: ErrorEntry): {
  status: number;
  body: string;
  matchedBy: 'code' | 'message' | 'status';
} {
  const status = entry.httpStatus ?? 400;
  if (entry.native !== false) {
    const name =
      entry.vendorText !== undefined && /^[a-z]+(?:-[a-z]+)+$/.test(entry.vendorText)
        ? entry.vendorText
        : undefined;
    return {
      status,
      body: errorBody(status, 'A description of ours.', Number(entry.code), name),
      matchedBy: 'code',
    };
  }
  if (entry.vendorText !== undefined) {
    return { status, body: errorBody(status, entry.vendorText), matchedBy: 'message' };
  }
  return { status, body: '', matchedBy: 'status' };
}

// One table-driven check per direction over every entry; a failure names the code (expect.soft
// goes on to the next entry, so one run lists every code that fails).
describe('every error entry', () => {
  it('round-trips through normalize from the failure Sumsub would send, and errorFor builds it', () => {
    for (const entry of errorEntries) {
      const code = entry.code;
      const sent = failureFor(entry);
      const error = normalize(sumsub, { status: sent.status, body: sent.body });
      expectAdviceOf(error, sumsub, entry, code);
      expect.soft(error.httpStatus, code).toBe(sent.status);
      expect.soft(error.matchedBy, code).toBe(sent.matchedBy);
      expect.soft(error.code, code).toBe(entry.native === false ? null : code);

      const built = sumsub.errorFor(code);
      expect.soft(built?.reason, `errorFor(${code})`).toBe(entry.reason);
      expect.soft(built?.category, `errorFor(${code})`).toBe(entry.category);
      expect.soft(built?.code, `errorFor(${code})`).toBe(entry.native === false ? null : code);
    }
  });
});

/** The bodies a review entry arrives in: a status answer and a webhook. */
function bodiesFor(code: string): Record<string, unknown>[] {
  const answer = DOCUMENTED_ANSWERS.find(([, , c]) => c === code);
  if (answer === undefined) {
    return [statusAnswer(code), webhook({ type: 'applicantPending', reviewStatus: code })];
  }
  const [reviewAnswer, reviewRejectType] = answer;
  const result =
    reviewRejectType === undefined ? { reviewAnswer } : { reviewAnswer, reviewRejectType };
  return [
    statusAnswer('completed', result),
    webhook({
      type: 'applicantReviewed',
      reviewStatus: 'completed',
      reviewAnswer,
      ...(reviewRejectType === undefined ? {} : { reviewRejectType }),
    }),
  ];
}

describe('every review entry reads from a status answer and a webhook', () => {
  it('reads every review entry from both', () => {
    for (const entry of reviewEntries) {
      const code = entry.code;
      for (const body of bodiesFor(code)) expectOutcomeOf(sumsub, body, entry, code);
    }
  });

  it('carries every label as a tag of a RED review, and errorFor calls it a verification error', () => {
    for (const label of labels) {
      const body = webhook({
        type: 'applicantReviewed',
        reviewStatus: 'completed',
        reviewAnswer: 'RED',
        reviewRejectType: 'FINAL',
        rejectLabels: [label],
      });
      const read = sumsub.outcome(body);
      expect.soft(read.isOk() ? read.value.tags : read.error, label).toEqual(['FINAL', label]);
      expect.soft(sumsub.errorFor(label)?.category, label).toBe('verification');
    }
  });
});

describe('catalog hygiene', () => {
  it('writes reasons as UPPER_SNAKE_CASE and codes in the code grammar', () => {
    for (const e of entries) {
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (e.native === false) expect(e.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      else expect(e.code).toMatch(SUMSUB_CODE);
    }
  });

  it('overrides category advice only where a comment in codes.ts says why', () => {
    // Kept as data so that a new override has to be added here, next to its reason.
    const overridden = overriddenCodes(errorEntries);
    expect(overridden).toEqual([
      '1000',
      '1006',
      '1009',
      '1011',
      '10503',
      '10506',
      '10510',
      '10511',
      '10513',
      '10514',
      '10515',
      '10521',
      '4004',
      '9100',
      '9101',
      'APPLICANT_ALREADY_EXISTS',
      'ENTITY_ALREADY_EXISTS',
      'HTTP_409',
      'HTTP_429',
      'HTTP_500',
      'OIDC_INVALID_CODE',
      'OIDC_INVALID_REDIRECT_URI',
      'SHARE_TOKEN_REJECTED',
      'TOKEN_EXPIRED',
    ]);
  });

  it('states the documented defaults in the rate-limit entry', () => {
    const entry = byCode('HTTP_429');
    expect(entry.message).toContain('300 GET or 50 POST per 5 seconds');
    expect(entry.retry.caution).toContain('no Retry-After');
  });
});

describe('message rules', () => {
  it('anchors every pattern at the start', () => {
    for (const rule of SUMSUB_MESSAGES) expect(rule.pattern.source.startsWith('^')).toBe(true);
  });

  it('points every rule at an error entry', () => {
    for (const rule of SUMSUB_MESSAGES) expect(sumsub.lookup(rule.code)?.kind).toBe('error');
  });

  it('gives every descriptive entry with a text a rule, so bodies can reach it', () => {
    const ruled = new Set<string>(SUMSUB_MESSAGES.map((r) => r.code));
    for (const e of errorEntries) {
      if (e.native === false && e.vendorText !== undefined)
        expect(ruled.has(e.code), e.code).toBe(true);
    }
  });

  it('never lets a literal prefilter change an answer', () => {
    // Every text a pattern matches must contain the rule's literals, or the prefilter would
    // skip a message the pattern accepts.
    const texts = fc.oneof(
      fc.constantFrom(
        ...entries.flatMap((e) => (e.vendorText === undefined ? [] : [e.vendorText])),
      ),
      fc
        .tuple(
          fc.constantFrom(...DOCUMENTED_MESSAGES.map(([, t]) => t)),
          fc.string({ maxLength: 20 }),
        )
        .map(([t, tail]) => `${t}${tail}`),
      fc.string({ maxLength: 60 }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const lower = text.toLowerCase();
        for (const rule of SUMSUB_MESSAGES) {
          if (rule.pattern.test(text)) {
            for (const literal of rule.literals ?? []) expect(lower).toContain(literal);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('runs every rule in linear time on hostile input', () => {
    const hostile = [
      'a '.repeat(5000),
      `${'x'.repeat(1999)} cannot be managed via ap`,
      `${'unauthorized '.repeat(300)}`,
      `applicant ${'not '.repeat(800)}`,
      `${'x'.repeat(1999)}\n`,
    ];
    for (const rule of SUMSUB_MESSAGES) {
      const started = performance.now();
      for (const text of hostile) rule.pattern.exec(text.slice(0, 2000));
      expect.soft(performance.now() - started, `${rule.code} ${rule.pattern}`).toBeLessThan(50);
    }
  });
});
