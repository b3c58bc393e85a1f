import type { EventSpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Persona webhook event we could source, as data: the name in `data.attributes.name`
 * exactly as Persona sends it, our reason, and what it asks of the endpoint. Persona's own
 * events page warns that its list grows at any time, so an event missing here is reported as
 * undocumented, never as a failure.
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
export const PERSONA_EVENTS = [
  // ---- Accounts. OAS-WH; the rest EVT ("Account events") --------------------------------
  {
    name: 'account.created',
    reason: 'ACCOUNT_CREATED',
    message: 'An account was created.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.redacted',
    reason: 'ACCOUNT_REDACTED',
    message: 'The personal data of an account was removed.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.archived',
    reason: 'ACCOUNT_ARCHIVED',
    message: 'An account was archived.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.restored',
    reason: 'ACCOUNT_RESTORED',
    message: 'An archived account was brought back.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.consolidated',
    reason: 'ACCOUNT_CONSOLIDATED',
    message: 'This account was merged into another account.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.tag-added',
    reason: 'ACCOUNT_TAG_ADDED',
    message: 'A tag was put on an account.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.tag-removed',
    reason: 'ACCOUNT_TAG_REMOVED',
    message: 'A tag was taken off an account.',
    attention: false,
    verdictFollows: false,
  },
  // EVT, "Account events"
  {
    name: 'account.consolidated-with',
    reason: 'ACCOUNT_CONSOLIDATED_WITH',
    message: 'Another account was merged into this account.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.status-updated',
    reason: 'ACCOUNT_STATUS_UPDATED',
    message: 'The status of an account changed.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.updated-fields',
    reason: 'ACCOUNT_UPDATED_FIELDS',
    message: 'One or more fields of an account changed.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.updated-tags',
    reason: 'ACCOUNT_UPDATED_TAGS',
    message: 'The set of tags on an account changed.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.added-relation',
    reason: 'ACCOUNT_ADDED_RELATION',
    message: 'An account was linked to another object.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account.removed-relation',
    reason: 'ACCOUNT_REMOVED_RELATION',
    message: 'A link between an account and another object was removed.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'account-type.deleted-field',
    reason: 'ACCOUNT_TYPE_DELETED_FIELD',
    message: 'A field was removed from an account type.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Agent conversations and authentications. EVT --------------------------------------
  {
    name: 'agent-conversation.created',
    reason: 'AGENT_CONVERSATION_CREATED',
    message: 'An agent conversation was started.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'agent-conversation.message-added',
    reason: 'AGENT_CONVERSATION_MESSAGE_ADDED',
    message: 'A message was added to an agent conversation.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'agent-conversation.errored',
    reason: 'AGENT_CONVERSATION_ERRORED',
    message: 'An agent conversation failed with an error.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'authentication.created',
    reason: 'AUTHENTICATION_CREATED',
    message: 'An authentication was created.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'authentication.completed',
    reason: 'AUTHENTICATION_COMPLETED',
    message: 'An authentication was completed.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Cases. OAS-WH ----------------------------------------------------------------------
  // A new or reopened case is work for a reviewer: attention. Its resolution is the
  // organisation's own decision, not an inquiry verdict, so no verdict follows from it.
  {
    name: 'case.created',
    reason: 'CASE_CREATED',
    message: 'A case was opened for manual review.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'case.assigned',
    reason: 'CASE_ASSIGNED',
    message: 'A case was assigned to a reviewer.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'case.resolved',
    reason: 'CASE_RESOLVED',
    message: 'A reviewer resolved a case.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'case.reopened',
    reason: 'CASE_REOPENED',
    message: 'A resolved case was opened again for review.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'case.updated',
    reason: 'CASE_UPDATED',
    message: 'A case was changed.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Documents. OAS-WH ------------------------------------------------------------------
  // Processing states of an uploaded document, not judgements about the person.
  {
    name: 'document.created',
    reason: 'DOCUMENT_CREATED',
    message: 'A document was created.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'document.submitted',
    reason: 'DOCUMENT_SUBMITTED',
    message: 'A document was submitted for processing.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'document.processed',
    reason: 'DOCUMENT_PROCESSED',
    message: 'Processing of a document finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'document.errored',
    reason: 'DOCUMENT_ERRORED',
    message: 'Processing of a document failed with an error.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Inquiries. OAS-WH; inquiry.started EVT and WH; inquiry.redacted WH -----------------
  {
    name: 'inquiry.created',
    reason: 'INQUIRY_CREATED',
    message: 'An inquiry was created; the user has not started it yet.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'inquiry.started',
    reason: 'INQUIRY_STARTED',
    message: 'The user started the inquiry: a first verification was created or submitted.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'inquiry.expired',
    reason: 'INQUIRY_EXPIRED',
    message: 'The inquiry expired before it was completed; it can be resumed or recreated.',
    attention: false,
    verdictFollows: false,
  },
  // Completed and failed are not final in the catalog: a workflow or a reviewer may still
  // approve, decline or send the inquiry to review.
  {
    name: 'inquiry.completed',
    reason: 'INQUIRY_COMPLETED',
    message: 'The user finished every configured verification; a decision may still follow.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'inquiry.failed',
    reason: 'INQUIRY_FAILED',
    message: 'The inquiry ran out of verification attempts; a decision may still follow.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'inquiry.marked-for-review',
    reason: 'INQUIRY_MARKED_FOR_REVIEW',
    message: 'The inquiry was sent to manual review.',
    attention: true,
    verdictFollows: true,
  },
  {
    name: 'inquiry.approved',
    reason: 'INQUIRY_APPROVED',
    message: 'The inquiry was approved (a verdict, read by the catalog).',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'inquiry.declined',
    reason: 'INQUIRY_DECLINED',
    message: 'The inquiry was declined (a verdict, read by the catalog).',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'inquiry.transitioned',
    reason: 'INQUIRY_TRANSITIONED',
    message: 'A dynamic-flow inquiry moved on to its next step.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'inquiry.redacted',
    reason: 'INQUIRY_REDACTED',
    message: 'The personal data of an inquiry was removed; its status is unchanged.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Inquiry sessions. OAS-WH -----------------------------------------------------------
  {
    name: 'inquiry-session.started',
    reason: 'INQUIRY_SESSION_STARTED',
    message: 'The user opened the inquiry on a device; each device has its own session.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'inquiry-session.expired',
    reason: 'INQUIRY_SESSION_EXPIRED',
    message: 'A session on the inquiry expired.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'inquiry-session.canceled',
    reason: 'INQUIRY_SESSION_CANCELED',
    message: 'The user canceled a session; it may be resumed, so this can come more than once.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Reports. OAS-WH; report/watchlist.dismissed WH -------------------------------------
  // A `matched` screening report is a hit that someone must look at; `ready` only says the
  // run finished and `errored` that it did not.
  {
    name: 'report/address-lookup.ready',
    reason: 'REPORT_ADDRESS_LOOKUP_READY',
    message: 'An address lookup report finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/address-lookup.errored',
    reason: 'REPORT_ADDRESS_LOOKUP_ERRORED',
    message: 'An address lookup report failed to run.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/adverse-media.matched',
    reason: 'REPORT_ADVERSE_MEDIA_MATCHED',
    message: 'An adverse media report found one or more matches.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'report/adverse-media.ready',
    reason: 'REPORT_ADVERSE_MEDIA_READY',
    message: 'An adverse media report finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/adverse-media.errored',
    reason: 'REPORT_ADVERSE_MEDIA_ERRORED',
    message: 'An adverse media report failed to run.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/business-adverse-media.matched',
    reason: 'REPORT_BUSINESS_ADVERSE_MEDIA_MATCHED',
    message: 'A business adverse media report found one or more matches.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'report/business-adverse-media.ready',
    reason: 'REPORT_BUSINESS_ADVERSE_MEDIA_READY',
    message: 'A business adverse media report finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/business-adverse-media.errored',
    reason: 'REPORT_BUSINESS_ADVERSE_MEDIA_ERRORED',
    message: 'A business adverse media report failed to run.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/business-watchlist.ready',
    reason: 'REPORT_BUSINESS_WATCHLIST_READY',
    message: 'A business watchlist report finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/business-watchlist.matched',
    reason: 'REPORT_BUSINESS_WATCHLIST_MATCHED',
    message: 'A business watchlist report found one or more matches.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'report/business-watchlist.errored',
    reason: 'REPORT_BUSINESS_WATCHLIST_ERRORED',
    message: 'A business watchlist report failed to run.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/email-address.ready',
    reason: 'REPORT_EMAIL_ADDRESS_READY',
    message: 'An email address report finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/email-address.errored',
    reason: 'REPORT_EMAIL_ADDRESS_ERRORED',
    message: 'An email address report failed to run.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/phone-number.ready',
    reason: 'REPORT_PHONE_NUMBER_READY',
    message: 'A phone number report finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/phone-number.errored',
    reason: 'REPORT_PHONE_NUMBER_ERRORED',
    message: 'A phone number report failed to run.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/profile.ready',
    reason: 'REPORT_PROFILE_READY',
    message: 'A profile report finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/profile.errored',
    reason: 'REPORT_PROFILE_ERRORED',
    message: 'A profile report failed to run.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/politically-exposed-person.matched',
    reason: 'REPORT_POLITICALLY_EXPOSED_PERSON_MATCHED',
    message: 'A politically exposed person report found one or more matches.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'report/politically-exposed-person.ready',
    reason: 'REPORT_POLITICALLY_EXPOSED_PERSON_READY',
    message: 'A politically exposed person report finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/politically-exposed-person.errored',
    reason: 'REPORT_POLITICALLY_EXPOSED_PERSON_ERRORED',
    message: 'A politically exposed person report failed to run.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/watchlist.matched',
    reason: 'REPORT_WATCHLIST_MATCHED',
    message: 'A watchlist report found one or more matches (for a monitored report, a new one).',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'report/watchlist.ready',
    reason: 'REPORT_WATCHLIST_READY',
    message: 'A watchlist report finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/watchlist.errored',
    reason: 'REPORT_WATCHLIST_ERRORED',
    message: 'A watchlist report failed to run.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'report/watchlist.dismissed',
    reason: 'REPORT_WATCHLIST_DISMISSED',
    message: 'A reviewer dismissed a match a watchlist report had found.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Selfies. OAS-WH --------------------------------------------------------------------
  {
    name: 'selfie.created',
    reason: 'SELFIE_CREATED',
    message: 'A selfie was created.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'selfie.submitted',
    reason: 'SELFIE_SUBMITTED',
    message: 'A selfie was submitted for processing.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'selfie.processed',
    reason: 'SELFIE_PROCESSED',
    message: 'Processing of a selfie finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'selfie.errored',
    reason: 'SELFIE_ERRORED',
    message: 'Processing of a selfie failed with an error.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Transactions. OAS-WH; transaction.updated-fields WH --------------------------------
  {
    name: 'transaction.created',
    reason: 'TRANSACTION_CREATED',
    message: 'A transaction was created.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'transaction.labeled',
    reason: 'TRANSACTION_LABELED',
    message: 'A label was put on a transaction.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'transaction.redacted',
    reason: 'TRANSACTION_REDACTED',
    message: 'The personal data of a transaction was removed.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'transaction.status-updated',
    reason: 'TRANSACTION_STATUS_UPDATED',
    message: 'The status of a transaction changed.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'transaction.updated-fields',
    reason: 'TRANSACTION_UPDATED_FIELDS',
    message: 'One or more fields of a transaction changed.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Verifications. OAS-WH; escalated, skipped, tentatively-* WH ------------------------
  // A verification is one step of an inquiry: whatever it says, the inquiry's decision is
  // still to come, so every verification event has a verdict following.
  {
    name: 'verification.created',
    reason: 'VERIFICATION_CREATED',
    message: 'A verification was created on an inquiry.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'verification.submitted',
    reason: 'VERIFICATION_SUBMITTED',
    message: 'The user submitted a verification.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'verification.passed',
    reason: 'VERIFICATION_PASSED',
    message: 'A verification passed its checks; the inquiry decides the verdict.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'verification.failed',
    reason: 'VERIFICATION_FAILED',
    message: 'A verification failed its checks; the inquiry decides the verdict.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'verification.requires-retry',
    reason: 'VERIFICATION_REQUIRES_RETRY',
    message: 'A verification could not be judged and the user must submit it again.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'verification.canceled',
    reason: 'VERIFICATION_CANCELED',
    message: 'A verification was canceled.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'verification.skipped',
    reason: 'VERIFICATION_SKIPPED',
    message: 'A verification was skipped.',
    attention: false,
    verdictFollows: true,
  },
  // Escalated is sent for a closer look: the catalog advises investigate.
  {
    name: 'verification.escalated',
    reason: 'VERIFICATION_ESCALATED',
    message: 'A verification was escalated for a closer look.',
    attention: true,
    verdictFollows: true,
  },
  {
    name: 'verification.tentatively-passed',
    reason: 'VERIFICATION_TENTATIVELY_PASSED',
    message: 'A verification passed for now; its result may still change.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'verification.tentatively-failed',
    reason: 'VERIFICATION_TENTATIVELY_FAILED',
    message: 'A verification failed for now; its result may still change.',
    attention: false,
    verdictFollows: true,
  },
] as const satisfies readonly EventSpec[];

/** A Persona webhook event name this package knows. */
export type PersonaEventName = (typeof PERSONA_EVENTS)[number]['name'];
