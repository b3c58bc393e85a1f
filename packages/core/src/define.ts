import type { EntrySpec } from './catalog.js';
import { entryText, pick } from './catalog-index.js';
import { checkDefinition } from './check-definition.js';
import { compile } from './compile.js';
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
import { compileMessages } from './messages.js';
import { notAProvider, unreadBody } from './misuse.js';
import { readOutcome, readWebhook } from './outcome-read.js';
import { sensitiveKeys } from './sensitive-keys.js';
import { type Compiled, classify } from './steps.js';
import { buildError, type Details, unknownError } from './templates.js';

/** The default code grammar: short, and nothing that can carry a sentence or an address. */
const DEFAULT_CODE = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * Compiled classifiers by provider, one store per realm found through a registered symbol:
 * the ESM and CommonJS copies of core read each other's providers. The key names the
 * layout's version, so two incompatible versions never read each other's internals. A
 * provider's classifier is compiled on first use: the store holds the function that does it.
 */
const COMPILED = Symbol.for('kyc-errors.compiled.v2');
let compiledStore: WeakMap<Provider, () => Compiled> | undefined;

function compiledProviders(): WeakMap<Provider, () => Compiled> {
  if (compiledStore !== undefined) return compiledStore;
  const holder = globalThis as unknown as Record<symbol, unknown>;
  const existing = holder[COMPILED];
  if (existing instanceof WeakMap) compiledStore = existing as WeakMap<Provider, () => Compiled>;
  else {
    compiledStore = new WeakMap();
    Object.defineProperty(holder, COMPILED, { value: compiledStore });
  }
  return compiledStore;
}

/**
 * Builds a {@link Provider} from a definition: checks it (entries of known kinds, categories
 * and verdicts, listed once; rules and statuses pointing at real codes; catalog codes in the
 * code grammar; well-formed events) and throws on a broken one, at import time. It keeps a
 * copy of the entries as checked; what only classifying needs (every entry's advice resolved
 * from the category defaults, the indexes) is built from that copy on the provider's first
 * use, so importing ten vendors costs their checks, not their indexes.
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
  const events = indexEvents(id, definition.events);
  const codePattern = definition.codePattern ?? DEFAULT_CODE;
  const snapshot = checkDefinition(definition as ProviderDefinition, codePattern);
  const messages = compileMessages(id, definition.messages ?? []);
  const keys = sensitiveKeys(definition.sensitiveKeys ?? []);
  // The classifier, compiled on first use.
  let compiled: Compiled | undefined;
  const c = (): Compiled => {
    compiled ??= compile(definition as ProviderDefinition, {
      ...snapshot,
      events,
      codePattern,
      messages,
      keys,
    });
    return compiled;
  };

  const lookup = (code: string, text?: string) =>
    typeof code === 'string' ? pick(c().index.byCode.get(code), text, entryText) : undefined;

  const provider: Provider<CodeOf<Specs>> = {
    id,
    name: definition.name,
    get catalog() {
      return c().index.entries;
    },
    events: Object.freeze([...events.values()]),
    sensitiveKeys: keys,
    definition: definition as ProviderDefinition,
    lookup,
    entries: (code) => c().index.byCode.get(code) ?? [],
    infer: (code) => c().infer(code)?.entry,
    outcome: (body) => readOutcome(c(), body),
    webhook: (body) => readWebhook(c(), body),
    errorFor(code, text) {
      const entry = lookup(code, text);
      const advice = entry === undefined ? undefined : c().index.failureOf.get(entry);
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
    const c = compiledProviders().get(provider as Provider)?.();
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
