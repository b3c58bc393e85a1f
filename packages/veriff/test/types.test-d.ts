import {
  type CatalogEntry,
  type KycError,
  normalize,
  type Outcome,
  type Provider,
} from '@kyc-errors/core';
import {
  VERIFF_STATUSES,
  type VeriffCode,
  type VeriffMessageRule,
  veriff,
} from '@kyc-errors/veriff';
import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

describe('Veriff types', () => {
  it('derives the code union from the catalog', () => {
    expectTypeOf<'1102'>().toExtend<VeriffCode>();
    expectTypeOf<'9103'>().toExtend<VeriffCode>();
    expectTypeOf<'539'>().toExtend<VeriffCode>();
    expectTypeOf<'HTTP_409_CONFLICT'>().toExtend<VeriffCode>();
    expectTypeOf<'540'>().not.toExtend<VeriffCode>();
    expectTypeOf<'success'>().not.toExtend<VeriffCode>();
  });

  it('checks message rules and status overrides against the catalog', () => {
    expectTypeOf<VeriffMessageRule['code']>().toEqualTypeOf<VeriffCode>();
    expectTypeOf(VERIFF_STATUSES[409]).toEqualTypeOf<'HTTP_409_CONFLICT'>();
  });

  it('types the provider by its codes', () => {
    expectTypeOf(veriff).toExtend<Provider<VeriffCode>>();
    expectTypeOf(veriff.lookup('9104', 'expired')).toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(normalize(veriff, { status: 400 })).toEqualTypeOf<KycError>();
    expectTypeOf(veriff.outcome({})).toEqualTypeOf<Result<Outcome, KycError>>();
  });
});
