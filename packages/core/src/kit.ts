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
