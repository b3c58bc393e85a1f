import { VERIFF_CATALOG } from './codes.js';

/** A decline (1xx, 5xx) or resubmission (2xx) reason code of Veriff's catalog. */
export type VeriffReasonCode = Extract<
  (typeof VERIFF_CATALOG)[number]['code'],
  `${1 | 2 | 5}${number}`
>;

// Reason codes Veriff's tables show whose row could not be read in full, so they are not in the
// catalog (README, "Could not source"): the code is documented, its meaning is not known here.
const UNCATALOGUED_REASONS = ['210', '540'] as const;

const REASON = /^[125]\d\d$/;

/**
 * Every tag Veriff's outcome reader may emit: the session status a reason code chose the entry
 * for, and `REASON_` with each documented decline or resubmission reason code.
 */
export const VERIFF_TAGS: readonly (
  | 'DECLINED'
  | 'RESUBMISSION_REQUESTED'
  | `REASON_${VeriffReasonCode | '210' | '540'}`
)[] = Object.freeze([
  'DECLINED',
  'RESUBMISSION_REQUESTED',
  ...VERIFF_CATALOG.map((e) => e.code)
    .filter((code): code is VeriffReasonCode => REASON.test(code))
    .map((code) => `REASON_${code}` as const),
  ...UNCATALOGUED_REASONS.map((code) => `REASON_${code}` as const),
]);
