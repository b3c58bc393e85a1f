import type { CatalogEntry, KycError, Provider } from '@kyc-errors/core';
import type { EntrySpec } from '@kyc-errors/core/provider-kit';
import {
  SIGNINGCLOUD_CATALOG,
  type SigningCloudCode,
  type SigningCloudResponse,
  signingCloud,
} from '@kyc-errors/signingcloud';
import { describe, expectTypeOf, it } from 'vitest';

describe('SigningCloudCode', () => {
  it('holds the documented codes as string literals', () => {
    expectTypeOf<'0'>().toExtend<SigningCloudCode>();
    expectTypeOf<'6'>().toExtend<SigningCloudCode>();
    expectTypeOf<'115'>().toExtend<SigningCloudCode>();
    expectTypeOf<'2029'>().toExtend<SigningCloudCode>();
  });

  it('leaves out what SigningCloud does not document', () => {
    expectTypeOf<'32'>().not.toExtend<SigningCloudCode>();
    expectTypeOf<'116'>().not.toExtend<SigningCloudCode>();
    expectTypeOf<'2030'>().not.toExtend<SigningCloudCode>();
    expectTypeOf<6>().not.toExtend<SigningCloudCode>();
  });

  it('is derived from the catalog, not written twice', () => {
    expectTypeOf<(typeof SIGNINGCLOUD_CATALOG)[number]['code']>().toEqualTypeOf<SigningCloudCode>();
    expectTypeOf(SIGNINGCLOUD_CATALOG).toExtend<readonly EntrySpec[]>();
  });
});

describe('signingCloud', () => {
  it('is a provider typed by its code union', () => {
    expectTypeOf(signingCloud).toEqualTypeOf<Provider<SigningCloudCode>>();
  });

  it('looks up catalog codes and any other string', () => {
    expectTypeOf(signingCloud.lookup).toBeCallableWith('6');
    expectTypeOf(signingCloud.lookup).toBeCallableWith('2029');
    expectTypeOf(signingCloud.lookup).toBeCallableWith('not-a-code' as string);
    expectTypeOf(signingCloud.lookup('6')).toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(signingCloud.errorFor('6')).toEqualTypeOf<KycError | undefined>();
  });

  it('does not take a numeric result: codes are strings', () => {
    // @ts-expect-error: SigningCloud's numeric `result` must be turned into a string first.
    signingCloud.lookup(6);
  });
});

describe('SigningCloudResponse', () => {
  it('describes the envelope, result as number or numeric string', () => {
    expectTypeOf<{ result: 6; data: string; mac: string }>().toExtend<SigningCloudResponse>();
    expectTypeOf<{ result: '6' }>().toExtend<SigningCloudResponse>();
    expectTypeOf<{ data: string }>().not.toExtend<SigningCloudResponse>();
  });
});
