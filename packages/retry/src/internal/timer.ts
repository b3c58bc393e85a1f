/** The longest delay a single `setTimeout` honours everywhere (2^31 - 1 ms, about 24.8 days). */
export const MAX_TIMER_MS = 2_147_483_647;
