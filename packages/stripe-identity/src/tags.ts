import { STRIPE_IDENTITY_CATALOG, type StripeIdentityLastErrorCode } from './codes.js';

/** A tag Stripe Identity's outcome reader may emit: a failed check's error code, upper-cased. */
export type StripeIdentityTag = Uppercase<StripeIdentityLastErrorCode>;

/**
 * Every tag Stripe Identity's outcome reader may emit: the error code of each check a
 * VerificationReport can fail, upper-cased as the reader writes it (`SELFIE_FACE_MISMATCH`).
 * Derived from the catalog's `last_error` codes, which are the report's error codes and the
 * session-only ones (a report never carries those, so they never appear as tags).
 */
export const STRIPE_IDENTITY_TAGS: readonly StripeIdentityTag[] = Object.freeze(
  STRIPE_IDENTITY_CATALOG.filter(
    (e) =>
      e.kind === 'outcome' &&
      e.verdict === 'rejected' &&
      !e.final &&
      !('native' in e) &&
      !e.code.includes(':'),
  ).map((e) => e.code.toUpperCase() as StripeIdentityTag),
);
