/**
 * A redacted copy of a payload: what is kept is chosen, not what is left after removing
 * what we thought of. The copy keeps the payload's shape (keys, value types, sizes) and
 * only values known to be non-personal (codes and statuses in the grammar of a code).
 */
import { isKnownIdentifier, keepWords } from './keep-words.js';
import { collectSecrets } from './secrets.js';
import {
  isSensitiveKey,
  NO_KEYS,
  normalizeKey,
  REDACTED,
  type SensitiveKeys,
} from './sensitive-keys.js';
import { COMMON_WORDS } from './words.js';

/** What a redacted copy may show besides shape: known words and the vendor's own codes. */
export interface Allowed {
  /** Words a kept key or value may consist of (lower case). Default: core's common words. */
  readonly words?: ReadonlySet<string>;
  /** The vendor's catalog codes, kept verbatim under code keys. */
  readonly codes?: ReadonlySet<string>;
}

const NO_CODES: ReadonlySet<string> = new Set();
/** A numeric code of up to four digits (`"2205"`, `"0"`): too short to be an ID number. */
const SHORT_CODE = /^[0-9]{1,4}$/;

// What a copy keeps of a payload. Values are kept only under keys that carry codes and
// statuses, and only in the grammar of a code; keys only in the grammar of an identifier.
const VALUE_KEYS = new Set([
  'code',
  'status',
  'statuscode',
  'result',
  'resultcode',
  'identifier',
  'errorcode',
  'errorname',
  'errortype',
  'type',
  'kind',
  'state',
  'success',
  'final',
  'jobcomplete',
  'jobsuccess',
  'reviewstatus',
  'reviewanswer',
  'reviewrejecttype',
  'decision',
  'overall',
  'idtype',
  'jobtype',
  'resulttype',
]);
const CODE_VALUE = /^[A-Za-z0-9][\w .:-]{0,63}$/;
const COPY_DEPTH = 8;
const COPY_NODES = 400;
const COPY_KEYS = 50;
const COPY_ITEMS = 20;

/**
 * A JSON-safe, size-bounded skeleton of anything: the same keys (a key that is not made of
 * known words becomes `[key N]`), arrays and nesting, with values replaced by their type
 * and size (`[string(12)]`, `[number]`); only the vendor's catalog codes and values made of
 * known words are kept under code and status keys, and never one that is also found under
 * a personal key. Handles cycles, throwing
 * getters, proxies, prototype-less objects, `BigInt`, symbols and functions. Never throws.
 *
 * @example
 * ```ts
 * redact({ code: '2205', FullName: 'Ada Obi', error: 'No match' });
 * // { code: '2205', FullName: '[redacted]', error: '[string(8)]' }
 * ```
 */
export function redact(
  value: unknown,
  extra: SensitiveKeys = NO_KEYS,
  allowed: Allowed = {},
): unknown {
  const secrets = collectSecrets(value, extra);
  const words = allowed.words ?? COMMON_WORDS;
  const codes = allowed.codes ?? NO_CODES;
  const knownKey = (key: string): boolean => isKnownIdentifier(key, words, secrets);
  const ancestors = new Set<object>();
  let nodes = 0;
  const scalar = (v: unknown, keep: boolean): unknown => {
    switch (typeof v) {
      case 'string':
        return keep &&
          CODE_VALUE.test(v) &&
          (codes.has(v) || SHORT_CODE.test(v) || keepWords(v, words, secrets, 64) === v)
          ? v
          : `[string(${v.length})]`;
      case 'number':
        if (!Number.isFinite(v)) return String(v);
        // Small integers (counts, statuses, result codes) cannot be ID or phone numbers.
        return Number.isInteger(v) && Math.abs(v) < 100_000 && !secrets.has(String(v))
          ? v === 0
            ? 0
            : v
          : '[number]';
      case 'boolean':
        return v;
      case 'bigint':
        return '[bigint]';
      case 'undefined':
        return null;
      case 'symbol':
        return '[symbol]';
      case 'function':
        return '[function]';
    }
    return null;
  };
  const copy = (v: unknown, depth: number, keep: boolean): unknown => {
    if (nodes++ > COPY_NODES) return '[truncated]';
    if (typeof v !== 'object' || v === null) return scalar(v, keep);
    if (ancestors.has(v)) return '[circular]';
    if (depth >= COPY_DEPTH) return '[nested]';
    ancestors.add(v);
    try {
      if (Array.isArray(v)) {
        const out: unknown[] = [];
        for (let i = 0; i < v.length && i < COPY_ITEMS; i++) out.push(copy(v[i], depth + 1, false));
        if (v.length > COPY_ITEMS) out.push(`[+${v.length - COPY_ITEMS} more]`);
        return out;
      }
      if (ArrayBuffer.isView(v)) return `[bytes(${v.byteLength})]`;
      const out: Record<string, unknown> = {};
      let keys = 0;
      // for...in with a stop, not Object.keys: a body of 300,000 keys is not listed whole.
      for (const key in v) {
        if (!Object.hasOwn(v, key)) continue;
        if (keys++ >= COPY_KEYS) {
          out['…'] = '[more keys]';
          break;
        }
        const shownKey = knownKey(key) ? key : `[key ${keys}]`;
        // defineProperty, so a key named __proto__ stays data on the copy.
        Object.defineProperty(out, shownKey, {
          value: isSensitiveKey(key, extra)
            ? REDACTED
            : copy(
                (v as Record<string, unknown>)[key],
                depth + 1,
                VALUE_KEYS.has(normalizeKey(key)),
              ),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    } catch {
      return '[unreadable]';
    } finally {
      ancestors.delete(v);
    }
  };
  try {
    return copy(value, 0, false);
  } catch {
    return '[unreadable]';
  }
}

/** @internal Every pattern this module runs on untrusted text, checked by scripts/check-redos.mjs. */
export const PATTERNS: readonly RegExp[] = [CODE_VALUE, SHORT_CODE];
