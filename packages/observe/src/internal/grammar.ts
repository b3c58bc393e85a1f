import {
  type Category,
  type Delivery,
  isCategory,
  type MatchedBy,
  RETRY_ACTIONS,
  type RetryAction,
  type StopReason,
} from '@kyc-errors/core';

// What a value must look like to go out as a label. A KycError may arrive as JSON from a
// queue or be spread into a new object (retry's `checkStatusFirst`), so it is recognised by
// shape, and every field that goes out is checked here against its grammar or its closed set:
// a label is one of a bounded set of strings by construction, whatever the object holds.

/** OpenTelemetry's value for "none of the expected values" (semantic conventions, `error.type`). */
export const OTHER = '_OTHER';

const PROVIDER_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;
const REASON = /^[A-Z][A-Z0-9_]{0,63}$/;
// Catalog codes as the vendors spell them: '2205', 'BAD_VALUE', 'idenfy.TOKEN_EXPIRED'.
const CODE = /^[A-Za-z0-9][\w.:-]{0,63}$/;
// The grammar core reads request field names with (core's FIELD_NAME).
const FIELD = /^[A-Za-z][\w.[\]-]{0,63}$/;

const ACTIONS: ReadonlySet<string> = new Set(RETRY_ACTIONS);

// Keyed by the union, so a new value in core fails to compile here until it is listed.
const DELIVERIES = {
  'not-sent': true,
  uncertain: true,
  rejected: true,
} as const satisfies Record<Delivery, true>;
const MATCHED_BY = {
  code: true,
  family: true,
  message: true,
  status: true,
  transport: true,
  none: true,
} as const satisfies Record<MatchedBy, true>;
const STOP_REASONS = {
  'not-retryable': true,
  'attempts-exhausted': true,
  'budget-exhausted': true,
  deadline: true,
  aborted: true,
  deferred: true,
  ambiguous: true,
} as const satisfies Record<StopReason, true>;

const matches = (pattern: RegExp, value: unknown): value is string =>
  typeof value === 'string' && pattern.test(value);

/** A provider id (`smile-id`), or `_OTHER`. */
export const providerLabel = (v: unknown): string => (matches(PROVIDER_ID, v) ? v : OTHER);

/** A reason (`INVALID_SIGNATURE`), or `_OTHER`. */
export const reasonLabel = (v: unknown): string => (matches(REASON, v) ? v : OTHER);

/** A category, or `unknown`. */
export const categoryLabel = (v: unknown): Category => (isCategory(v) ? v : 'unknown');

/** A catalog code, or `null`. */
export const codeLabel = (v: unknown): string | null => (matches(CODE, v) ? v : null);

/** A retry action, or `investigate`. */
export const actionLabel = (v: unknown): RetryAction =>
  typeof v === 'string' && ACTIONS.has(v) ? (v as RetryAction) : 'investigate';

/** A delivery, or `uncertain` (the value that promises least). */
export const deliveryLabel = (v: unknown): Delivery =>
  typeof v === 'string' && Object.hasOwn(DELIVERIES, v) ? (v as Delivery) : 'uncertain';

/** A recognition step, or `none`. */
export const matchedByLabel = (v: unknown): MatchedBy =>
  typeof v === 'string' && Object.hasOwn(MATCHED_BY, v) ? (v as MatchedBy) : 'none';

/** A stop reason, or `undefined`. */
export const stopLabel = (v: unknown): StopReason | undefined =>
  typeof v === 'string' && Object.hasOwn(STOP_REASONS, v) ? (v as StopReason) : undefined;

/** An HTTP status (an integer from 100 to 599), or `undefined`. */
export const statusLabel = (v: unknown): number | undefined =>
  Number.isInteger(v) && (v as number) >= 100 && (v as number) <= 599 ? (v as number) : undefined;

/** A request field name, or `undefined`. */
export const fieldLabel = (v: unknown): string | undefined => (matches(FIELD, v) ? v : undefined);

/** A count or a time (a non-negative safe integer), or `undefined`. */
export const countLabel = (v: unknown): number | undefined =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : undefined;

/** A non-negative finite number of milliseconds, rounded, or `undefined`. */
export const millisLabel = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v) : undefined;
