import { stripeIdentity } from '@kyc-errors/stripe-identity';
import { describe, expect, it } from 'vitest';
import { readOutcome } from '../src/read.js';
import { STRIPE_IDENTITY_TAGS } from '../src/tags.js';
import { REPORT_ERROR_CODES } from './documented.js';
import { check, event, report, session } from './fixtures/bodies.js';

const documented: ReadonlySet<string> = new Set(STRIPE_IDENTITY_TAGS);
const tagsOf = (body: unknown): readonly string[] => readOutcome(body)?.tags ?? [];

describe('STRIPE_IDENTITY_TAGS', () => {
  it('holds the upper-cased code of every check a report can fail', () => {
    for (const codes of Object.values(REPORT_ERROR_CODES)) {
      for (const code of codes) expect.soft(documented, code).toContain(code.toUpperCase());
    }
  });

  it.each(
    Object.entries(REPORT_ERROR_CODES).flatMap(([name, codes]) =>
      codes.map((c) => [name, c] as const),
    ),
  )('a failed %s check with %s is its tag, and a documented one', (name, code) => {
    const tags = tagsOf(report({ [name]: check(code) }));
    expect(tags).toEqual([code.toUpperCase()]);
    for (const tag of tags) expect(documented).toContain(tag);
  });

  it('drops an error code the catalog lacks, and tags nothing on a session', () => {
    expect(
      tagsOf(report({ document: check('Ada Lovelace'), selfie: check('selfie_manipulated') })),
    ).toEqual(['SELFIE_MANIPULATED']);
    expect(tagsOf(session('requires_input', { code: 'selfie_manipulated', reason: 'x' }))).toEqual(
      [],
    );
  });

  it('carries the tags through outcome(), and through a webhook carrying a report-less session', () => {
    const o = stripeIdentity.outcome(
      report({ document: check('document_expired'), selfie: check('selfie_face_mismatch') }),
    );
    expect(o.isOk() && o.value.tags).toEqual(['DOCUMENT_EXPIRED', 'SELFIE_FACE_MISMATCH']);
    const w = stripeIdentity.outcome(
      event('identity.verification_session.verified', session('verified')),
    );
    expect(w.isOk() && w.value.tags).toBeUndefined();
  });
});
