/** Small readers every vendor package needs for untrusted bodies. */

/** A plain object (not an array, not `null`), as JSON bodies are. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An own property of an untrusted object, never one inherited (`__proto__`, `constructor`
 * and `toString` are keys an attacker can send). `undefined` when absent or unreadable.
 *
 * @example
 * ```ts
 * own(JSON.parse('{"code":"2205"}'), 'code'); // '2205'
 * own({}, 'toString'); // undefined
 * ```
 */
export function own(value: unknown, key: string): unknown {
  try {
    return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
  } catch {
    return undefined;
  }
}

/** An own property that is a non-empty string, else `undefined`. */
export function ownString(value: unknown, key: string): string | undefined {
  const v = own(value, key);
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

/**
 * A code as a string, whether the vendor sent `"6"` or `6` (finite integers only), else
 * `undefined`.
 *
 * @example
 * ```ts
 * stringCode(6); // '6'
 * stringCode('2205'); // '2205'
 * stringCode(1.5); // undefined
 * ```
 */
export function stringCode(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > 0 ? value : undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

/**
 * A fresh object holding only the own properties `keys` of an untrusted object (never
 * inherited ones): what a reader hands to a codec, so the codec never sees a polluted
 * prototype or walks keys it does not need. `undefined` when `value` is not a plain object
 * or cannot be read (a throwing getter, a revoked proxy).
 *
 * @example
 * ```ts
 * ownFields(JSON.parse('{"code":"1","__proto__":{"x":1},"big":"…"}'), ['code']); // { code: '1' }
 * ```
 */
export function ownFields(
  value: unknown,
  keys: readonly string[],
): Record<string, unknown> | undefined {
  try {
    if (!isRecord(value)) return undefined;
    const out: Record<string, unknown> = {};
    for (const key of keys) if (Object.hasOwn(value, key)) out[key] = value[key];
    return out;
  } catch {
    return undefined;
  }
}

/**
 * The most tags an outcome carries; readers stop collecting there, and core cuts any
 * longer list to it.
 */
export const MAX_TAGS = 32;
