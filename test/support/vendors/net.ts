import type { ScenarioTable } from '../emulator.js';
import { endless, hangUp, huge, json, reset, slow } from '../responses.js';

// Failures below the vendor's API, the same whoever the vendor is: served under `/net/<name>`.

/** How long the slow answer takes: far beyond any client timeout in the tests. */
export const SLOW_MS = 10_000;

/** How big the huge error body is. */
export const HUGE_BYTES = 50 * 1024 * 1024;

/** Transport scenarios, served under `/net/<name>`. */
export const NET = {
  /** Answers after {@link SLOW_MS}: slower than the client's timeout. */
  slow: slow(SLOW_MS, json(200, { ok: true })),
  /** Closes the connection without an answer (`socket.destroy()`). */
  'hang-up': hangUp,
  /** Resets the connection with a TCP RST. */
  reset,
  /** A 502 whose body never ends. */
  'endless-502': endless(502),
  /** A 200 whose body never ends. */
  'endless-200': endless(200),
  /** A 500 with a 50 MB body, streamed. */
  'huge-500': huge(500, HUGE_BYTES),
} as const satisfies ScenarioTable;
