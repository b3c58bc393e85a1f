/**
 * The one walk over a payload: every value under a personal or secret key, anywhere in
 * the body (JSON inside JSON strings too), within limits large enough for any body the
 * parser accepts.
 */
import { foldedWords, type Words } from './keep-words.js';
import { isSensitiveKey, NO_KEYS, type SensitiveKeys } from './sensitive-keys.js';

/**
 * The limits of the one walk over a payload: deep enough and large enough for any body the
 * parser accepts (8 MiB), so that nothing escapes redaction by sitting far in.
 */
const WALK_DEPTH = 256;
const WALK_NODES = 4_000_000;

/** What {@link walk} reports for each leaf; `true` stops the walk. */
type Leaf = (value: string, sensitive: boolean) => boolean;

/**
 * Visits every string and number below `root`, depth first, with whether a sensitive key
 * is above it. Tolerates cycles (each object once), throwing getters and proxies. Iterative,
 * so depth costs no call stack.
 */
function walk(root: unknown, extra: SensitiveKeys, leaf: Leaf): void {
  const stack: unknown[] = [root];
  const flags: boolean[] = [false];
  const depths: number[] = [0];
  const seen = new Set<object>();
  let nodes = 0;
  let embedded = -1;
  while (stack.length > 0 && nodes++ < WALK_NODES) {
    const value = stack.pop();
    const sensitive = flags.pop() as boolean;
    const depth = depths.pop() as number;
    if (typeof value === 'string') {
      if (leaf(value, sensitive)) return;
      // JSON inside a JSON string (a vendor echoing the request it got): walk it too.
      // The first JSON string sets the budget: every level together may parse as much as
      // it holds (at least EMBEDDED_JSON_FLOOR), so twelve levels cost about one.
      if (embedded < 0) embedded = Math.max(EMBEDDED_JSON_FLOOR, value.length);
      const nested = value.length <= embedded ? embeddedJson(value) : undefined;
      if (nested !== undefined) embedded -= value.length;
      if (nested !== undefined) {
        stack.push(nested);
        flags.push(sensitive);
        depths.push(depth + 1);
      }
      continue;
    }
    if (typeof value === 'number' || typeof value === 'bigint') {
      if (sensitive && leaf(String(value), true)) return;
      continue;
    }
    if (typeof value !== 'object' || value === null || depth >= WALK_DEPTH) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    try {
      if (Array.isArray(value)) {
        // A sparse array may claim 2^32 - 1 slots: every slot counts against the walk's
        // limit, and only slots that can hold text are pushed.
        const n = Math.min(value.length, WALK_NODES - nodes);
        nodes += n;
        for (let i = n - 1; i >= 0; i--) {
          const item: unknown = value[i];
          // Only what can hold text: scalars not under a sensitive key cannot contribute.
          if (item === null || typeof item === 'boolean' || typeof item === 'undefined') continue;
          if (!sensitive && typeof item !== 'object' && !mayHoldJson(item)) continue;
          stack.push(item);
          flags.push(sensitive);
          depths.push(depth + 1);
        }
        continue;
      }
      // Only plain objects, as JSON gives: bytes, Maps, class instances are not walked (a
      // Buffer would be walked byte by byte). What they hold is not searched; the kept
      // text does not depend on it (see keepWords).
      if (!isPlainObject(value)) continue;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const child = (value as Record<string, unknown>)[key];
        const under = sensitive || isSensitiveKey(key, extra);
        if (typeof child !== 'object' && !mayHoldJson(child)) {
          // A scalar is a leaf: read it here rather than through the stacks; one that is
          // not under a sensitive key cannot contribute (the common case for error bodies).
          if (under && typeof child === 'string' && leaf(child, true)) return;
          if (under && (typeof child === 'number' || typeof child === 'bigint')) {
            if (leaf(String(child), true)) return;
          }
          continue;
        }
        stack.push(child);
        flags.push(under);
        depths.push(depth + 1);
      }
    } catch {
      // Unreadable (throwing getter, revoked proxy): nothing to collect there.
    }
  }
}

const EMBEDDED_JSON_LIMIT = 256 * 1024;
/**
 * The least budget, in characters, for JSON inside strings in one walk, all levels
 * together; a larger first JSON string raises it to its own length. JSON nested in JSON
 * twelve deep then costs what one body does, not twelve, and what lies past the budget is
 * not searched (kept text does not depend on it: see keepWords).
 */
const EMBEDDED_JSON_FLOOR = 64 * 1024;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function mayHoldJson(value: unknown): boolean {
  if (typeof value !== 'string' || value.length < 2) return false;
  const first = value.charCodeAt(0);
  return first === 0x7b || first === 0x5b;
}

function embeddedJson(text: string): unknown {
  if (text.length < 2 || text.length > EMBEDDED_JSON_LIMIT) return undefined;
  const first = text.charCodeAt(0);
  if (first !== 0x7b && first !== 0x5b) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const SMALL_NODES = 24;
const SMALL_DEPTH = 3;

/**
 * Whether `body` is a small plain body (at most 24 values, three levels deep, plain objects
 * and arrays only) with no value under a sensitive key and none holding JSON: the shape of
 * nearly every error body (`{"error": {"code": …, "message": …}}`), where the walk can find
 * nothing. Answering that first spares the walk's stacks and seen-set on every call.
 */
function isFlatAndPlain(body: object, extra: SensitiveKeys): boolean {
  try {
    return plainLeft(body, 0, SMALL_NODES, extra) >= 0;
  } catch {
    return false;
  }
}

/**
 * The node budget left once `value` is counted, or -1 when it is not small and plain. Plain
 * functions rather than closures: this runs on every failure, and closures made per call
 * cost more than the walk they guard.
 */
function plainLeft(value: object, depth: number, budget: number, extra: SensitiveKeys): number {
  if (depth > SMALL_DEPTH) return -1;
  let left = budget;
  if (Array.isArray(value)) {
    if (value.length > SMALL_NODES) return -1;
    for (let i = 0; i < value.length; i++) {
      if (--left < 0) return -1;
      left = plainValueLeft(value[i], depth, left, extra);
      if (left < 0) return -1;
    }
    return left;
  }
  if (!isPlainObject(value)) return -1;
  for (const key in value) {
    if (--left < 0) return -1;
    if (!Object.hasOwn(value, key)) continue;
    if (isSensitiveKey(key, extra)) return -1;
    left = plainValueLeft((value as Record<string, unknown>)[key], depth, left, extra);
    if (left < 0) return -1;
  }
  return left;
}

function plainValueLeft(v: unknown, depth: number, left: number, extra: SensitiveKeys): number {
  if (typeof v === 'object' && v !== null) return plainLeft(v, depth + 1, left, extra);
  return mayHoldJson(v) ? -1 : left;
}

const NO_SECRETS: Words = new Set();

/**
 * What {@link collectSecrets} answers for a body with more distinct personal values than it
 * reads: every word counts as one, so a kept message keeps no word at all (fail closed).
 */
export const EVERY_WORD: Words = Object.freeze({ has: () => true, size: Number.POSITIVE_INFINITY });

/**
 * The most distinct personal values read from one body. An error body carries a few; a
 * body with more (a list of applicants, or a hostile one with 1,500 case variants of a
 * name) gets {@link EVERY_WORD}, and the walk stops there: the cost of this step is bounded
 * by the walk, not by what the values hold.
 */
export const MAX_SECRET_VALUES = 64;

/**
 * The words of every value found under a personal or secret key anywhere in `body` (JSON
 * inside JSON strings too, within the walk's limits), folded (see `foldWord`): what a kept
 * message must not show, whatever the case, normal form or order the vendor echoes them
 * in. A body with more than {@link MAX_SECRET_VALUES} distinct personal values answers
 * {@link EVERY_WORD}. Never throws.
 *
 * @example
 * ```ts
 * collectSecrets({ FullName: 'Ada Obi', code: '2205' }); // Set { 'ada', 'obi' }
 * ```
 */
export function collectSecrets(body: unknown, extra: SensitiveKeys = NO_KEYS): Words {
  if (typeof body !== 'object' || body === null || isFlatAndPlain(body, extra)) return NO_SECRETS;
  let found: Set<string> | undefined;
  const values = new Set<string>();
  let tooMany = false;
  walk(body, extra, (value, sensitive) => {
    if (!sensitive || value.length === 0 || values.has(value)) return false;
    if (values.size === MAX_SECRET_VALUES) {
      tooMany = true;
      return true;
    }
    values.add(value);
    found ??= new Set();
    foldedWords(value.length > MAX_SECRET ? value.slice(0, MAX_SECRET) : value, found);
    return false;
  });
  return tooMany ? EVERY_WORD : (found ?? NO_SECRETS);
}

/** The longest part of one value searched for words: a base64 image is not split up. */
const MAX_SECRET = 4096;
