import type { CatalogEntry, KycError, Provider, RetryAdvice } from '@kyc-errors/core';
import type { Style } from './style.js';

/** Where the generated catalog page of a provider lives in the repository. */
export function catalogPage(provider: Provider, code?: string): string {
  const page = `docs/catalog/${provider.id}.md`;
  return code === undefined ? page : `${page}#${anchor(code)}`;
}

/** The anchor of a code on its catalog page (the generator writes the same). */
export function anchor(code: string): string {
  return `code-${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** Retry advice in words: "yes, backoff", "no: fix-request", "yes, wait at least 30 s". */
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

function rows(style: Style, list: readonly Row[]): string[] {
  const width = Math.max(...list.map(([label]) => label.length));
  return list
    .filter((row): row is readonly [string, string] => row[1] !== undefined && row[1] !== '')
    .map(([label, value]) => `  ${style.dim(`${label}:`.padEnd(width + 1))} ${value}`);
}

/** A catalog entry for people, as `kyc-errors explain` prints it. */
export function describeEntry(provider: Provider, entry: CatalogEntry, style: Style): string {
  const kind =
    entry.kind === 'error'
      ? style.category(entry.category)
      : entry.kind === 'outcome'
        ? `verdict ${style.verdict(entry.verdict)}${entry.final ? '' : ' (not final)'}`
        : 'success';
  const deprecated = entry.deprecated === true ? style.dim(' (deprecated)') : '';
  const head = `${style.bold(`${provider.name} ${entry.code}`)}  ${kind}  ${entry.reason}${deprecated}`;
  const delivery = entry.kind === 'error' ? entry.delivery : undefined;
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
      ['Delivery', delivery],
      [
        'Not a vendor code',
        entry.native === false ? 'a name for a failure the vendor sends without a code' : undefined,
      ],
      ['Catalog', catalogPage(provider, entry.code)],
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
  const head = `${style.bold(`${provider?.name ?? error.provider} ${code}`)}  ${style.category(error.category)}  ${error.reason}`;
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
        provider === undefined ? undefined : catalogPage(provider, error.code ?? undefined),
      ],
    ]),
  ].join('\n');
}

/** One line per entry, aligned, as `kyc-errors list` prints it. */
export function listLines(provider: Provider, style: Style): string[] {
  const codeWidth = Math.max(...provider.catalog.map((e) => e.code.length));
  const kindOf = (e: CatalogEntry): string =>
    e.kind === 'error' ? e.category : e.kind === 'outcome' ? e.verdict : 'success';
  const kindWidth = Math.max(...provider.catalog.map((e) => kindOf(e).length));
  return provider.catalog.map((e) => {
    const kind = kindOf(e);
    const styled =
      e.kind === 'error'
        ? style.category(e.category)
        : e.kind === 'outcome'
          ? style.verdict(e.verdict)
          : kind;
    return `${e.code.padEnd(codeWidth)}  ${styled}${' '.repeat(kindWidth - kind.length)}  ${e.reason}  ${style.dim(e.message)}`;
  });
}
