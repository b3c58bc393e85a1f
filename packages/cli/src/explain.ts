import { normalize, type Provider } from '@kyc-errors/core';
import { vendorCode } from './codes.js';
import { describeEntry } from './describe.js';
import type { Io } from './run.js';
import type { Style } from './style.js';
import { didYouMean, nearest } from './suggest.js';
import { jsonText } from './text.js';
import { EXIT, UsageError } from './usage-error.js';

/**
 * `kyc-errors explain`: prints a code's entries and answers 0, or throws a UsageError
 * (exit 1) naming the nearest codes and what the pipeline would make of the unknown one.
 */
export function explain(
  provider: Provider,
  typed: string,
  json: boolean,
  style: Style,
  io: Io,
): number {
  const code = vendorCode(provider, typed);
  if (code !== undefined) {
    if (code !== typed)
      io.stderr.write(`kyc-errors: read the code as ${provider.name}'s code ${code}\n`);
    const entries = provider.entries(code);
    const text = json
      ? jsonText(entries.length === 1 ? entries[0] : entries)
      : entries.map((e) => describeEntry(provider, e, style)).join('\n\n');
    io.stdout.write(`${text}\n`);
    return EXIT.ok;
  }
  const hint = didYouMean(suggestions(provider, typed));
  throw new UsageError(
    `${provider.id} has no such code.${hint === '' ? '' : ` ${capital(hint)}`} ${inference(provider, typed)}.`,
    EXIT.unknownCode,
  );
}

const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * The codes nearest to a mistyped one: first those whose reason is what was typed
 * (`RATE_LIMITED`), then the nearest spellings, numerically nearest first for numbers.
 */
function suggestions(provider: Provider, typed: string): string[] {
  const squashed = typed.toLowerCase().replace(/[^a-z0-9]/g, '');
  const byReason = provider.catalog
    .filter((e) => e.reason.toLowerCase().replace(/[^a-z0-9]/g, '') === squashed)
    .map((e) => e.code);
  const codes = provider.catalog.map((e) => e.code);
  if (/^\d+$/.test(typed)) {
    const away = (code: string) =>
      /^\d+$/.test(code) ? Math.abs(Number(code) - Number(typed)) : Number.MAX_SAFE_INTEGER;
    codes.sort((a, b) => away(a) - away(b));
  }
  return [...new Set([...byReason, ...nearest(typed, codes)])].slice(0, 3);
}

/** What the pipeline would make of an unknown code: the family rule, or the HTTP status. */
function inference(provider: Provider, code: string): string {
  const sibling = provider.infer(code);
  if (sibling !== undefined) {
    const what = sibling.kind === 'error' ? sibling.category : sibling.kind;
    return `By the family rule it would be read as ${sibling.code} (${what}, ${sibling.reason})`;
  }
  if (/^[1-5]\d\d$/.test(code)) {
    const e = normalize(provider, { status: Number(code) });
    if (e.matchedBy === 'status')
      return `As an HTTP status it would be ${e.category} (${e.reason})`;
  }
  return `No family rule or HTTP status applies; kyc-errors list ${provider.id} prints every code`;
}
