import type { Advice } from './advice.js';
import type { EntrySpec } from './catalog.js';
import { entryText, indexCatalog, pick } from './catalog-index.js';
import type {
  CodeOf,
  HttpFailure,
  NormalizeOptions,
  Provider,
  ProviderDefinition,
} from './contract.js';
import { readFailure } from './decide.js';
import { indexEvents } from './event.js';
import type { KycError } from './kyc-error.js';
import { boundedMemo } from './memo.js';
import { compileMessages, MEMO_LIMIT } from './messages.js';
import { notAProvider, unreadBody } from './misuse.js';
import { readOutcome, readWebhook } from './outcome-read.js';
import { type ProviderWords, providerWords } from './provider-words.js';
import { sensitiveKeys } from './sensitive-keys.js';
import { type Compiled, classify } from './steps.js';
import { buildError, type Details, unknownError } from './templates.js';

/** The default code grammar: short, and nothing that can carry a sentence or an address. */
const DEFAULT_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * Compiled classifiers by provider, one store per realm found through a registered symbol:
 * the ESM and CommonJS copies of core read each other's providers. The key names the
 * layout's version, so two incompatible versions never read each other's internals.
 */
const COMPILED = Symbol.for('kyc-errors.compiled.v1');
let compiledStore: WeakMap<Provider, Compiled> | undefined;

function compiledProviders(): WeakMap<Provider, Compiled> {
  if (compiledStore !== undefined) return compiledStore;
  const holder = globalThis as unknown as Record<symbol, unknown>;
  const existing = holder[COMPILED];
  if (existing instanceof WeakMap) compiledStore = existing as WeakMap<Provider, Compiled>;
  else {
    compiledStore = new WeakMap();
    Object.defineProperty(holder, COMPILED, { value: compiledStore });
  }
  return compiledStore;
}

/**
 * Builds a {@link Provider} from a definition: resolves every entry's advice from the
 * category defaults, checks the definition (unique entries, rules pointing at real codes,
 * catalog codes in the code grammar) and compiles the classifier. Throws only on a broken
 * definition, at import time.
 *
 * @example
 * ```ts
 * const acme = defineProvider({
 *   id: 'acme',
 *   name: 'Acme KYC',
 *   catalog: [
 *     { code: 'E1', kind: 'error', category: 'auth', reason: 'BAD_KEY',
 *       message: 'The API key is wrong.', remedy: 'Use the key from the dashboard.' },
 *   ] as const,
 *   read: (body) => (isRecord(body) && typeof body.err === 'string' ? { code: body.err } : undefined),
 * });
 * normalize(acme, { status: 401, body: { err: 'E1' } }).reason; // 'BAD_KEY'
 * ```
 */
export function defineProvider<const Specs extends readonly EntrySpec[]>(
  definition: ProviderDefinition<Specs>,
): Provider<CodeOf<Specs>> {
  const { id } = definition;
  const index = indexCatalog(id, definition.catalog);
  const events = indexEvents(id, definition.events);
  const codePattern = definition.codePattern ?? DEFAULT_CODE;
  const mustExist = (code: string, where: string): void => {
    if (!index.byCode.has(code))
      throw new Error(`${id}: ${where} names ${code}, which is not in the catalog`);
  };
  for (const entry of index.entries) {
    if (entry.native !== false && !codePattern.test(entry.code)) {
      throw new Error(
        `${id}: catalog code ${entry.code} is not in the code grammar ${codePattern}`,
      );
    }
  }
  for (const rule of definition.messages ?? [])
    mustExist(rule.code, `message rule ${rule.pattern}`);
  const statuses = new Map<number, Advice>();
  for (const [status, code] of Object.entries(definition.statuses ?? {})) {
    mustExist(code, `status ${status}`);
    const advice = index.failures.get(code)?.[0];
    if (advice === undefined)
      throw new Error(`${id}: status ${status} names ${code}, not a failure`);
    statuses.set(Number(status), advice);
  }
  let words: ProviderWords | undefined;
  let tags: Map<string, string> | undefined;
  const c: Compiled = {
    id,
    definition: definition as ProviderDefinition,
    index,
    messages: compileMessages(id, definition.messages ?? []),
    statuses,
    codePattern,
    nativeCodes: new Set(index.entries.filter((e) => e.native !== false).map((e) => e.code)),
    keys: sensitiveKeys(definition.sensitiveKeys ?? []),
    events,
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

  const lookup = (code: string, text?: string) =>
    typeof code === 'string' ? pick(index.byCode.get(code), text, entryText) : undefined;

  const provider: Provider<CodeOf<Specs>> = {
    id,
    name: definition.name,
    catalog: index.entries,
    events: Object.freeze([...events.values()]),
    sensitiveKeys: c.keys,
    definition: c.definition,
    lookup,
    entries: (code) => index.byCode.get(code) ?? [],
    infer: (code) => c.infer(code)?.entry,
    outcome: (body) => readOutcome(c, body),
    webhook: (body) => readWebhook(c, body),
    errorFor(code, text) {
      const entry = lookup(code, text);
      const advice = entry === undefined ? undefined : index.failureOf.get(entry);
      if (entry === undefined || advice === undefined) return undefined;
      const d: Details = {};
      if (entry.httpStatus !== undefined) d.httpStatus = entry.httpStatus;
      if (entry.vendorText !== undefined) d.vendorMessage = entry.vendorText;
      return buildError(id, entry.native === false ? null : entry.code, advice, 'code', d);
    },
  };
  if (definition.docsUrl !== undefined) {
    (provider as { docsUrl?: string }).docsUrl = definition.docsUrl;
  }
  Object.freeze(provider);
  compiledProviders().set(provider, c);
  return provider;
}

/**
 * Classifies a failure with a provider's compiled classifier. Total: a provider that was not
 * made by `defineProvider` (its id string, say) gives `NOT_A_PROVIDER`, an unread body
 * `BODY_NOT_READ`, a hostile input an `unknown` error.
 */
export function classifyWith(
  provider: Provider,
  failure: HttpFailure,
  options?: NormalizeOptions,
): KycError {
  const c = compiledOf(provider);
  if (c === undefined) return notAProvider(idOf(provider));
  try {
    return unreadBody(c.id, failure) ?? classify(c, failure, options);
  } catch {
    // Only a hostile input can get here (a getter that throws on `status`, say).
    return unknownError(c.id, null, {});
  }
}

/** The compiled classifier of a provider made by {@link defineProvider}. */
export function compiledOf(provider: unknown): Compiled | undefined {
  if (provider === lastProvider) return lastCompiled;
  try {
    if (typeof provider !== 'object' || provider === null) return undefined;
    const c = compiledProviders().get(provider as Provider);
    if (c !== undefined) {
      lastProvider = provider;
      lastCompiled = c;
    }
    return c;
  } catch {
    return undefined;
  }
}

// The provider asked for last and its classifier: calls come in runs for one provider, and
// the WeakMap look-up is then skipped. Only providers are held, and they live as long as
// their module does.
let lastProvider: unknown;
let lastCompiled: Compiled | undefined;

/** A provider's id, read defensively. */
export function idOf(provider: unknown): string {
  try {
    const id = (provider as { id?: unknown } | null)?.id;
    return typeof id === 'string' && id.length <= 64 ? id : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Whether a 2xx body reports a request error (SigningCloud's `{"result":6}` in HTTP 200). */
export function reportsFailure(provider: Provider, body: unknown, status: number): boolean {
  const c = compiledOf(provider);
  if (c === undefined) return false;
  try {
    return readFailure(c, body, status).kind === 'failure';
  } catch {
    return false;
  }
}
