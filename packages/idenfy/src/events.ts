import type { EventSpec } from '@kyc-errors/core/provider-kit';

/**
 * Every iDenfy KYC webhook event we could source, as data: the event name exactly as iDenfy's
 * KYC Webhooks page writes it, our reason, and what it asks of the endpoint. An event missing
 * here is reported as undocumented, never as a failure.
 *
 * Each of these webhooks carries a verification body with `status.overall` and a `final`
 * flag; the reader reads the verdict and `final` from the body, not from this list. So
 * `verdictFollows` is `false` throughout: when `final` is `false` (an automated or
 * resubmitted result with a manual review still to come) the body itself says a manual
 * result will follow.
 *
 * Source (README "Webhook events"): https://documentation.idenfy.com/kyc/webhooks, "Webhook
 * Events and Timing" and the note on the legacy event above it.
 *
 * @example
 * ```ts
 * IDENFY_EVENTS.find((e) => e.name === 'IDENTIFICATION_CANCELLED')?.verdictFollows; // false
 * ```
 */
export const IDENFY_EVENTS = [
  // The legacy event: every verification outcome in one webhook.
  {
    name: 'IDENTIFICATION',
    reason: 'IDENTIFICATION',
    message: 'A verification result, sent for every outcome (the older, catch-all event).',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'IDENTIFICATION_AUTO_FINISHED',
    reason: 'IDENTIFICATION_AUTO_FINISHED',
    message: 'The automated review finished; its final flag says whether a manual one follows.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'IDENTIFICATION_MANUAL_FINISHED',
    reason: 'IDENTIFICATION_MANUAL_FINISHED',
    message: 'A reviewer finished the verification; this result is always final.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'IDENTIFICATION_RESUBMITTED',
    reason: 'IDENTIFICATION_RESUBMITTED',
    message: 'The user sent the information asked for; its final flag says whether review follows.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'IDENTIFICATION_CANCELLED',
    reason: 'IDENTIFICATION_CANCELLED',
    message: 'The verification was cancelled before it was completed.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'IDENTIFICATION_EXPIRED',
    reason: 'IDENTIFICATION_EXPIRED',
    message: 'The verification token expired before the user finished the flow.',
    attention: false,
    verdictFollows: false,
  },
] as const satisfies readonly EventSpec[];

/** An iDenfy webhook event name this package knows. */
export type IdenfyEventName = (typeof IDENFY_EVENTS)[number]['name'];
