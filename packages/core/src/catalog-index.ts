import { type Advice, entryAdvice, resolveEntry } from './advice.js';
import type { CatalogEntry, EntrySpec } from './catalog.js';

/**
 * A catalog, indexed: every entry by code (for look-ups and verdicts), and apart from it the
 * advice of the failures only, which is all the error path reads.
 */
export interface CatalogIndex {
  readonly entries: readonly CatalogEntry[];
  readonly byCode: ReadonlyMap<string, readonly CatalogEntry[]>;
  /** The advice of each failure entry, by code. */
  readonly failures: ReadonlyMap<string, readonly Advice[]>;
  /** The advice of a failure entry. */
  readonly failureOf: ReadonlyMap<CatalogEntry, Advice>;
  /** Both lists of a code in one record: what a classification looks up, once per failure. */
  readonly rows: ReadonlyMap<string, CodeRow>;
}

/** A code's catalog entries and the advice of those that are failures (maybe none). */
export interface CodeRow {
  readonly entries: readonly CatalogEntry[];
  readonly failures: readonly Advice[];
}

/** Resolves every entry's advice and indexes the catalog (checked first by `checkDefinition`). */
export function indexCatalog(specs: readonly EntrySpec[]): CatalogIndex {
  const entries = specs.map(resolveEntry);
  const byCode = new Map<string, CatalogEntry[]>();
  const failures = new Map<string, Advice[]>();
  const failureOf = new Map<CatalogEntry, Advice>();
  for (const entry of entries) {
    push(byCode, entry.code, entry);
    const advice = entryAdvice(entry);
    if (advice !== undefined) {
      push(failures, entry.code, advice);
      failureOf.set(entry, advice);
    }
  }
  const rows = new Map<string, CodeRow>();
  for (const [code, list] of byCode) {
    rows.set(code, { entries: list, failures: failures.get(code) ?? [] });
  }
  return { entries, byCode, failures, failureOf, rows };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Chooses among entries sharing a code by the vendor's text: exact, then longest prefix,
 * then the first. Works on entries and on failures alike.
 */
export function pick<T>(
  list: readonly T[] | undefined,
  text: string | undefined,
  vendorText: (item: T) => string | undefined,
): T | undefined {
  if (list === undefined) return undefined;
  if (list.length === 1 || text === undefined) return list[0];
  const wanted = text.trim().toLowerCase();
  let best: T | undefined;
  let bestLength = -1;
  for (const item of list) {
    const known = vendorText(item)?.toLowerCase();
    if (known === undefined) continue;
    if (known === wanted) return item;
    if (wanted.startsWith(known) && known.length > bestLength) {
      best = item;
      bestLength = known.length;
    }
  }
  return best ?? list[0];
}

/** The vendor text of an entry, for {@link pick}. */
export const entryText = (entry: CatalogEntry): string | undefined => entry.vendorText;

/** The vendor text of a failure's entry, for {@link pick}. */
export const failureText = (advice: Advice): string | undefined => advice.entry?.vendorText;
