// A provider's classifier, built from its checked definition on the provider's first use.
import type { Advice } from './advice.js';
import { indexCatalog } from './catalog-index.js';
import type { Snapshot } from './check-definition.js';
import type { ProviderDefinition } from './contract.js';
import type { EventSpec } from './event.js';
import { boundedMemo } from './memo.js';
import { MEMO_LIMIT, type MessageRules } from './messages.js';
import { type ProviderWords, providerWords } from './provider-words.js';
import type { SensitiveKeys } from './sensitive-keys.js';
import type { Compiled } from './steps.js';

/** What `defineProvider` already built while checking, handed to {@link compile}. */
export interface Checked extends Snapshot {
  readonly events: ReadonlyMap<string, EventSpec>;
  readonly codePattern: RegExp;
  readonly messages: MessageRules;
  readonly keys: SensitiveKeys;
}

/** The classifier of a checked definition: its indexes, and the words built on first use. */
export function compile(definition: ProviderDefinition, checked: Checked): Compiled {
  const index = indexCatalog(checked.catalog);
  const statuses = new Map<number, Advice>();
  for (const [status, code] of checked.statuses) {
    const advice = index.failures.get(code)?.[0];
    // checkDefinition made sure the code is a failure's.
    if (advice !== undefined) statuses.set(status, advice);
  }
  let words: ProviderWords | undefined;
  let tags: Map<string, string> | undefined;
  return {
    id: definition.id,
    definition,
    index,
    messages: checked.messages,
    statuses,
    codePattern: checked.codePattern,
    nativeCodes: new Set(index.entries.filter((e) => e.native !== false).map((e) => e.code)),
    keys: checked.keys,
    events: checked.events,
    scrubbed: boundedMemo(MEMO_LIMIT),
    tags: () => {
      tags ??= new Map((definition.tags ?? []).map((t) => [t, t]));
      return tags;
    },
    words: () => {
      words ??= providerWords(index.entries, definition.vocabulary);
      return words;
    },
    infer(code) {
      const family = definition.family;
      if (family === undefined || typeof code !== 'string') return undefined;
      let sibling: string | undefined;
      try {
        sibling = family(code);
      } catch {
        return undefined;
      }
      if (typeof sibling !== 'string' || sibling === code) return undefined;
      return index.failures.get(sibling)?.[0];
    },
  };
}
