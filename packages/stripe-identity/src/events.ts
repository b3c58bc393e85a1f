import type { EventSpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Stripe Identity webhook event, as data: the Event `type` exactly as Stripe sends it,
 * our reason, and what it asks of the endpoint. Every one carries the VerificationSession in
 * `data.object`, and the session's status (with `last_error`) is what the outcome reader
 * reads; this list says what each event is.
 *
 * Source: stripe/stripe-node @ 663942164d3876f04bb26617b88f498ba785e580,
 * src/resources/Events.ts (the `Event.Type` union and the `IdentityVerificationSession*Event`
 * interfaces, generated from Stripe's OpenAPI spec, each with its one-line description);
 * https://docs.stripe.com/identity/how-sessions-work ("Session events").
 *
 * @example
 * ```ts
 * STRIPE_IDENTITY_EVENTS.find((e) => e.name === 'identity.verification_session.processing')?.verdictFollows; // true
 * ```
 */
export const STRIPE_IDENTITY_EVENTS = [
  // "Occurs whenever a VerificationSession is created"
  {
    name: 'identity.verification_session.created',
    reason: 'SESSION_CREATED',
    message: 'A VerificationSession was created; the user has not started it.',
    attention: false,
    verdictFollows: true,
  },
  // "Occurs whenever a VerificationSession transitions to processing"
  {
    name: 'identity.verification_session.processing',
    reason: 'SESSION_PROCESSING',
    message: 'The user submitted the session; Stripe is running the checks.',
    attention: false,
    verdictFollows: true,
  },
  // "Occurs whenever a VerificationSession transitions to require user input"
  // A verdict may still follow: with last_error the user may try again in the same session.
  {
    name: 'identity.verification_session.requires_input',
    reason: 'SESSION_REQUIRES_INPUT',
    message: 'The session needs the user again, usually because a check failed (see last_error).',
    attention: false,
    verdictFollows: true,
  },
  // "Occurs whenever a VerificationSession transitions to verified"
  {
    name: 'identity.verification_session.verified',
    reason: 'SESSION_VERIFIED',
    message: 'Every check of the session passed.',
    attention: false,
    verdictFollows: false,
  },
  // "Occurs whenever a VerificationSession is canceled"
  {
    name: 'identity.verification_session.canceled',
    reason: 'SESSION_CANCELED',
    message: 'The session was canceled and takes no more submissions.',
    attention: false,
    verdictFollows: false,
  },
  // "Occurs whenever a VerificationSession is redacted"
  {
    name: 'identity.verification_session.redacted',
    reason: 'SESSION_REDACTED',
    message: "The session's collected data was removed at the integrator's request.",
    attention: false,
    verdictFollows: false,
  },
] as const satisfies readonly EventSpec[];

/** A Stripe Identity webhook event type. */
export type StripeIdentityEvent = (typeof STRIPE_IDENTITY_EVENTS)[number]['name'];
