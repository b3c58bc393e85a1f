import {
  type CatalogEntry,
  type KycError,
  normalize,
  type Outcome,
  type Provider,
} from '@kyc-errors/core';
import { defineProvider } from '@kyc-errors/core/provider-kit';
import {
  ONFIDO_CATALOG,
  type OnfidoCode,
  type OnfidoErrorType,
  type OnfidoEvent,
  type OnfidoResultCode,
  type OnfidoTag,
  onfido,
} from '@kyc-errors/onfido';
import { describe, expectTypeOf, it } from 'vitest';

describe('Onfido types', () => {
  it('derives the codes from the catalog and keeps error types and results apart', () => {
    expectTypeOf<'validation_error'>().toExtend<OnfidoErrorType>();
    expectTypeOf<'check:consider'>().toExtend<OnfidoResultCode>();
    expectTypeOf<'workflow_run:approved'>().toExtend<OnfidoResultCode>();
    expectTypeOf<'check.completed'>().toExtend<OnfidoCode>();
    expectTypeOf<Extract<OnfidoErrorType, OnfidoResultCode>>().toBeNever();
    expectTypeOf<(typeof ONFIDO_CATALOG)[number]['code']>().toEqualTypeOf<OnfidoCode>();
    expectTypeOf<'check.completed'>().toExtend<OnfidoEvent>();
    expectTypeOf<'VISUAL_AUTHENTICITY'>().toExtend<OnfidoTag>();
  });

  it('types the provider by its codes', () => {
    expectTypeOf(onfido).toExtend<Provider<OnfidoCode>>();
    expectTypeOf(onfido.lookup('rate_limit')).toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(normalize(onfido, { status: 429 })).toEqualTypeOf<KycError>();
    expectTypeOf(onfido.outcome({})).toEqualTypeOf<ReturnType<Provider<string>['outcome']>>();
    expectTypeOf(onfido.outcome({})._unsafeUnwrap()).toEqualTypeOf<Outcome>();
  });

  it('rejects a message rule or a status naming a code the catalog lacks', () => {
    defineProvider({
      id: 'onfido-copy',
      name: 'Onfido copy',
      catalog: ONFIDO_CATALOG,
      read: () => undefined,
      // @ts-expect-error: not an Onfido error type
      messages: [{ pattern: /^x/, code: 'not_a_type' }],
    });
    defineProvider({
      id: 'onfido-copy',
      name: 'Onfido copy',
      catalog: ONFIDO_CATALOG,
      read: () => undefined,
      // @ts-expect-error: not an Onfido error type
      statuses: { 418: 'teapot' },
    });
  });
});
