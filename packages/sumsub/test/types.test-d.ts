import {
  type CatalogEntry,
  type KycError,
  normalize,
  type Outcome,
  type Provider,
} from '@kyc-errors/core';
import {
  type SUMSUB_CATALOG,
  type SumsubCode,
  type SumsubDescriptiveCode,
  type SumsubErrorCode,
  type SumsubRejectLabel,
  type SumsubReviewCode,
  sumsub,
} from '@kyc-errors/sumsub';
import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

describe('Sumsub types', () => {
  it('derives the review codes from the catalog', () => {
    expectTypeOf<SumsubReviewCode>().toEqualTypeOf<
      | 'init'
      | 'pending'
      | 'prechecked'
      | 'queued'
      | 'onHold'
      | 'awaitingService'
      | 'awaitingUser'
      | 'GREEN'
      | 'RED_RETRY'
      | 'RED_FINAL'
      | 'RED'
    >();
  });

  it('keeps numbered codes, descriptive keys, review codes and labels apart', () => {
    expectTypeOf<'1004'>().toExtend<SumsubErrorCode>();
    expectTypeOf<'10521'>().toExtend<SumsubErrorCode>();
    expectTypeOf<'HTTP_429'>().toExtend<SumsubDescriptiveCode>();
    expectTypeOf<'SCREENSHOTS'>().toExtend<SumsubRejectLabel>();
    expectTypeOf<Extract<SumsubDescriptiveCode, SumsubErrorCode>>().toBeNever();
    expectTypeOf<Extract<SumsubRejectLabel, SumsubReviewCode>>().toBeNever();
    expectTypeOf<SumsubErrorCode>().toExtend<SumsubCode>();
    expectTypeOf<SumsubRejectLabel>().toExtend<SumsubCode>();
    expectTypeOf<(typeof SUMSUB_CATALOG)[number]['code']>().toEqualTypeOf<SumsubCode>();
  });

  it('types the provider by its codes; lookup takes catalog codes and any string', () => {
    expectTypeOf(sumsub).toExtend<Provider<SumsubCode>>();
    expectTypeOf(sumsub.lookup('1004')).toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(sumsub.lookup('SOMETHING_NEW')).toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(normalize(sumsub, { status: 429 })).toEqualTypeOf<KycError>();
    expectTypeOf(sumsub.outcome({})).toEqualTypeOf<Result<Outcome, KycError>>();
  });
});
