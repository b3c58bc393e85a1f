import { SUMSUB_REJECT_LABELS, type SumsubRejectLabel } from './codes.js';

/**
 * Sumsub's reject labels (`reviewResult.rejectLabels`), for look-ups: the outcome reader keeps
 * a label only when it is one of these, since the list is an enum.
 */
export const SUMSUB_LABELS: ReadonlySet<string> = new Set(SUMSUB_REJECT_LABELS.map((e) => e.code));

/**
 * Every tag Sumsub's outcome reader may emit: the two documented rejection types
 * (`reviewRejectType`) and every reject label in the catalog.
 */
export const SUMSUB_TAGS: readonly ('RETRY' | 'FINAL' | SumsubRejectLabel)[] = Object.freeze([
  'RETRY',
  'FINAL',
  ...SUMSUB_REJECT_LABELS.map((e) => e.code),
]);
