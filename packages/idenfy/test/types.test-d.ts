import {
  type CatalogEntry,
  type KycError,
  normalize,
  type Outcome,
  type Provider,
} from '@kyc-errors/core';
import {
  type IDENFY_CATALOG,
  type IdenfyCode,
  type IdenfyDescriptiveCode,
  type IdenfyIdentifier,
  type IdenfyStatus,
  idenfy,
} from '@kyc-errors/idenfy';
import type { Result } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';

describe('iDenfy types', () => {
  it('derives the identifier union from the catalog, exactly the twelve documented', () => {
    expectTypeOf<IdenfyIdentifier>().toEqualTypeOf<
      | 'INTERNAL_ERROR'
      | 'BAD_VALUE'
      | 'MISSING_VALUE'
      | 'UNAUTHORIZED'
      | 'ENCODING_ERROR'
      | 'JSON_ERROR'
      | 'TOKEN_NOT_VALID'
      | 'PARTNER_CONTRACT_ERROR'
      | 'METHOD_NOT_ALLOWED'
      | 'PERMISSIONS_ERROR'
      | 'TOO_MANY_REQUESTS'
      | 'VALIDATION_ERROR'
    >();
  });

  it('derives the status union, hyphenated statuses included', () => {
    expectTypeOf<IdenfyStatus>().toEqualTypeOf<
      | 'APPROVED'
      | 'DENIED'
      | 'SUSPECTED'
      | 'REVIEWING'
      | 'ACTIVE'
      | 'EXPIRED'
      | 'EXPIRED-DELETED'
      | 'DELETED'
      | 'ARCHIVED'
    >();
  });

  it('keeps the three kinds of key apart and inside the code union', () => {
    expectTypeOf<IdenfyIdentifier>().toExtend<IdenfyCode>();
    expectTypeOf<IdenfyStatus>().toExtend<IdenfyCode>();
    expectTypeOf<IdenfyDescriptiveCode>().toExtend<IdenfyCode>();
    expectTypeOf<Extract<IdenfyDescriptiveCode, IdenfyIdentifier>>().toBeNever();
    expectTypeOf<'PARTNER_TOKEN_LIMIT'>().toExtend<IdenfyDescriptiveCode>();
    expectTypeOf<(typeof IDENFY_CATALOG)[number]['code']>().toEqualTypeOf<IdenfyCode>();
  });

  it('types the provider by its codes; lookup takes catalog codes and any string', () => {
    expectTypeOf(idenfy).toExtend<Provider<IdenfyCode>>();
    expectTypeOf(idenfy.lookup).parameter(0).toExtend<string>();
    expectTypeOf(idenfy.lookup('TOO_MANY_REQUESTS')).toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(idenfy.lookup('SOMETHING_NEW')).toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(normalize(idenfy, { status: 429 })).toEqualTypeOf<KycError>();
    expectTypeOf(idenfy.outcome({})).toEqualTypeOf<Result<Outcome, KycError>>();
  });
});
