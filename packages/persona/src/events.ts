import type { EventSpec } from '@kyc-errors/core/provider-kit';

/** A person must look at it (`attention`). */
const ATTENTION = { attention: true } as const;
/** The inquiry's verdict is still to come (`verdictFollows`). */
const FOLLOWS = { verdictFollows: true } as const;
const BOTH = { attention: true, verdictFollows: true } as const;

/** One event: its name as Persona sends it, our message, and what it asks of the endpoint. */
type Row = readonly [
  name: string,
  message: string,
  flags?: { readonly attention?: boolean; readonly verdictFollows?: boolean },
];

/**
 * The rows as {@link EventSpec}s. The reason is the name upper-cased with its separators
 * turned into underscores (`report/watchlist.matched` -> `REPORT_WATCHLIST_MATCHED`): stable,
 * and two names cannot share one. Flags not given are false.
 */
function events<const R extends readonly Row[]>(
  rows: R,
): readonly (EventSpec & { readonly name: R[number][0] })[] {
  return rows.map(([name, message, flags]) => ({
    name,
    reason: name.toUpperCase().replace(/[./-]/g, '_'),
    message,
    attention: flags?.attention ?? false,
    verdictFollows: flags?.verdictFollows ?? false,
  }));
}

/**
 * Every Persona webhook event we could source, as data, one row each: the name in
 * `data.attributes.name` exactly as Persona sends it, our message, and what it asks of the
 * endpoint. Persona's own events page warns that its list grows at any time, so an event
 * missing here is reported as undocumented, never as a failure.
 *
 * Verdicts are listed too (`inquiry.approved`, `inquiry.declined`) so the endpoint knows them;
 * the catalog, not this list, decides the verdict. `verdictFollows` says whether the inquiry's
 * decision is still to come after the event; `attention` marks a screening match or a review
 * request that a person must look at.
 *
 * Sources (README "Webhook events" gives them in full): OAS-WH = Persona's OpenAPI spec
 * (Persona-Version 2023-01-05) as vendored in hey-jane/persona-openapi-client @
 * fe93953f3f02f76f3a63a35e0bb18464e9961c89, `openapi-bundled.yaml`,
 * `components.schemas.webhook-request-attributes.enabled-events` enum (identical at 1084d4a);
 * EVT = https://docs.withpersona.com/events, "Types of Events"; WH = the per-event pages under
 * https://docs.withpersona.com/api-reference/webhooks/ ("Webhook for the `<name>` event").
 *
 * @example
 * ```ts
 * PERSONA_EVENTS.find((e) => e.name === 'report/watchlist.matched')?.attention; // true
 * ```
 */
export const PERSONA_EVENTS = events([
  // ---- Accounts. OAS-WH; the rest EVT ("Account events") --------------------------------
  ['account.created', 'An account was created.'],
  ['account.redacted', 'The personal data of an account was removed.'],
  ['account.archived', 'An account was archived.'],
  ['account.restored', 'An archived account was brought back.'],
  ['account.consolidated', 'This account was merged into another account.'],
  ['account.tag-added', 'A tag was put on an account.'],
  ['account.tag-removed', 'A tag was taken off an account.'],
  // EVT, "Account events"
  ['account.consolidated-with', 'Another account was merged into this account.'],
  ['account.status-updated', 'The status of an account changed.'],
  ['account.updated-fields', 'One or more fields of an account changed.'],
  ['account.updated-tags', 'The set of tags on an account changed.'],
  ['account.added-relation', 'An account was linked to another object.'],
  ['account.removed-relation', 'A link between an account and another object was removed.'],
  ['account-type.deleted-field', 'A field was removed from an account type.'],

  // ---- Agent conversations and authentications. EVT --------------------------------------
  ['agent-conversation.created', 'An agent conversation was started.'],
  ['agent-conversation.message-added', 'A message was added to an agent conversation.'],
  ['agent-conversation.errored', 'An agent conversation failed with an error.'],
  ['authentication.created', 'An authentication was created.'],
  ['authentication.completed', 'An authentication was completed.'],

  // ---- Cases. OAS-WH ----------------------------------------------------------------------
  // A new or reopened case is work for a reviewer: attention. Its resolution is the
  // organisation's own decision, not an inquiry verdict, so no verdict follows from it.
  ['case.created', 'A case was opened for manual review.', ATTENTION],
  ['case.assigned', 'A case was assigned to a reviewer.'],
  ['case.resolved', 'A reviewer resolved a case.'],
  ['case.reopened', 'A resolved case was opened again for review.', ATTENTION],
  ['case.updated', 'A case was changed.'],

  // ---- Documents. OAS-WH ------------------------------------------------------------------
  // Processing states of an uploaded document, not judgements about the person.
  ['document.created', 'A document was created.'],
  ['document.submitted', 'A document was submitted for processing.'],
  ['document.processed', 'Processing of a document finished.'],
  ['document.errored', 'Processing of a document failed with an error.'],

  // ---- Inquiries. OAS-WH; inquiry.started EVT and WH; inquiry.redacted WH -----------------
  ['inquiry.created', 'An inquiry was created; the user has not started it yet.', FOLLOWS],
  [
    'inquiry.started',
    'The user started the inquiry: a first verification was created or submitted.',
    FOLLOWS,
  ],
  [
    'inquiry.expired',
    'The inquiry expired before it was completed; it can be resumed or recreated.',
  ],
  // Completed and failed are not final in the catalog: a workflow or a reviewer may still
  // approve, decline or send the inquiry to review.
  [
    'inquiry.completed',
    'The user finished every configured verification; a decision may still follow.',
    FOLLOWS,
  ],
  [
    'inquiry.failed',
    'The inquiry ran out of verification attempts; a decision may still follow.',
    FOLLOWS,
  ],
  ['inquiry.marked-for-review', 'The inquiry was sent to manual review.', BOTH],
  ['inquiry.approved', 'The inquiry was approved (a verdict, read by the catalog).'],
  ['inquiry.declined', 'The inquiry was declined (a verdict, read by the catalog).'],
  ['inquiry.transitioned', 'A dynamic-flow inquiry moved on to its next step.', FOLLOWS],
  ['inquiry.redacted', 'The personal data of an inquiry was removed; its status is unchanged.'],

  // ---- Inquiry sessions. OAS-WH -----------------------------------------------------------
  [
    'inquiry-session.started',
    'The user opened the inquiry on a device; each device has its own session.',
    FOLLOWS,
  ],
  ['inquiry-session.expired', 'A session on the inquiry expired.'],
  [
    'inquiry-session.canceled',
    'The user canceled a session; it may be resumed, so this can come more than once.',
  ],

  // ---- Reports. OAS-WH; report/watchlist.dismissed WH -------------------------------------
  // A `matched` screening report is a hit that someone must look at; `ready` only says the
  // run finished and `errored` that it did not.
  ['report/address-lookup.ready', 'An address lookup report finished.'],
  ['report/address-lookup.errored', 'An address lookup report failed to run.'],
  ['report/adverse-media.matched', 'An adverse media report found one or more matches.', ATTENTION],
  ['report/adverse-media.ready', 'An adverse media report finished.'],
  ['report/adverse-media.errored', 'An adverse media report failed to run.'],
  [
    'report/business-adverse-media.matched',
    'A business adverse media report found one or more matches.',
    ATTENTION,
  ],
  ['report/business-adverse-media.ready', 'A business adverse media report finished.'],
  ['report/business-adverse-media.errored', 'A business adverse media report failed to run.'],
  ['report/business-watchlist.ready', 'A business watchlist report finished.'],
  [
    'report/business-watchlist.matched',
    'A business watchlist report found one or more matches.',
    ATTENTION,
  ],
  ['report/business-watchlist.errored', 'A business watchlist report failed to run.'],
  ['report/email-address.ready', 'An email address report finished.'],
  ['report/email-address.errored', 'An email address report failed to run.'],
  ['report/phone-number.ready', 'A phone number report finished.'],
  ['report/phone-number.errored', 'A phone number report failed to run.'],
  ['report/profile.ready', 'A profile report finished.'],
  ['report/profile.errored', 'A profile report failed to run.'],
  [
    'report/politically-exposed-person.matched',
    'A politically exposed person report found one or more matches.',
    ATTENTION,
  ],
  ['report/politically-exposed-person.ready', 'A politically exposed person report finished.'],
  [
    'report/politically-exposed-person.errored',
    'A politically exposed person report failed to run.',
  ],
  [
    'report/watchlist.matched',
    'A watchlist report found one or more matches (for a monitored report, a new one).',
    ATTENTION,
  ],
  ['report/watchlist.ready', 'A watchlist report finished.'],
  ['report/watchlist.errored', 'A watchlist report failed to run.'],
  ['report/watchlist.dismissed', 'A reviewer dismissed a match a watchlist report had found.'],

  // ---- Selfies. OAS-WH --------------------------------------------------------------------
  ['selfie.created', 'A selfie was created.'],
  ['selfie.submitted', 'A selfie was submitted for processing.'],
  ['selfie.processed', 'Processing of a selfie finished.'],
  ['selfie.errored', 'Processing of a selfie failed with an error.'],

  // ---- Transactions. OAS-WH; transaction.updated-fields WH --------------------------------
  ['transaction.created', 'A transaction was created.'],
  ['transaction.labeled', 'A label was put on a transaction.'],
  ['transaction.redacted', 'The personal data of a transaction was removed.'],
  ['transaction.status-updated', 'The status of a transaction changed.'],
  ['transaction.updated-fields', 'One or more fields of a transaction changed.'],

  // ---- Verifications. OAS-WH; escalated, skipped, tentatively-* WH ------------------------
  // A verification is one step of an inquiry: whatever it says, the inquiry's decision is
  // still to come, so every verification event has a verdict following.
  ['verification.created', 'A verification was created on an inquiry.', FOLLOWS],
  ['verification.submitted', 'The user submitted a verification.', FOLLOWS],
  [
    'verification.passed',
    'A verification passed its checks; the inquiry decides the verdict.',
    FOLLOWS,
  ],
  [
    'verification.failed',
    'A verification failed its checks; the inquiry decides the verdict.',
    FOLLOWS,
  ],
  [
    'verification.requires-retry',
    'A verification could not be judged and the user must submit it again.',
    FOLLOWS,
  ],
  ['verification.canceled', 'A verification was canceled.', FOLLOWS],
  ['verification.skipped', 'A verification was skipped.', FOLLOWS],
  // Escalated is sent for a closer look: the catalog advises investigate.
  ['verification.escalated', 'A verification was escalated for a closer look.', BOTH],
  [
    'verification.tentatively-passed',
    'A verification passed for now; its result may still change.',
    FOLLOWS,
  ],
  [
    'verification.tentatively-failed',
    'A verification failed for now; its result may still change.',
    FOLLOWS,
  ],
]);

/** A Persona webhook event name this package knows. */
export type PersonaEventName = (typeof PERSONA_EVENTS)[number]['name'];
