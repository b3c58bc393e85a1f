import {
  CATEGORY_DEFAULTS,
  type CatalogEntry,
  type KycError,
  type Outcome,
  type Provider,
} from '@kyc-errors/core';
import type { MessageRule } from '@kyc-errors/core/provider-kit';
import { expect } from 'vitest';

/**
 * Soft-checks that `provider.outcome(body)` reads the verdict entry `entry`, labelled `at`
 * so that a failing run names every code that failed (the catalog tests' table checks).
 */
export function expectOutcomeOf(
  provider: Provider,
  body: unknown,
  entry: CatalogEntry,
  at: string,
): void {
  const read = provider.outcome(body);
  expect.soft(read.isOk(), at).toBe(true);
  if (read.isErr()) return;
  const outcome: Outcome = read.value;
  expect.soft(outcome.code, at).toBe(entry.code);
  if (entry.kind === 'outcome') {
    expect.soft(outcome.verdict, at).toBe(entry.verdict);
    expect.soft(outcome.final, at).toBe(entry.final);
  }
  expect.soft(outcome.reason, at).toBe(entry.reason);
  expect.soft(outcome.retry, at).toEqual(entry.retry);
}

/**
 * Soft-checks that `error`, read from the example failure of the error entry `entry`, carries
 * that entry's advice: the provider, category, reason, our message and remedy, delivery, the
 * field when the entry names one, and the retry advice (a wait the response announced may
 * only raise the entry's). Labelled `at`. What the body decides (the code shown, the HTTP
 * status, how it matched) each vendor's table checks itself.
 */
export function expectAdviceOf(
  error: KycError,
  provider: Provider,
  entry: CatalogEntry,
  at: string,
): void {
  if (entry.kind !== 'error') throw new Error(`${entry.code} is not an error entry`);
  expect.soft(error.provider, at).toBe(provider.id);
  expect.soft(error.category, at).toBe(entry.category);
  expect.soft(error.reason, at).toBe(entry.reason);
  expect.soft(error.message, at).toBe(entry.message);
  expect.soft(error.remedy, at).toBe(entry.remedy);
  expect.soft(error.delivery, at).toBe(entry.delivery);
  if (entry.field !== undefined) expect.soft(error.field, at).toBe(entry.field);
  const { afterMs, ...advice } = error.retry;
  const { afterMs: floor, ...own } = entry.retry;
  expect.soft(advice, at).toEqual(own);
  if (floor !== undefined) expect.soft(afterMs, at).toBeGreaterThanOrEqual(floor);
}

/** The fields a KycError built from the error entry `entry` must carry, matched by its code. */
export function errorFieldsOf(provider: Provider, entry: CatalogEntry): Partial<KycError> {
  if (entry.kind !== 'error') throw new Error(`${entry.code} is not an error entry`);
  return {
    provider: provider.id,
    code: entry.code,
    category: entry.category,
    reason: entry.reason,
    message: entry.message,
    remedy: entry.remedy,
    retry: entry.retry,
    delivery: entry.delivery,
    matchedBy: 'code',
  };
}

/**
 * The codes of the error entries whose retry advice is not their category's default: each one
 * an exception that a comment in the vendor's codes.ts must explain. Sorted.
 */
export function overriddenCodes(entries: readonly CatalogEntry[]): string[] {
  return entries
    .filter(
      (e) =>
        e.kind === 'error' &&
        JSON.stringify(e.retry) !== JSON.stringify(CATEGORY_DEFAULTS[e.category].retry),
    )
    .map((e) => e.code)
    .sort();
}

/**
 * Checks each message rule of `provider`: anchored at the start, case-insensitive, naming an
 * error entry; with `scoped`, its statuses include the status that entry is documented under.
 */
export function expectRulesAnchored(
  provider: Provider,
  rules: readonly MessageRule[],
  { scoped }: { readonly scoped: boolean },
): void {
  for (const rule of rules) {
    const at = String(rule.pattern);
    expect(rule.pattern.source.startsWith('^'), at).toBe(true);
    expect(rule.pattern.flags, at).toContain('i');
    const entry = provider.lookup(rule.code);
    expect(entry?.kind, at).toBe('error');
    if (scoped) expect(rule.statuses, at).toContain(entry?.httpStatus);
  }
}

/**
 * Checks that no literal prefilter changes an answer: every text of `texts`, as written and
 * upper- and lower-cased, that a rule's pattern matches holds each of the rule's literals (a
 * literal it lacked would make the prefilter skip a message the pattern accepts). Answers how
 * many matches were checked, so a caller can hold that its texts reach the rules.
 */
export function expectLiteralsKept(
  rules: readonly MessageRule[],
  texts: readonly string[],
): number {
  let checked = 0;
  for (const rule of rules) {
    for (const written of texts) {
      for (const text of [written, written.toUpperCase(), written.toLowerCase()]) {
        if (!rule.pattern.test(text)) continue;
        checked += 1;
        for (const literal of rule.literals ?? []) {
          expect(text.toLowerCase(), String(rule.pattern)).toContain(literal);
        }
      }
    }
  }
  return checked;
}
