import type { EventSpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Smile ID callback we could source that names itself, as data. Smile ID sends a job's
 * callback when the job ends, and none of the job callbacks we could read carries a name: a
 * v1 callback is read by its `ResultCode`, a v3 callback by its `status` (`clear`,
 * `attention`, `block`, `error`), both through the catalog. The one callback documented under a name of its own is the AML
 * ongoing-monitoring update, sent to the partner's default callback URL with `product` set to
 * `aml_monitoring_update`. A body naming anything else is reported as undocumented, never as a
 * failure.
 *
 * Source (README "Webhook events"): smileidentity/api-reference @
 * 32cab19ddecc9a038aa95a61c0fc542e07670b09, `specs/v3/v3-aml-monitoring-entry.yaml`,
 * `info.description`.
 *
 * @example
 * ```ts
 * SMILE_ID_EVENTS[0].name; // 'aml_monitoring_update'
 * ```
 */
export const SMILE_ID_EVENTS = [
  // A monitored person's screening result changed (a new listing, or one removed): someone
  // must look at it, and it is not the verdict of any job.
  {
    name: 'aml_monitoring_update',
    reason: 'AML_MONITORING_UPDATE',
    message: "Ongoing AML monitoring found a change in a monitored person's screening result.",
    attention: true,
    verdictFollows: false,
  },
] as const satisfies readonly EventSpec[];

/** A Smile ID callback name this package knows. */
export type SmileIdEventName = (typeof SMILE_ID_EVENTS)[number]['name'];
