// Types for docs-search.mjs, for the tests that import it.

/** One search result: a page or symbol of the site. */
export interface SearchRow {
  readonly name: string;
  readonly url: string;
  readonly parent?: string;
  readonly kind: number;
}

/** The site's search data. */
export interface SearchIndex {
  readonly rows: readonly SearchRow[];
  readonly index: unknown;
}

/** Reads `assets/search.js` of a typedoc site. */
export function readSearchIndex(siteDir: string): SearchIndex;

/** What the site's search box lists for `text`, best first. */
export function searchSite(site: SearchIndex, text: string, limit?: number): SearchRow[];

/** The rows whose text holds `word` as a whole word. */
export function rowsWithWord(site: SearchIndex, word: string): SearchRow[];

/** What the command prints when it is given nothing to search for. */
export const USAGE: string;
