import type { EventSpec } from '@kyc-errors/core/provider-kit';

/**
 * Every Veriff webhook value we could source that names what a webhook body is, as data: the
 * value exactly as Veriff sends it, our reason, and what it asks of the endpoint. Veriff has
 * no single event field: each webhook type names itself in its own field.
 *
 * - event webhook: `action` (`started`, `submitted`), with `code` 7001 / 7002; the opt-in
 *   end-user flow events use the same fields (`waiting_complete`, 7007);
 * - decision webhook: `verification.status` (`approved` … `review`), with `verification.code`
 *   9001 … 9121. These are verdicts, listed so the endpoint knows them; the catalog decides;
 * - watchlist-screening webhook: `matchStatus` (`possible_match`, `no_match`).
 *
 * Reasons are the catalog's own where the catalog has the value. A value missing here is
 * reported as undocumented, never as a failure.
 *
 * Sources (README "Webhook events"): ST = https://devdocs.veriff.com/docs/verification-session-status-codes-table;
 * EW = https://devdocs.veriff.com/docs/event-webhook; FE =
 * https://devdocs.veriff.com/docs/end-user-flow-events-table; WL =
 * https://devdocs.veriff.com/apidocs/v1sessionsidwatchlist-screening-1 with
 * https://devdocs.veriff.com/docs/watchlist-screening-webhook.
 *
 * @example
 * ```ts
 * VERIFF_EVENTS.find((e) => e.name === 'possible_match')?.attention; // true
 * ```
 */
export const VERIFF_EVENTS = [
  // ---- Event webhook, `action` (ST, EW; waiting_complete FE) -----------------------------
  {
    name: 'started',
    reason: 'SESSION_STARTED',
    message: 'The end user opened the session and began the flow (code 7001).',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'submitted',
    reason: 'SESSION_SUBMITTED',
    message: 'The end user finished the flow; the decision is still to come (code 7002).',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'waiting_complete',
    reason: 'FLOW_WAITING_COMPLETE',
    message: 'An opt-in flow event: the waiting screen ended; context.reason says why (7007).',
    attention: false,
    verdictFollows: true,
  },

  // ---- Decision webhook, `verification.status` (ST) ---------------------------------------
  {
    name: 'approved',
    reason: 'APPROVED',
    message: 'Veriff approved the session (9001; a verdict, read by the catalog).',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'declined',
    reason: 'DECLINED',
    message: 'Veriff declined the session (9102; a verdict, read by the catalog).',
    attention: false,
    verdictFollows: false,
  },
  // The end user captures again in the same session, and a new decision comes after it.
  {
    name: 'resubmission_requested',
    reason: 'RESUBMISSION_REQUESTED',
    message: 'Veriff asked the end user to capture again in the same session (9103).',
    attention: false,
    verdictFollows: true,
  },
  {
    name: 'expired',
    reason: 'SESSION_EXPIRED',
    message: 'The session was never opened and lapsed (9104).',
    attention: false,
    verdictFollows: false,
  },
  {
    name: 'abandoned',
    reason: 'SESSION_ABANDONED',
    message: 'The end user began the flow but did not finish before the session lapsed (9104).',
    attention: false,
    verdictFollows: false,
  },
  // Veriff's own reviewer decides: no attention asked of the client.
  {
    name: 'review',
    reason: 'IN_REVIEW',
    message: 'Automation reached no conclusive decision; a Veriff reviewer will decide (9121).',
    attention: false,
    verdictFollows: true,
  },

  // ---- Watchlist-screening webhook, `matchStatus` (WL) ------------------------------------
  {
    name: 'possible_match',
    reason: 'WATCHLIST_POSSIBLE_MATCH',
    message: 'PEP, sanctions or adverse-media screening found a possible match.',
    attention: true,
    verdictFollows: false,
  },
  {
    name: 'no_match',
    reason: 'WATCHLIST_NO_MATCH',
    message: 'PEP, sanctions and adverse-media screening found no match.',
    attention: false,
    verdictFollows: false,
  },
] as const satisfies readonly EventSpec[];

/** A Veriff webhook value this package knows. */
export type VeriffEventName = (typeof VERIFF_EVENTS)[number]['name'];
