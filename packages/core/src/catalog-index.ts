import {
  type CatalogEntry,
  type EntrySpec,
  type ErrorEntry,
  failureCategory,
  type OutcomeEntry,
} from './catalog.js';
import { VERDICT_DEFAULTS } from './outcome.js';
import { CATEGORY_DEFAULTS } from './retry-advice.js';
import type { Template } from './templates.js';

/** A catalog entry that is a failure, with the template its errors are built from. */
export interface Failure {
  readonly entry: CatalogEntry;
  readonly template: Template;
}

/**
 * A catalog, indexed: every entry by code (for look-ups and verdicts), and apart from it the
 * failures only, each with its template, which is all the error path reads.
 */
export interface CatalogIndex {
  readonly entries: readonly CatalogEntry[];
  readonly byCode: ReadonlyMap<string, readonly CatalogEntry[]>;
  readonly failures: ReadonlyMap<string, readonly Failure[]>;
  readonly failureOf: ReadonlyMap<CatalogEntry, Failure>;
}

/** Resolves every entry's advice, checks that no code is listed twice with one text, indexes. */
export function indexCatalog(id: string, specs: readonly EntrySpec[]): CatalogIndex {
  const entries = specs.map(resolveEntry);
  const byCode = new Map<string, CatalogEntry[]>();
  const failures = new Map<string, Failure[]>();
  const failureOf = new Map<CatalogEntry, Failure>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.code}\u0000${entry.vendorText ?? ''}`;
    if (seen.has(key)) {
      throw new Error(`${id}: catalog lists ${entry.code} twice with the same vendor text`);
    }
    seen.add(key);
    push(byCode, entry.code, entry);
    const template = entryTemplate(entry);
    if (template !== undefined) {
      const failure = { entry, template };
      push(failures, entry.code, failure);
      failureOf.set(entry, failure);
    }
  }
  return { entries, byCode, failures, failureOf };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function resolveEntry(spec: EntrySpec): CatalogEntry {
  // A switch, not ts-pattern: the return type makes TypeScript check exhaustiveness just
  // the same, and ts-pattern would be the largest thing in a browser bundle of core.
  switch (spec.kind) {
    case 'error': {
      const defaults = CATEGORY_DEFAULTS[spec.category];
      const entry: ErrorEntry = {
        ...spec,
        retry: Object.freeze(spec.retry ? { ...defaults.retry, ...spec.retry } : defaults.retry),
        delivery: spec.delivery ?? defaults.delivery,
      };
      return Object.freeze(entry);
    }
    case 'outcome': {
      const base = VERDICT_DEFAULTS[spec.verdict];
      const entry: OutcomeEntry = {
        ...spec,
        retry: Object.freeze(spec.retry ? { ...base, ...spec.retry } : base),
      };
      return Object.freeze(entry);
    }
    case 'success':
      return Object.freeze({ ...spec, retry: VERDICT_DEFAULTS.approved });
  }
}

function entryTemplate(entry: CatalogEntry): Template | undefined {
  const category = failureCategory(entry);
  if (category === null) return undefined;
  const t: { -readonly [K in keyof Template]: Template[K] } = {
    category,
    reason: entry.reason,
    message: entry.message,
    remedy: entry.remedy,
    retry: entry.retry,
    delivery: entry.kind === 'error' ? entry.delivery : CATEGORY_DEFAULTS[category].delivery,
  };
  if (entry.kind === 'error' && entry.field !== undefined) t.field = entry.field;
  return Object.freeze(t);
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
export const failureText = (failure: Failure): string | undefined => failure.entry.vendorText;
