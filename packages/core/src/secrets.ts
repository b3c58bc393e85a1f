/**
 * The one walk over a payload: every value under a personal or secret key, anywhere in
 * the body (JSON inside JSON strings too), within limits large enough for any body the
 * parser accepts.
 */
import { isSensitiveKey, NO_KEYS, type SensitiveKeys } from './sensitive-keys.js';

/**
 * The limits of the one walk over a payload: deep enough and large enough for any body the
 * parser accepts (8 MiB), so that nothing escapes redaction by sitting far in.
 */
const WALK_DEPTH = 256;
const WALK_NODES = 4_000_000;

/** What {@link walk} reports for each leaf. */
type Leaf = (value: string, sensitive: boolean) => void;

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
  while (stack.length > 0 && nodes++ < WALK_NODES) {
    const value = stack.pop();
    const sensitive = flags.pop() as boolean;
    const depth = depths.pop() as number;
    if (typeof value === 'string') {
      leaf(value, sensitive);
      // JSON inside a JSON string (a vendor echoing the request it got): walk it too.
      const nested = embeddedJson(value);
      if (nested !== undefined) {
        stack.push(nested);
        flags.push(sensitive);
        depths.push(depth + 1);
      }
      continue;
    }
    if (typeof value === 'number' || typeof value === 'bigint') {
      leaf(String(value), sensitive);
      continue;
    }
    if (typeof value !== 'object' || value === null || depth >= WALK_DEPTH) continue;
    if (seen.has(value)) continue;
    seen.add(value);
    try {
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) {
          stack.push(value[i]);
          flags.push(sensitive);
          depths.push(depth + 1);
        }
        continue;
      }
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const child = (value as Record<string, unknown>)[key];
        const under = sensitive || isSensitiveKey(key, extra);
        // A key that is not sensitive and holds a scalar that is not under a sensitive key
        // cannot contribute: skip the push (the common case for error bodies).
        if (!under && typeof child !== 'object' && !mayHoldJson(child)) continue;
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

const FLAT_KEYS = 16;

/**
 * Whether `body` is one object of at most 16 plain scalars, none under a sensitive key and
 * none holding JSON: the shape of nearly every error body, where the walk can find nothing.
 * Answering that first spares the walk's stacks and seen-set on every call.
 */
function isFlatAndPlain(body: object, extra: SensitiveKeys): boolean {
  if (Array.isArray(body)) return false;
  try {
    let keys = 0;
    for (const key in body) {
      if (++keys > FLAT_KEYS) return false;
      if (!Object.hasOwn(body, key)) continue;
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === 'object' && value !== null) return false;
      if (mayHoldJson(value) || isSensitiveKey(key, extra)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** The shortest value worth looking for in a message. */
export const MIN_SECRET = 3;
/** The longest secret kept: a longer value is matched by its first 200 characters. */
export const MAX_SECRET = 200;
const NO_SECRETS: readonly string[] = Object.freeze([]);

/**
 * Collects the string values found under sensitive keys anywhere in `body` (and each word
 * of them), so that a vendor message echoing them can be scrubbed. Covers the whole body
 * within the walk's limits; never throws.
 *
 * @example
 * ```ts
 * collectSecrets({ FullName: 'Ada Obi', code: '2205' }); // ['Ada Obi', 'Ada', 'Obi']
 * ```
 */
export function collectSecrets(body: unknown, extra: SensitiveKeys = NO_KEYS): readonly string[] {
  if (typeof body !== 'object' || body === null || isFlatAndPlain(body, extra)) return NO_SECRETS;
  let found: Set<string> | undefined;
  walk(body, extra, (value, sensitive) => {
    if (!sensitive) return;
    const s = value.trim();
    if (s.length < MIN_SECRET) return;
    found ??= new Set();
    found.add(s.length > MAX_SECRET ? s.slice(0, MAX_SECRET) : s);
    // The words of a name or address, so "Obi, Ada" is scrubbed as well as "Ada Obi".
    if (s.length <= MAX_SECRET && /\s/.test(s)) {
      for (const word of s.split(/\s+/)) if (word.length >= MIN_SECRET) found.add(word);
    }
  });
  if (found === undefined) return NO_SECRETS;
  // Longest first, so a full name is replaced before a part of it.
  return [...found].sort((a, b) => b.length - a.length);
}
