/**
 * A redacted copy of a payload: what is kept is chosen, not what is left after removing
 * what we thought of. The copy keeps the payload's shape (keys, value types, sizes) and
 * only values known to be non-personal (codes and statuses in the grammar of a code).
 */
import { fold, scrubText } from './scrub.js';
import { collectSecrets } from './secrets.js';
import {
  isSensitiveKey,
  NO_KEYS,
  normalizeKey,
  REDACTED,
  type SensitiveKeys,
} from './sensitive-keys.js';

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
const KEY_NAME = /^[A-Za-z_$][\w$.-]{0,63}$/;
const COPY_DEPTH = 8;
const COPY_NODES = 400;
const COPY_KEYS = 50;
const COPY_ITEMS = 20;

/**
 * A JSON-safe, size-bounded skeleton of anything: the same keys (a key that is not an
 * identifier becomes `[key N]`), arrays and nesting, with values replaced by their type and
 * size (`[string(12)]`, `[number]`); only code-like values under code and status keys are
 * kept, and never one that is also found under a personal key. Handles cycles, throwing
 * getters, proxies, prototype-less objects, `BigInt`, symbols and functions. Never throws.
 *
 * @example
 * ```ts
 * redact({ code: '2205', FullName: 'Ada Obi', error: 'No match' });
 * // { code: '2205', FullName: '[redacted]', error: '[string(8)]' }
 * ```
 */
export function redact(value: unknown, extra: SensitiveKeys = NO_KEYS): unknown {
  const secrets = new Set(collectSecrets(value, extra).map(fold));
  const ancestors = new Set<object>();
  let nodes = 0;
  const scalar = (v: unknown, keep: boolean): unknown => {
    switch (typeof v) {
      case 'string':
        return keep && CODE_VALUE.test(v) && !secrets.has(fold(v.trim())) && scrubText(v) === v
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
      const out: Record<string, unknown> = {};
      let keys = 0;
      for (const key of Object.keys(v)) {
        if (keys++ >= COPY_KEYS) {
          out['…'] = '[more keys]';
          break;
        }
        const shownKey = KEY_NAME.test(key) && !secrets.has(fold(key)) ? key : `[key ${keys}]`;
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

/** @internal Every pattern this module runs on untrusted text, for the ReDoS check in the tests. */
export const PATTERNS: readonly RegExp[] = [CODE_VALUE, KEY_NAME];
