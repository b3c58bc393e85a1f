// The measuring of the README's cost promise (issue 21), shared by the two cost files (two
// files, so the two workers of a 2-core run share the work). Ratios taken in the same test,
// fastest of several rounds on each side: never a wall-clock bound.
import { normalize, type Provider, providers } from 'kyc-errors';
import { bodiesFor } from './text-bodies.js';

export const vendors: readonly Provider[] = Object.values(providers);
export const each = vendors.map((p) => [p.id, p] as const);
export const LIMIT = 4;
/**
 * How many times a ratio over the bound is measured. On a loaded 2-core machine the first
 * measurements of a file can run before the optimizing compiler has reached our code (seen
 * once in seven full runs: the first vendor of a file over the bound three times in a row,
 * at 1.3-2.2x on its own), so there is room for it to catch up.
 */
export const ATTEMPTS = 5;

/** The time of one round of `times` calls of `fn`, in milliseconds. */
function round(fn: () => unknown, times: number): number {
  const start = performance.now();
  for (let i = 0; i < times; i++) fn();
  return performance.now() - start;
}

/**
 * The fastest of `rounds` paired rounds: JSON.parse of `text`, then `ours`, taken in turn so
 * a busy machine slows both alike. Each round repeats enough calls to last a few ms.
 */
export function measure(text: string, ours: () => unknown, rounds: number): number {
  const once = Math.max(
    round(() => JSON.parse(text), 1),
    0.01,
  );
  const times = Math.max(1, Math.ceil(4 / once));
  let parse = Number.POSITIVE_INFINITY;
  let mine = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    parse = Math.min(
      parse,
      round(() => JSON.parse(text), times),
    );
    mine = Math.min(mine, round(ours, times));
  }
  return mine / parse;
}

/**
 * Our cost on `body` (text, or parsed) as a multiple of JSON.parse of `text`. Noise on a
 * shared machine can only make our side look slower, never faster: a ratio over the bound
 * is measured again ({@link ATTEMPTS} times at most) and the lowest one counts.
 */
export function ratio(provider: Provider, text: string, body: unknown = text): number {
  const call = () => normalize(provider, { status: 400, body });
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < ATTEMPTS && best > LIMIT; attempt++) {
    best = Math.min(best, measure(text, call, 3));
  }
  return best;
}

/** A vendor body carrying `echo` as its message, plus `extra` beside it, as JSON text. */
export function bodyText(provider: Provider, echo: string, extra: Record<string, unknown>): string {
  return JSON.stringify({ ...(bodiesFor(provider, echo)[0] as object), ...extra });
}
