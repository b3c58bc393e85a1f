import type { KycError, KycFailure, Provider, StopReason } from '@kyc-errors/core';
import {
  type AttemptContext,
  type CockatielOptions,
  cockatielOptions,
  type PRetryOptions,
  pRetryOptions,
  type RetryOptions,
  retry,
  retryResult,
} from '@kyc-errors/retry';
import type { handleWhen, IBackoffFactory, IRetryBackoffContext, RetryPolicy } from 'cockatiel';
import type { ResultAsync } from 'neverthrow';
import type { Options as PRetryLibraryOptions } from 'p-retry';
import { describe, expectTypeOf, it } from 'vitest';
import type { cockatielPolicy } from '../src/cockatiel.js';

declare const provider: Provider;

describe('retry types', () => {
  it('resolves with the operation’s own type', () => {
    expectTypeOf(retry(async () => ({ jobId: 'j1' }), { provider })).toEqualTypeOf<
      Promise<{ jobId: string }>
    >();
  });

  it('retryResult speaks neverthrow, with a KycFailure on the error side', () => {
    expectTypeOf(retryResult(async () => 42, { provider })).toEqualTypeOf<
      ResultAsync<number, KycFailure>
    >();
  });

  it('the operation gets the attempt and a signal', () => {
    expectTypeOf<AttemptContext>().toEqualTypeOf<{
      readonly attempt: number;
      readonly signal: AbortSignal;
    }>();
  });

  it('the provider is required; every other option is optional', () => {
    expectTypeOf<{ maxAttempts: 3 }>().not.toExtend<RetryOptions>();
    expectTypeOf<{ provider: Provider }>().toExtend<RetryOptions>();
    // Explicit undefined is fine under exactOptionalPropertyTypes (a spread config).
    expectTypeOf<{ provider: Provider; signal: undefined }>().toExtend<RetryOptions>();
  });

  it('onRetry is told a KycError; the stop reason is core’s union', () => {
    expectTypeOf<
      Parameters<NonNullable<RetryOptions['onRetry']>>[0]['error']
    >().toEqualTypeOf<KycError>();
    expectTypeOf<KycFailure['stoppedBecause']>().toEqualTypeOf<StopReason | undefined>();
  });
});

describe('adapter types match the real libraries', () => {
  it('pRetryOptions is a p-retry 7 Options', () => {
    expectTypeOf(pRetryOptions(provider)).toEqualTypeOf<PRetryOptions>();
    expectTypeOf<PRetryOptions>().toExtend<PRetryLibraryOptions>();
  });

  it('cockatielOptions plugs into cockatiel 3’s retry() and handleWhen()', () => {
    expectTypeOf(cockatielOptions(provider)).toEqualTypeOf<CockatielOptions>();
    expectTypeOf<CockatielOptions['backoff']>().toExtend<
      IBackoffFactory<IRetryBackoffContext<unknown>>
    >();
    expectTypeOf<CockatielOptions['shouldHandle']>().toExtend<Parameters<typeof handleWhen>[0]>();
  });

  it('cockatielPolicy returns cockatiel’s RetryPolicy', () => {
    expectTypeOf<ReturnType<typeof cockatielPolicy>>().toEqualTypeOf<RetryPolicy>();
  });
});
