import type { CatalogEntry, Provider } from '@kyc-errors/core';

const NUMBER = /^\d{1,9}$/;

/**
 * The code as the vendor writes it: the input itself when the catalog has it, else the one
 * catalog code with the same number (`06` is SigningCloud's `6`, `1` is Smile ID's `0001`),
 * else `undefined` (no such number, or several codes share it).
 */
export function vendorCode(provider: Provider, typed: string): string | undefined {
  if (provider.entries(typed).length > 0) return typed;
  if (!NUMBER.test(typed)) return undefined;
  const same = new Set(
    provider.catalog
      .map((e) => e.code)
      .filter((code) => NUMBER.test(code) && Number(code) === Number(typed)),
  );
  return same.size === 1 ? [...same][0] : undefined;
}

/**
 * The catalog in the vendor's order: numeric codes by number (Smile ID's 0001 before 0814
 * before 2201), the others after them in catalog order (iDenfy's identifiers as documented).
 */
export function vendorOrder(catalog: readonly CatalogEntry[]): CatalogEntry[] {
  return catalog
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      const x = NUMBER.test(a.entry.code) ? Number(a.entry.code) : Number.POSITIVE_INFINITY;
      const y = NUMBER.test(b.entry.code) ? Number(b.entry.code) : Number.POSITIVE_INFINITY;
      return x === y ? a.index - b.index : x < y ? -1 : 1;
    })
    .map(({ entry }) => entry);
}

/** Whether an entry belongs to a category for `list --category` (a rejected verdict is `verification`). */
export function inCategory(entry: CatalogEntry, category: string): boolean {
  if (entry.kind === 'error') return entry.category === category;
  return entry.kind === 'outcome' && entry.verdict === 'rejected' && category === 'verification';
}
