import type { EventSpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Sumsub webhook type we could source, as data: the `type` of the webhook body exactly
 * as Sumsub sends it, our reason, and what it asks of the endpoint. Sumsub does not validate
 * the types a webhook subscribes to and adds new ones over time, so a type missing here is
 * reported as undocumented, never as a failure.
 *
 * The verdict webhooks (`applicantReviewed`, `applicantWorkflowCompleted`,
 * `applicantActionReviewed`) are listed so the endpoint knows them; the reader, not this
 * list, decides their verdict. `verdictFollows` is about the applicant's review; the
 * transaction-monitoring, AML-case, Travel Rule and KYB types stand apart from it.
 *
 * Sources (README "Webhook events"): SK = SUMSUB/agent-skills @
 * 070922aeec263c846852ab27c368ef0688296724, `skills/sumsub-manage-webhooks/references/
 * webhook-schema.md`, "Common event-type strings" (and the same names in that skill's
 * `SKILL.md`, "Event types"); LC = same commit,
 * `skills/sumsub-integrate-websdk/references/lifecycle.md`, "Webhook events"; UV =
 * https://docs.sumsub.com/docs/user-verification-webhooks (also served as /docs/webhook-types).
 *
 * @example
 * ```ts
 * SUMSUB_EVENTS.find((e) => e.name === 'applicantOnHold')?.attention; // true
 * ```
 */
export const SUMSUB_EVENTS = [
  // ---- Applicant lifecycle. SK, UV; what each carries: LC ---------------------------------
  {
    name: 'applicantCreated',
    reason: 'APPLICANT_CREATED',
    message: 'An applicant was created; nothing has been submitted yet.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'applicantPrechecked',
    reason: 'APPLICANT_PRECHECKED',
    message: 'The first processing of the applicant data finished; checks are queued.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'applicantPending',
    reason: 'APPLICANT_PENDING',
    message: 'The applicant uploaded the required documents and waits for review.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'applicantReviewed',
    reason: 'APPLICANT_REVIEWED',
    message: 'The review finished with an answer (a verdict, read by the reader).',
    attention: false,
    verdictFollows: false,
  },
  // On hold is where a compliance expert, or the client's own reviewer, must step in.
  {
    name: 'applicantOnHold',
    reason: 'APPLICANT_ON_HOLD',
    message: 'The review of the applicant was paused for a person to look at it.',
    attention: true,
    verdictFollows: true,
  },
  {
    name: 'applicantActivated',
    reason: 'APPLICANT_ACTIVATED',
    message: 'The applicant profile was set to active.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantDeactivated',
    reason: 'APPLICANT_DEACTIVATED',
    message: 'The applicant profile was deactivated.',
    attention: false,
    verdictFollows: false,
  },
  // A reset sends the applicant back to the start: a new review will follow a resubmission.
  {
    name: 'applicantReset',
    reason: 'APPLICANT_RESET',
    message: 'The applicant was reset to the start and its documents set inactive.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'applicantLevelChanged',
    reason: 'APPLICANT_LEVEL_CHANGED',
    message: 'The applicant was moved to another verification level.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'applicantTagsChanged',
    reason: 'APPLICANT_TAGS_CHANGED',
    message: 'Tags were added to or removed from the applicant.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantPersonalInfoChanged',
    reason: 'APPLICANT_PERSONAL_INFO_CHANGED',
    message: 'The personal information of the applicant was changed after submission.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantDeleted',
    reason: 'APPLICANT_DELETED',
    message: 'The applicant was deleted for good.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantPersonalDataDeleted',
    reason: 'APPLICANT_PERSONAL_DATA_DELETED',
    message: 'The personal data of the applicant was erased on request.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Applicant actions. SK, UV; applicantActionLevelChanged UV --------------------------
  {
    name: 'applicantActionPending',
    reason: 'APPLICANT_ACTION_PENDING',
    message: 'An applicant action waits for review.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'applicantActionReviewed',
    reason: 'APPLICANT_ACTION_REVIEWED',
    message: 'The review of an applicant action finished (a verdict, read by the reader).',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantActionOnHold',
    reason: 'APPLICANT_ACTION_ON_HOLD',
    message: 'The review of an applicant action was paused for a person to look at it.',
    attention: true,
    verdictFollows: true,
  },
  {
    name: 'applicantActionLevelChanged',
    reason: 'APPLICANT_ACTION_LEVEL_CHANGED',
    message: 'An applicant action was moved to another level during its flow.',
    attention: false,
    verdictFollows: true,
  },

  // ---- Workflow and video identification. SK ----------------------------------------------
  {
    name: 'applicantWorkflowCompleted',
    reason: 'APPLICANT_WORKFLOW_COMPLETED',
    message: 'A workflow run on the applicant finished (a verdict, read by the reader).',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'videoIdentStatusChanged',
    reason: 'VIDEO_IDENT_STATUS_CHANGED',
    message: 'The status of a video identification call changed.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'videoIdentCompositionCompleted',
    reason: 'VIDEO_IDENT_COMPOSITION_COMPLETED',
    message: 'The recording of a video identification call is assembled and available.',
    attention: false,
    verdictFollows: false,
  },

  // ---- Transaction monitoring for an applicant. SK ----------------------------------------
  {
    name: 'applicantKytTxnApproved',
    reason: 'APPLICANT_KYT_TXN_APPROVED',
    message: 'A monitored transaction of the applicant was approved.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantKytTxnRejected',
    reason: 'APPLICANT_KYT_TXN_REJECTED',
    message: 'A monitored transaction of the applicant was rejected.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantKytTxnReviewed',
    reason: 'APPLICANT_KYT_TXN_REVIEWED',
    message: 'The review of a monitored transaction of the applicant finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantKytTxnDeleted',
    reason: 'APPLICANT_KYT_TXN_DELETED',
    message: 'A monitored transaction of the applicant was deleted.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantKytTxnDataChanged',
    reason: 'APPLICANT_KYT_TXN_DATA_CHANGED',
    message: 'The data of a monitored transaction of the applicant changed.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantKytTxnAwaitingUser',
    reason: 'APPLICANT_KYT_TXN_AWAITING_USER',
    message: 'A monitored transaction of the applicant waits for the user to act.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'applicantKytOnHold',
    reason: 'APPLICANT_KYT_ON_HOLD',
    message: 'Transaction monitoring put the applicant on hold for a person to look at.',
    attention: true,
    verdictFollows: false,
  },

  // ---- Transaction-monitoring cases and AML cases. SK -------------------------------------
  {
    name: 'kytCaseCreated',
    reason: 'KYT_CASE_CREATED',
    message: 'A transaction-monitoring case was opened.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'kytCaseStatusChanged',
    reason: 'KYT_CASE_STATUS_CHANGED',
    message: 'The status of a transaction-monitoring case changed.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'kytCaseReviewed',
    reason: 'KYT_CASE_REVIEWED',
    message: 'The review of a transaction-monitoring case finished.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'amlCaseApproved',
    reason: 'AML_CASE_APPROVED',
    message: 'An AML case was closed as approved.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'amlCaseRejected',
    reason: 'AML_CASE_REJECTED',
    message: 'An AML case was closed as rejected.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'amlCaseOnHold',
    reason: 'AML_CASE_ON_HOLD',
    message: 'An AML case was put on hold for a person to look at it.',
    attention: true,
    verdictFollows: false,
  },

  // ---- Travel Rule and KYB monitoring. SK -------------------------------------------------
  {
    name: 'travelRuleAction',
    reason: 'TRAVEL_RULE_ACTION',
    message: 'A Travel Rule transfer moved on in its lifecycle.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'kybCompanyActivity',
    reason: 'KYB_COMPANY_ACTIVITY',
    message: 'Ongoing monitoring reported activity on a verified company.',
    attention: false,
    verdictFollows: false,
  },
] as const satisfies readonly EventSpec[];

/** A Sumsub webhook type this package knows. */
export type SumsubEventName = (typeof SUMSUB_EVENTS)[number]['name'];
