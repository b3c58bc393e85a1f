import type { Provider } from '@kyc-errors/core';
import { defineProvider } from '@kyc-errors/core/provider-kit';
import {
  STRIPE_IDENTITY_CATALOG,
  type StripeIdentityCode,
  type StripeIdentityErrorCode,
  type StripeIdentityLastErrorCode,
  type StripeIdentitySessionStatus,
  type StripeIdentityTag,
  stripeIdentity,
} from '@kyc-errors/stripe-identity';
import { describe, expectTypeOf, it } from 'vitest';

describe('Stripe Identity types', () => {
  it('derives the session statuses from the catalog', () => {
    expectTypeOf<StripeIdentitySessionStatus>().toEqualTypeOf<
      'session:requires_input' | 'session:processing' | 'session:verified' | 'session:canceled'
    >();
  });

  it('keeps error codes, last_error codes and statuses apart', () => {
    expectTypeOf<'lock_timeout'>().toExtend<StripeIdentityErrorCode>();
    expectTypeOf<'api_error'>().toExtend<StripeIdentityErrorCode>();
    expectTypeOf<'INVALID_API_KEY'>().toExtend<StripeIdentityErrorCode>();
    expectTypeOf<'selfie_face_mismatch'>().toExtend<StripeIdentityLastErrorCode>();
    expectTypeOf<'under_supported_age'>().toExtend<StripeIdentityLastErrorCode>();
    expectTypeOf<'selfie_face_mismatch'>().not.toExtend<StripeIdentityErrorCode>();
    expectTypeOf<'REPORT_UNVERIFIED'>().not.toExtend<StripeIdentityLastErrorCode>();
    expectTypeOf<'session:verified'>().toExtend<StripeIdentityCode>();
    expectTypeOf<'card_declined'>().not.toExtend<StripeIdentityCode>();
  });

  it('derives the tags from the last_error codes', () => {
    expectTypeOf<'SELFIE_FACE_MISMATCH'>().toExtend<StripeIdentityTag>();
    expectTypeOf<'selfie_face_mismatch'>().not.toExtend<StripeIdentityTag>();
  });

  it('is a provider of its code union, with the shared outcome reader', () => {
    expectTypeOf(stripeIdentity).toExtend<Provider<StripeIdentityCode>>();
    expectTypeOf(stripeIdentity.outcome).returns.toEqualTypeOf<ReturnType<Provider['outcome']>>();
  });

  it('refuses a rule or a status naming a code the catalog lacks', () => {
    defineProvider({
      id: 'x',
      name: 'X',
      catalog: STRIPE_IDENTITY_CATALOG,
      read: () => undefined,
      // @ts-expect-error card_declined is a payments code, not in this catalog
      messages: [{ pattern: /^x/, code: 'card_declined' }],
    });
    defineProvider({
      id: 'x',
      name: 'X',
      catalog: STRIPE_IDENTITY_CATALOG,
      read: () => undefined,
      // @ts-expect-error session:verified is an approval: no status may mean it
      statuses: { 500: 'session:verified' },
    });
  });
});
