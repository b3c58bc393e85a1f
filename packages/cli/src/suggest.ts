/** Lower case, letters and digits only: `SMILE-ID`, `smileid` and `smile_id` all squash to `smileid`. */
const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Edit distance with transpositions (optimal string alignment), capped for long inputs. */
function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Number.POSITIVE_INFINITY;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (before[j - 2] as number) + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The candidates nearest to what was typed, best first, at most `max`: those equal but for
 * case and punctuation, then those a few typos away (about one per three characters).
 *
 * @example
 * ```ts
 * nearest('smileid', ['smile-id', 'idenfy', 'signingcloud']); // ['smile-id']
 * ```
 */
export function nearest(typed: string, candidates: Iterable<string>, max = 3): string[] {
  const t = squash(typed);
  const lower = typed.toLowerCase();
  const scored: { candidate: string; score: number; order: number }[] = [];
  const seen = new Set<string>();
  let order = 0;
  for (const candidate of candidates) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    order++;
    const c = squash(candidate);
    const score =
      c === t && t !== '' ? 0 : distance(lower, candidate.toLowerCase()) * 2 + (c === '' ? 1 : 0);
    const allowed = Math.max(1, Math.floor(Math.max(candidate.length, typed.length) / 3));
    if (score === 0 || score / 2 <= allowed) scored.push({ candidate, score, order });
  }
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, max).map((s) => s.candidate);
}

/** "did you mean a, b or c?", or nothing. */
export function didYouMean(options: readonly string[]): string {
  if (options.length === 0) return '';
  if (options.length === 1) return `did you mean ${options[0]}?`;
  return `did you mean ${options.slice(0, -1).join(', ')} or ${options.at(-1)}?`;
}
