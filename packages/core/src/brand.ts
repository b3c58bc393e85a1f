/**
 * Which objects this library made. A shape check is not a brand: a client that does
 * `throw await res.json()` can throw anything shaped like a `KycError`. Only objects
 * registered here are trusted as the library's own results. The registry is one `WeakMap`
 * per realm, found through a registered symbol, so the ESM and CommonJS copies of core (or
 * two versions in one `node_modules`) recognise each other's results; data (JSON, a
 * structured clone) can never carry a symbol, so it can never be registered.
 */
const KEY = Symbol.for('kyc-errors.made.v1');

/** What kind of object the library made: a result (a `KycError`, a `KycEvent`) or a failure. */
export type Made = 'result' | 'failure';

let made: WeakMap<object, Made> | undefined;

function registry(): WeakMap<object, Made> {
  if (made !== undefined) return made;
  const holder = globalThis as unknown as Record<symbol, unknown>;
  const existing = holder[KEY];
  if (existing instanceof WeakMap) made = existing as WeakMap<object, Made>;
  else {
    made = new WeakMap();
    Object.defineProperty(holder, KEY, { value: made });
  }
  return made;
}

/** Registers an object this library made, as a result or a failure, and returns it. */
export function brand<T extends object>(value: T, kind: Made = 'result'): T {
  registry().set(value, kind);
  return value;
}

/**
 * Whether this library (any copy of it in this realm) made `value`, as `kind` when given.
 * Never throws.
 */
export function isBranded(value: unknown, kind?: Made): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const made = registry().get(value);
  return made !== undefined && (kind === undefined || made === kind);
}
