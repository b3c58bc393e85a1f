import { VERIFF_CATALOG } from './codes.js';

type ReasonCode = Extract<(typeof VERIFF_CATALOG)[number]['code'], `${1 | 2 | 5}${number}`>;

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
  | `REASON_${ReasonCode | (typeof UNCATALOGUED_REASONS)[number]}`
)[] = Object.freeze([
  'DECLINED',
  'RESUBMISSION_REQUESTED',
  ...VERIFF_CATALOG.map((e) => e.code)
    .filter((code): code is ReasonCode => REASON.test(code))
    .map((code) => `REASON_${code}` as const),
  ...UNCATALOGUED_REASONS.map((code) => `REASON_${code}` as const),
]);
