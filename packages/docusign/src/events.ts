import type { EventSpec } from '@kyc-errors/core/provider-kit';

/**
 * Every DocuSign Connect event we could source, as data: the name in the JSON SIM message's
 * `event` element exactly as DocuSign sends it, our reason, and what it asks of the endpoint.
 *
 * Sources (the package README gives them in full): SDK = docusign/docusign-esign-node-client @
 * 1c373fb42182bbca82b66961be865c3f142886e6, `src/model/ConnectCustomConfiguration.js`, the
 * `envelopeEvents` values ("Sent, Delivered, Completed, Declined, and Voided") and the
 * `recipientEvents` values ("Sent, Delivered, Completed, Declined, AuthenticationFailed, and
 * AutoResponded"), generated from the eSignature v2.1 OpenAPI spec; SIM =
 * https://developers.docusign.com/platform/webhooks/connect/json-sim-event-model/, which names
 * a JSON SIM event `<object>-<status>` (`"status": "sent"` becomes `"event": "envelope-sent"`);
 * EVT = https://developers.docusign.com/platform/webhooks/connect/event-triggers/.
 *
 * Connect 2.0 has more events (resends, corrections, purges, templates, Click); we could not
 * read DocuSign's own list of them, so they are left out and reported as undocumented, never
 * as failures.
 *
 * The envelope events that carry a verdict are listed too, so the endpoint knows them; the
 * catalog, not this list, decides their verdict. A recipient event is one recipient's step:
 * `recipient-completed` is one signer done, never the envelope (only `envelope-completed` is);
 * so every recipient event expects a verdict to follow.
 *
 * @example
 * ```ts
 * DOCUSIGN_EVENTS.find((e) => e.name === 'recipient-completed')?.verdictFollows; // true
 * ```
 */
export const DOCUSIGN_EVENTS = [
  // ---- Envelope events (SDK envelopeEvents; EVT "Envelope events") --------------------------
  {
    name: 'envelope-sent',
    reason: 'ENVELOPE_SENT',
    message:
      'The envelope went out to at least one recipient (or it is one’s turn to sign in your app).',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'envelope-delivered',
    reason: 'ENVELOPE_DELIVERED',
    message: 'Every recipient has opened the envelope in DocuSign; not all have finished.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'envelope-completed',
    reason: 'ENVELOPE_COMPLETED',
    message: 'Every recipient has finished: the envelope is complete.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'envelope-declined',
    reason: 'ENVELOPE_DECLINED',
    message: 'A recipient declined to sign: the envelope is over.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'envelope-voided',
    reason: 'ENVELOPE_VOIDED',
    message: 'The sender voided the envelope, or it expired: it is over.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Recipient events (SDK recipientEvents; EVT "Recipient events") ----------------------
  {
    name: 'recipient-sent',
    reason: 'RECIPIENT_SENT',
    message: 'A recipient was notified that it is their turn.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'recipient-delivered',
    reason: 'RECIPIENT_DELIVERED',
    message: 'A recipient opened the envelope’s documents in DocuSign.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'recipient-completed',
    reason: 'RECIPIENT_COMPLETED',
    message:
      'One recipient finished their part (usually by signing); the envelope may still wait for others.',
    attention: false,
    verdictFollows: true,
  },
  {
    // The envelope is declined with it; envelope-declined carries the verdict.
    name: 'recipient-declined',
    reason: 'RECIPIENT_DECLINED',
    message: 'A recipient declined to sign; the envelope-declined event carries the verdict.',
    attention: false,
    verdictFollows: true,
  },
  {
    // After every attempt failed: the sender must act (correct the recipient or resend).
    name: 'recipient-authenticationfailed',
    reason: 'RECIPIENT_AUTHENTICATION_FAILED',
    message: 'A recipient failed the identity check the sender required, on every attempt allowed.',
    attention: true,
    verdictFollows: true,
  },
  {
    // A bounce or an automatic reply: the recipient may never see the envelope.
    name: 'recipient-autoresponded',
    reason: 'RECIPIENT_AUTORESPONDED',
    message: 'The notification e-mail to a recipient bounced or drew an automatic reply.',
    attention: true,
    verdictFollows: true,
  },
] as const satisfies readonly EventSpec[];

/** A Connect event name DocuSign documents (`'envelope-completed'`, `'recipient-signed'` is not one). */
export type DocusignEventName = (typeof DOCUSIGN_EVENTS)[number]['name'];
