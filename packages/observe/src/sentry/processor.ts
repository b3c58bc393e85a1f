import type { Category } from '@kyc-errors/core';
import { findKyc, MAX_CAUSE_DEPTH } from '../find.js';
import { type SafeKycError, safeKycError } from '../safe-error.js';
import { safeKycFailure } from '../safe-failure.js';
import { EXPECTED_CATEGORIES, SENTRY_LEVELS, type SentryLevel } from './levels.js';

/** Options of {@link kycEventProcessor}. */
export interface KycSentryOptions {
  /** `true` drops the events of expected outcomes (`expected`): they never reach Sentry. */
  readonly dropExpected?: boolean | undefined;
  /** The categories `dropExpected` drops. Default {@link EXPECTED_CATEGORIES}. */
  readonly expected?: readonly Category[] | undefined;
  /** Levels to use instead of {@link SENTRY_LEVELS} for some categories. */
  readonly levels?: Partial<Record<Category, SentryLevel>> | undefined;
  /** `true` puts the vendor's (vocabulary-filtered) message in the `kyc` context. Default `false`. */
  readonly vendorMessage?: boolean | undefined;
}

/**
 * The parts of a Sentry event the processor reads and writes. Sentry's own `Event` and
 * `ErrorEvent` (from `@sentry/node`, `@sentry/browser`, any SDK since 8) fit it, so this
 * package needs none of them to compile.
 */
export interface SentryEventLike {
  /** Groups events into one issue. */
  fingerprint?: string[] | undefined;
  /** The event's severity. */
  level?: SentryLevel | undefined;
  /** Searchable key-value pairs. */
  tags?: { [key: string]: unknown } | undefined;
  /** Structured data shown on the event. */
  contexts?: { [key: string]: unknown } | undefined;
  /** Arbitrary data (where Sentry puts a captured plain object, under `__serialized__`). */
  extra?: { [key: string]: unknown } | undefined;
}

/** The part of Sentry's `EventHint` the processor reads. */
export interface SentryHintLike {
  /** What was passed to `captureException` (or thrown). */
  readonly originalException?: unknown;
}

/** A Sentry `beforeSend` or event processor. */
export type KycEventProcessor = <E extends SentryEventLike>(
  event: E,
  hint: SentryHintLike,
) => E | null;

/**
 * A Sentry `beforeSend` (or `addEventProcessor`) for events whose exception is a kyc-errors
 * failure (a `KycFailure`, a `KycError`, or either as the `cause` of what was captured):
 * fingerprint `[provider, reason]`, so one kind of vendor failure is one issue; the level of
 * its category ({@link SENTRY_LEVELS}); the tags `kyc.provider`, `kyc.category`,
 * `kyc.reason`, `kyc.code`, `kyc.retry.action`, `kyc.delivery`, `kyc.stopped_because`; the
 * safe fields as the `kyc` context; and what Sentry copied of the failure object itself
 * (`extra.__serialized__` for a captured plain `KycError`, the `KycFailure` copies the
 * extra-error-data integration makes, also under a wrapper's `cause`) replaced by the same
 * safe fields, so neither `raw` nor the vendor's message is sent. With `dropExpected`, an expected outcome is dropped (`null`).
 * Other events pass unchanged. Never throws.
 *
 * @example
 * ```ts
 * import * as Sentry from '@sentry/node';
 * import { kycEventProcessor } from '@kyc-errors/observe/sentry';
 *
 * Sentry.init({ dsn, beforeSend: kycEventProcessor({ dropExpected: true }) });
 * ```
 */
export function kycEventProcessor(options: KycSentryOptions = {}): KycEventProcessor {
  const settings: Settings = {
    drop: options.dropExpected === true ? new Set(options.expected ?? EXPECTED_CATEGORIES) : null,
    levels: { ...SENTRY_LEVELS, ...options.levels },
    vendorMessage: options.vendorMessage === true,
  };
  return <E extends SentryEventLike>(event: E, hint: SentryHintLike): E | null => {
    try {
      return processed(event, hint, settings);
    } catch {
      // A throwing getter on the captured value: leave the event as Sentry made it.
      return event;
    }
  };
}

interface Settings {
  /** The categories to drop, or `null` to drop none. */
  readonly drop: ReadonlySet<Category> | null;
  readonly levels: Readonly<Record<Category, SentryLevel>>;
  readonly vendorMessage: boolean;
}

function processed<E extends SentryEventLike>(
  event: E,
  hint: SentryHintLike,
  { drop, levels, vendorMessage }: Settings,
): E | null {
  const found = findKyc(hint?.originalException);
  if (found === undefined) return event;
  const error = safeKycError(found.error, { vendorMessage });
  if (drop?.has(error.category) === true) return null;
  const failure =
    found.failure === undefined ? undefined : safeKycFailure(found.failure, { vendorMessage });
  const view = failure ?? { type: 'KycError', ...error };
  // The extra-error-data integration copies the failure's own properties under its name, or
  // under its wrapper's `cause`: each copy becomes the safe view.
  const contexts = { ...copiesReplaced(event.contexts, view, MAX_CAUSE_DEPTH + 2), kyc: view };
  const out: E = {
    ...event,
    fingerprint: [error.provider, error.reason],
    level: levels[error.category],
    tags: { ...event.tags, ...tagsOf(error, failure?.stoppedBecause) },
    contexts,
  };
  // A captured plain object is sent whole, normalized, under extra.__serialized__.
  if (event.extra !== undefined && Object.hasOwn(event.extra, '__serialized__')) {
    out.extra = { ...event.extra, __serialized__: view };
  }
  return out;
}

/**
 * `value` with every property named `KycFailure` replaced by `view`, `depth` plain objects
 * deep: the copies the extra-error-data integration makes (`contexts.KycFailure`,
 * `contexts.Error.cause.KycFailure`). Everything else is kept as it was.
 */
function copiesReplaced(value: unknown, view: unknown, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, v] of Object.entries(value)) {
    const nested = depth > 1 && typeof v === 'object' && v !== null && !Array.isArray(v);
    out[key] = key === 'KycFailure' ? view : nested ? copiesReplaced(v, view, depth - 1) : v;
  }
  return out;
}

/** The searchable tags of a failure: labels only. */
function tagsOf(error: SafeKycError, stoppedBecause: string | undefined): Record<string, string> {
  const tags: Record<string, string> = {
    'kyc.provider': error.provider,
    'kyc.category': error.category,
    'kyc.reason': error.reason,
    'kyc.retry.action': error.retry.action,
    'kyc.delivery': error.delivery,
  };
  if (error.code !== null) tags['kyc.code'] = error.code;
  if (stoppedBecause !== undefined) tags['kyc.stopped_because'] = stoppedBecause;
  return tags;
}
