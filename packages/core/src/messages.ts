import type { MessageRule } from './contract.js';
import { boundedMemo } from './memo.js';

/** A request field name as vendors spell them; anything else is not reported as a field. */
export const FIELD_NAME = /^[A-Za-z][\w.[\]-]{0,63}$/;

/** The catalog code a message rule chose, and the field its pattern named. */
export interface MessageMatch {
  readonly code: string;
  readonly field?: string;
}

/** Finds the first rule a message matches; remembers answers for short texts. */
export interface MessageMatcher {
  match(text: string, status: number | undefined): MessageMatch | undefined;
}

/** The compiled message rules of one provider. */
export interface MessageRules {
  /** Every rule, for a failure no code decided. */
  readonly documented: MessageMatcher;
  /** The rules that may refine a catch-all code, by that code. */
  readonly refining: ReadonlyMap<string, MessageMatcher>;
}

/** Texts remembered per generation of a memo (two generations at most). */
export const MEMO_LIMIT = 1024;
/** The longest text remembered: longer ones are read again each time. */
export const MEMO_TEXT = 256;
const SUBJECT_LIMIT = 2000;
const STATUSES_PER_TEXT = 8;

/** Checks the rules and compiles them into matchers (one memo each). */
export function compileMessages(id: string, rules: readonly MessageRule[]): MessageRules {
  const byCode = new Map<string, MessageRule[]>();
  for (const rule of rules) {
    for (const literal of rule.literals ?? []) {
      if (literal.length === 0 || literal !== literal.toLowerCase()) {
        throw new Error(
          `${id}: message rule ${rule.pattern} has a literal that is not lower-case: "${literal}"`,
        );
      }
    }
    for (const code of rule.refines ?? []) {
      const list = byCode.get(code);
      if (list === undefined) byCode.set(code, [rule]);
      else list.push(rule);
    }
  }
  const refining = new Map<string, MessageMatcher>();
  for (const [code, list] of byCode) refining.set(code, matcher(list));
  return { documented: matcher(rules), refining };
}

function matcher(rules: readonly MessageRule[]): MessageMatcher {
  if (rules.length === 0) return { match: () => undefined };
  const memo = boundedMemo<string, MessageMatch | null>(MEMO_LIMIT);
  if (!rules.some((rule) => rule.statuses !== undefined)) {
    return {
      match(text, status) {
        if (text.length > MEMO_TEXT) return matchMessage(rules, text, status);
        const known = memo.get(text);
        if (known !== undefined) return known ?? undefined;
        const found = matchMessage(rules, text, status);
        memo.set(text, found ?? null);
        return found;
      },
    };
  }
  // Some rule names statuses, so the answer depends on the status too: remembered per text,
  // then per status (a few at most per text), so that no key string is built per call.
  const byText = boundedMemo<string, Map<number | undefined, MessageMatch | null>>(MEMO_LIMIT);
  return {
    match(text, status) {
      if (text.length > MEMO_TEXT) return matchMessage(rules, text, status);
      let answers = byText.get(text);
      const known = answers?.get(status);
      if (known !== undefined) return known ?? undefined;
      const found = matchMessage(rules, text, status);
      if (answers === undefined) {
        answers = new Map();
        byText.set(text, answers);
      }
      if (answers.size < STATUSES_PER_TEXT) answers.set(status, found ?? null);
      return found;
    },
  };
}

/** The first rule the text matches, uncached. Exported for the "cached equals uncached" test. */
export function matchMessage(
  rules: readonly MessageRule[],
  text: string,
  status: number | undefined,
): MessageMatch | undefined {
  const subject = text.length > SUBJECT_LIMIT ? text.slice(0, SUBJECT_LIMIT) : text;
  let lower: string | undefined;
  for (const rule of rules) {
    if (rule.statuses !== undefined && (status === undefined || !rule.statuses.includes(status))) {
      continue;
    }
    if (rule.literals !== undefined) {
      lower ??= subject.toLowerCase();
      if (!containsAll(lower, rule.literals)) continue;
    }
    const m = rule.pattern.exec(subject);
    if (m === null) continue;
    const field = m.groups?.field;
    return field !== undefined && FIELD_NAME.test(field)
      ? { code: rule.code, field }
      : { code: rule.code };
  }
  return undefined;
}

function containsAll(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (!text.includes(literal)) return false;
  return true;
}

/** @internal Every pattern this module runs on untrusted text, checked by scripts/check-redos.mjs. */
export const PATTERNS: readonly RegExp[] = [FIELD_NAME];
