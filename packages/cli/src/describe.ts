import type { CatalogEntry, KycError, Provider, RetryAdvice } from '@kyc-errors/core';
import { defaultRegistry } from './registry.js';
import type { Style } from './style.js';
import { printable } from './text.js';

/** Where the repository's files are read on the web (the `repository` of every package.json). */
export const REPOSITORY_URL = 'https://github.com/kyc-errors/kyc-errors';

/** The providers whose catalog pages the repository publishes: those the command ships. */
const PUBLISHED = new Set(defaultRegistry().ids());

/**
 * The web address of a provider's generated catalog page, at an entry: a link that opens
 * from anywhere the command is installed. `undefined` for providers of your own.
 *
 * @example
 * ```ts
 * catalogUrl(smileId, smileId.lookup('2205'));
 * // 'https://github.com/kyc-errors/kyc-errors/blob/main/docs/catalog/smile-id.md#2205'
 * ```
 */
export function catalogUrl(provider: Provider, entry?: CatalogEntry): string | undefined {
  if (!PUBLISHED.has(provider.id)) return undefined;
  const page = `${REPOSITORY_URL}/blob/main/docs/catalog/${provider.id}.md`;
  return entry === undefined ? page : `${page}#${anchor(entryHeading(provider, entry))}`;
}

/**
 * The heading of an entry on its catalog page: its code, and its reason too where the vendor
 * overloads the code (Smile ID's `0001 (DATA_INVALID)`), so every heading is unique.
 */
export function entryHeading(provider: Provider, entry: CatalogEntry): string {
  return provider.entries(entry.code).length > 1 ? `${entry.code} (${entry.reason})` : entry.code;
}

/**
 * The anchor of a heading, as GitHub and typedoc both make it: lower case, punctuation other
 * than `-` and `_` dropped, spaces as `-`.
 */
export function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Retry advice in words: "yes, after backoff", "no (fix-request)", "yes, after wait, not before 30 s". */
export function adviceText(retry: RetryAdvice): string {
  const wait = retry.afterMs === undefined ? '' : `, not before ${formatMs(retry.afterMs)}`;
  return retry.retryable ? `yes, after ${retry.action}${wait}` : `no (${retry.action})`;
}

function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)} min`;
  return `${Math.round(ms / 3_600_000)} h`;
}

type Row = readonly [label: string, value: string | undefined];

/** Labelled lines; every value is escaped, since some come from the pasted response. */
function rows(style: Style, list: readonly Row[]): string[] {
  const width = Math.max(...list.map(([label]) => label.length));
  return list
    .filter((row): row is readonly [string, string] => row[1] !== undefined && row[1] !== '')
    .map(([label, value]) => `  ${style.dim(`${label}:`.padEnd(width + 1))} ${printable(value)}`);
}

const kindOf = (e: CatalogEntry): string =>
  e.kind === 'error' ? e.category : e.kind === 'outcome' ? e.verdict : 'success';

const styledKind = (e: CatalogEntry, style: Style): string =>
  e.kind === 'error'
    ? style.category(e.category)
    : e.kind === 'outcome'
      ? style.verdict(e.verdict)
      : 'success';

/** A catalog entry for people, as `kyc-errors explain` prints it. */
export function describeEntry(provider: Provider, entry: CatalogEntry, style: Style): string {
  const kind =
    entry.kind === 'outcome'
      ? `verdict ${style.verdict(entry.verdict)}${entry.final ? '' : ' (not final)'}`
      : styledKind(entry, style);
  const deprecated = entry.deprecated === true ? style.dim(' (deprecated)') : '';
  const head = `${style.bold(printable(`${provider.name} ${entry.code}`))}  ${kind}  ${printable(entry.reason)}${deprecated}`;
  return [
    head,
    ...rows(style, [
      ['Vendor says', entry.vendorText],
      ['What it means', entry.message],
      ['What to do', entry.remedy],
      ['Retry', adviceText(entry.retry)],
      ['Caution', entry.retry.caution],
      ['HTTP status', entry.httpStatus?.toString()],
      ['Field', entry.kind === 'error' ? entry.field : undefined],
      ['Delivery', entry.kind === 'error' ? entry.delivery : undefined],
      [
        'Not a vendor code',
        entry.native === false ? 'a name for a failure the vendor sends without a code' : undefined,
      ],
      ['Catalog', catalogUrl(provider, entry)],
    ]),
  ].join('\n');
}

/** A normalized error for people, as `kyc-errors normalize` prints it. */
export function describeError(
  provider: Provider | undefined,
  error: KycError,
  style: Style,
): string {
  const code = error.code === null ? '(no code)' : error.code;
  const head = `${style.bold(printable(`${provider?.name ?? error.provider} ${code}`))}  ${style.category(error.category)}  ${printable(error.reason)}`;
  const matched =
    error.matchedBy === 'family' && error.inferredFrom !== undefined
      ? `family (read as ${error.inferredFrom})`
      : error.matchedBy;
  return [
    head,
    ...rows(style, [
      ['What it means', error.message],
      ['What to do', error.remedy],
      ['Retry', adviceText(error.retry)],
      ['Caution', error.retry.caution],
      ['Delivery', error.delivery],
      ['Matched by', matched],
      ['HTTP status', error.httpStatus?.toString()],
      ['Field', error.field],
      ['Vendor says', error.vendorMessage],
      ['Raw (redacted)', error.raw === undefined ? undefined : JSON.stringify(error.raw)],
      [
        'Catalog',
        provider === undefined ? undefined : catalogUrl(provider, entryOf(provider, error)),
      ],
    ]),
  ].join('\n');
}

/** The catalog entry an error came from, if any. */
function entryOf(provider: Provider, error: KycError): CatalogEntry | undefined {
  if (error.code === null) return undefined;
  const entries = provider.entries(error.code);
  return entries.find((e) => e.reason === error.reason) ?? entries[0];
}

/** A documented webhook event, as a provider lists it. */
type EventSpec = Provider['events'][number];

/**
 * One aligned line per documented webhook event: name, flags, reason, explanation. The
 * flags column says `attention` when someone must look and `verdict follows` when a verdict
 * is still to come.
 */
export function eventLines(events: readonly EventSpec[], style: Style): string[] {
  const flagsOf = (e: EventSpec) =>
    [e.attention ? 'attention' : '', e.verdictFollows ? 'verdict follows' : '']
      .filter((f) => f !== '')
      .join(', ') || '-';
  const width = (f: (e: EventSpec) => string) => Math.max(0, ...events.map((e) => f(e).length));
  const nameWidth = width((e) => e.name);
  const flagsWidth = width(flagsOf);
  const reasonWidth = width((e) => e.reason);
  return events.map((e) => {
    const pad = (s: string, w: number) => ' '.repeat(Math.max(0, w - s.length));
    const flags = flagsOf(e);
    return [
      printable(e.name) + pad(e.name, nameWidth),
      (e.attention ? style.bold(flags) : flags) + pad(flags, flagsWidth),
      printable(e.reason) + pad(e.reason, reasonWidth),
      style.dim(printable(e.message)),
    ].join('  ');
  });
}

/** One line per entry, in columns (code, category or verdict, reason, explanation), as `kyc-errors list` prints it. */
export function listLines(entries: readonly CatalogEntry[], style: Style): string[] {
  const width = (f: (e: CatalogEntry) => string) => Math.max(0, ...entries.map((e) => f(e).length));
  const codeWidth = width((e) => e.code);
  const kindWidth = width(kindOf);
  const reasonWidth = width((e) => e.reason);
  return entries.map((e) => {
    const pad = (s: string, w: number) => ' '.repeat(Math.max(0, w - s.length));
    return [
      printable(e.code) + pad(e.code, codeWidth),
      styledKind(e, style) + pad(kindOf(e), kindWidth),
      printable(e.reason) + pad(e.reason, reasonWidth),
      style.dim(printable(e.message)),
    ].join('  ');
  });
}
