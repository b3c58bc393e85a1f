import type { CatalogEntry, KycError, Outcome, Provider } from '@kyc-errors/core';
import {
  type SMILE_ID_CATALOG,
  type SMILE_ID_V1_CATALOG,
  type SMILE_ID_V3_CATALOG,
  type SmileIdApiVersion,
  type SmileIdCode,
  smileId,
  smileIdApiVersion,
} from '@kyc-errors/smile-id';
import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

describe('types', () => {
  it('derives the code union from the catalog', () => {
    expectTypeOf<'2205'>().toExtend<SmileIdCode>();
    expectTypeOf<'0001'>().toExtend<SmileIdCode>();
    expectTypeOf<'INSUFFICIENT_WALLET_BALANCE'>().toExtend<SmileIdCode>();
    expectTypeOf<'9999'>().not.toExtend<SmileIdCode>();
    expectTypeOf<'attention'>().toExtend<SmileIdCode>();
    expectTypeOf<'spoof_detected'>().toExtend<SmileIdCode>();
    expectTypeOf<'PRODUCT_NOT_ENABLED'>().toExtend<SmileIdCode>();
    expectTypeOf<SmileIdCode>().toEqualTypeOf<(typeof SMILE_ID_CATALOG)[number]['code']>();
  });

  it('is a provider typed by its codes', () => {
    expectTypeOf(smileId).toExtend<Provider<SmileIdCode>>();
    expectTypeOf(smileId.lookup).parameter(0).toExtend<string>();
    expectTypeOf(smileId.lookup('2215')).toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(smileId.outcome({})).toEqualTypeOf<Result<Outcome, KycError>>();
  });

  it('keeps the catalog entry kinds literal', () => {
    expectTypeOf<(typeof SMILE_ID_CATALOG)[number]['kind']>().toEqualTypeOf<
      'error' | 'outcome' | 'success'
    >();
  });

  it('keeps v1 and v3 apart in the types', () => {
    expectTypeOf<'2222'>().toExtend<(typeof SMILE_ID_V1_CATALOG)[number]['code']>();
    expectTypeOf<'2222'>().not.toExtend<(typeof SMILE_ID_V3_CATALOG)[number]['code']>();
    expectTypeOf<'attention'>().toExtend<(typeof SMILE_ID_V3_CATALOG)[number]['code']>();
    expectTypeOf<'attention'>().not.toExtend<(typeof SMILE_ID_V1_CATALOG)[number]['code']>();
    expectTypeOf(smileIdApiVersion).returns.toEqualTypeOf<SmileIdApiVersion | undefined>();
    expectTypeOf<SmileIdApiVersion>().toEqualTypeOf<'v1' | 'v3'>();
  });
});
