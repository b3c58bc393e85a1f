import type { EventSpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Onfido webhook event, as data: the `payload.action` exactly as Onfido sends it, our
 * reason, and what it asks of the endpoint. The list is the OAS enum
 * `webhook_event_type` (onfido/onfido-openapi-spec @ 1498236ae3ae26cfc73c0fcb38d213c90e5daec1,
 * `schemas/webhooks/definitions.yaml`; the same values as onfido-node's `WebhookEventType`),
 * in its order; an event missing here is reported as undocumented, never as a failure.
 *
 * The three events that announce a result are listed too, so the endpoint knows them; the
 * catalog, not this list, decides what they read as: `check.completed` and
 * `report.completed` carry no result (fetch the object), `workflow_run.completed` reads as the
 * run's status when the body holds one. `verdictFollows` says whether a verdict is still to
 * be read after the event; `attention` marks what a person should look at (new watchlist
 * matches, work withdrawn or cancelled by someone).
 *
 * @example
 * ```ts
 * ONFIDO_EVENTS.find((e) => e.name === 'watchlist_monitor.matches_updated')?.attention; // true
 * ```
 */
export const ONFIDO_EVENTS = [
  {
    name: 'audit_log.created',
    reason: 'AUDIT_LOG_CREATED',
    message: 'An entry was added to the account audit log.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'watchlist_monitor.matches_updated',
    reason: 'WATCHLIST_MONITOR_MATCHES_UPDATED',
    message: 'An ongoing watchlist monitor found new or changed matches for an applicant.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'workflow_run.completed',
    reason: 'WORKFLOW_RUN_COMPLETED',
    message:
      'A workflow run ended; its status (approved, declined, review, abandoned, error) is the decision.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'workflow_task.started',
    reason: 'WORKFLOW_TASK_STARTED',
    message: 'A task of a workflow run started.',
    attention: false,
    verdictFollows: true,
  },
  {
    // A task's output (a document report inside it, say) is not the run's decision.
    name: 'workflow_task.completed',
    reason: 'WORKFLOW_TASK_COMPLETED',
    message:
      "A task of a workflow run finished; the run's decision comes with workflow_run.completed.",
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'check.started',
    reason: 'CHECK_STARTED',
    message: 'A check started running its reports.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'check.reopened',
    reason: 'CHECK_REOPENED',
    message: 'A completed check was reopened; its earlier result no longer stands.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'check.withdrawn',
    reason: 'CHECK_WITHDRAWN',
    message: 'A check was withdrawn before it finished; it will give no result.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'check.completed',
    reason: 'CHECK_COMPLETED',
    message: 'A check finished; its result is not in the webhook: fetch the check.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'check.form_completed',
    reason: 'CHECK_FORM_COMPLETED',
    message: 'The applicant completed the form a check was waiting for.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'report.withdrawn',
    reason: 'REPORT_WITHDRAWN',
    message: 'A report was withdrawn before it finished; it will give no result.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'report.resumed',
    reason: 'REPORT_RESUMED',
    message: 'A paused report was resumed.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'report.cancelled',
    reason: 'REPORT_CANCELLED',
    message: 'A report was cancelled; it will give no result.',
    attention: true,
    verdictFollows: false,
  },
  {
    // doubt: the sources do not say who approves; a person should find out if it lingers.
    name: 'report.awaiting_approval',
    reason: 'REPORT_AWAITING_APPROVAL',
    message: 'A report is waiting for an approval before it goes on.',
    attention: true,
    verdictFollows: true,
  },
  {
    name: 'report.completed',
    reason: 'REPORT_COMPLETED',
    message: 'A report finished; its result is not in the webhook: fetch the report.',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'workflow_timeline_file.created',
    reason: 'WORKFLOW_TIMELINE_FILE_CREATED',
    message: 'The timeline file of a workflow run is ready to download.',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'workflow_run_evidence_folder.created',
    reason: 'WORKFLOW_RUN_EVIDENCE_FOLDER_CREATED',
    message: 'The evidence folder of a workflow run is ready to download.',
    attention: false,
    verdictFollows: false,
  },
] as const satisfies readonly EventSpec[];

/** An Onfido webhook event name (`payload.action`), as documented. */
export type OnfidoEvent = (typeof ONFIDO_EVENTS)[number]['name'];
