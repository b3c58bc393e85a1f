import type { CatalogEntry } from './catalog.js';
import { foldedWords } from './keep-words.js';
import { COMMON_WORDS } from './words.js';

/** What a provider's kept vendor messages may show, built once from its catalog. */
export interface ProviderWords {
  /** Core's common words, the words of the catalog's texts and fields, and the vendor's own. */
  readonly vocabulary: ReadonlySet<string>;
  /** Every vendor text the catalog documents, to the catalog's own copy of it. */
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * Builds a provider's {@link ProviderWords}: a documented text is kept whole, and any other
 * text keeps the words the catalog (vendor texts, our messages, field names) and `extra`
 * (the vendor's parameter names, say) use.
 */
export function providerWords(
  entries: readonly CatalogEntry[],
  extra: readonly string[] = [],
): ProviderWords {
  const vocabulary = new Set(COMMON_WORDS);
  const texts = new Map<string, string>();
  for (const entry of entries) {
    if (entry.vendorText !== undefined) {
      texts.set(entry.vendorText, entry.vendorText);
      foldedWords(entry.vendorText, vocabulary);
    }
    foldedWords(entry.message, vocabulary);
    if (entry.kind === 'error' && entry.field !== undefined) foldedWords(entry.field, vocabulary);
  }
  for (const word of extra) foldedWords(word, vocabulary);
  return { vocabulary, texts };
}
