import { madeResult } from './brand.js';

/**
 * One webhook event a vendor documents, as a vendor package writes it: data, beside its
 * catalog. Most of what a webhook endpoint receives is neither a verdict nor a failure
 * (a session started, a case assigned, a tag changed); these say what it is.
 */
export interface EventSpec {
  /** The event name exactly as the vendor sends it (`'inquiry-session.started'`, `'applicantActivated'`). */
  readonly name: string;
  /** Our stable UPPER_SNAKE_CASE name for it (`'INQUIRY_SESSION_STARTED'`). */
  readonly reason: string;
  /** What it means, in our words. */
  readonly message: string;
  /** Whether someone must look at it (a watchlist hit does). */
  readonly attention: boolean;
  /** Whether a verdict will follow (a session started: yes; a session expired: no). */
  readonly verdictFollows: boolean;
}

/**
 * A webhook body that is neither a verdict nor a failure, as `provider.webhook(body)` answers
 * it: what happened, whether a person must look, and whether a verdict is still to come.
 * A plain, JSON-safe, readonly object, like a `KycError` or an `Outcome`.
 */
export interface KycEvent {
  /** The provider id. */
  readonly provider: string;
  /** Tells a {@link KycEvent} from an `Outcome` in `webhook()`'s answer. */
  readonly kind: 'event';
  /**
   * The event name as the vendor documents it (`'inquiry-session.started'`), or `null` for
   * an event the vendor's list does not hold: a name we did not choose is never echoed.
   */
  readonly name: string | null;
  /**
   * Our stable UPPER_SNAKE_CASE name for it; `UNDOCUMENTED_EVENT` when `known` is false (an
   * event name the list lacks, or a body of the vendor's shape whose code nobody documented).
   */
  readonly reason: string;
  /** What it means, in our words. */
  readonly message: string;
  /**
   * Whether a person must look at it (a watchlist match, a case to review). Always `true`
   * for an undocumented event: someone should find out what it is.
   */
  readonly attention: boolean;
  /**
   * Whether a verdict is still to come for the verification it is about. `false` for an
   * undocumented event: do not wait on it; a verdict, if any, arrives as its own body.
   */
  readonly verdictFollows: boolean;
  /** Whether the event is in the vendor's documented list. */
  readonly known: boolean;
}

/** The most characters an event name may have; longer strings are never looked up. */
export const MAX_EVENT_NAME = 128;

const REASON = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * The vendor's events by name, checked: every name non-empty, at most
 * {@link MAX_EVENT_NAME} characters and listed once, every reason UPPER_SNAKE_CASE. Throws
 * on a broken list, at import time, like the rest of `defineProvider`.
 */
export function indexEvents(
  provider: string,
  events: readonly EventSpec[] | undefined,
): ReadonlyMap<string, EventSpec> {
  const byName = new Map<string, EventSpec>();
  for (const spec of events ?? []) {
    const { name, reason, message } = spec;
    if (typeof name !== 'string' || name.length === 0 || name.length > MAX_EVENT_NAME) {
      throw new Error(`${provider}: event name ${String(name)} is empty or too long`);
    }
    if (byName.has(name)) throw new Error(`${provider}: event ${name} is listed twice`);
    if (!REASON.test(reason)) throw new Error(`${provider}: event ${name} has reason ${reason}`);
    if (typeof message !== 'string' || message.length === 0) {
      throw new Error(`${provider}: event ${name} has no message`);
    }
    byName.set(name, Object.freeze({ ...spec }));
  }
  return byName;
}

/** The documented event a body names, or `undefined`. Own entries only, bounded. */
export function lookupEvent(
  events: ReadonlyMap<string, EventSpec>,
  name: unknown,
): EventSpec | undefined {
  return typeof name === 'string' && name.length <= MAX_EVENT_NAME ? events.get(name) : undefined;
}

const UNDOCUMENTED: Omit<KycEvent, 'provider'> = Object.freeze({
  kind: 'event',
  name: null,
  reason: 'UNDOCUMENTED_EVENT',
  message:
    'The vendor sent a webhook body that neither its documented events nor its documented results hold: no verdict, and no failure.',
  attention: true,
  verdictFollows: false,
  known: false,
});

/**
 * The {@link KycEvent} for a documented event, every string taken from the vendor's list;
 * or the undocumented event when `spec` is `undefined`.
 */
export function buildEvent(provider: string, spec: EventSpec | undefined): KycEvent {
  if (spec === undefined)
    return Object.assign(madeResult<KycEvent>(), { provider, ...UNDOCUMENTED });
  return Object.assign(madeResult<KycEvent>(), {
    provider,
    kind: 'event',
    name: spec.name,
    reason: spec.reason,
    message: spec.message,
    attention: spec.attention,
    verdictFollows: spec.verdictFollows,
    known: true,
  });
}
