import type { Category, KycError, Provider, RetryAction, Verdict } from '@kyc-errors/core';
import type { CodeOf } from '@kyc-errors/core/provider-kit';
import { match } from 'ts-pattern';
import { describe, expectTypeOf, it } from 'vitest';
import type { ACME_CATALOG, acme } from './fixtures/acme.js';

describe('types', () => {
  it('Category is exactly the eight members', () => {
    expectTypeOf<Category>().toEqualTypeOf<
      | 'auth'
      | 'account'
      | 'validation'
      | 'user-state'
      | 'verification'
      | 'retryable'
      | 'rate-limit'
      | 'unknown'
    >();
    expectTypeOf<Verdict>().toEqualTypeOf<'approved' | 'provisional' | 'rejected' | 'pending'>();
    expectTypeOf<KycError['retry']['action']>().toEqualTypeOf<RetryAction>();
  });

  it('an exhaustive match over Category compiles, and breaks when a category is added', () => {
    const who = (c: Category) =>
      match(c)
        .with('auth', 'validation', 'unknown', () => 'developer')
        .with('account', () => 'account owner')
        .with('user-state', 'verification', () => 'operations')
        .with('retryable', 'rate-limit', () => 'nobody')
        .exhaustive();
    expectTypeOf(who).returns.toEqualTypeOf<string>();

    type Grown = Category | 'sanctions';
    const grown = (c: Grown) =>
      match(c)
        .with('auth', 'validation', 'unknown', () => 'developer')
        .with('account', () => 'account owner')
        .with('user-state', 'verification', () => 'operations')
        .with('retryable', 'rate-limit', () => 'nobody')
        // @ts-expect-error 'sanctions' is not handled, so exhaustive() must not compile
        .exhaustive();
    expectTypeOf(grown).toBeFunction();
  });

  it('the code union is derived from the catalog', () => {
    type Code = CodeOf<typeof ACME_CATALOG>;
    expectTypeOf<'E401'>().toExtend<Code>();
    expectTypeOf<'INVALID_COUNTRY'>().toExtend<Code>();
    expectTypeOf<'E999'>().not.toExtend<Code>();
    expectTypeOf<typeof acme>().toExtend<Provider>();
  });

  it('KycError is readonly', () => {
    const e = {} as KycError;
    // @ts-expect-error a KycError cannot be mutated
    e.category = 'auth';
  });
});
