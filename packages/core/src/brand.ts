/**
 * Which objects this library made. A shape check is not a brand: a client that does
 * `throw await res.json()` can throw anything shaped like a `KycError`. Only objects
 * registered here are trusted as the library's own results. The registry is one `WeakSet`
 * per realm, found through a registered symbol, so the ESM and CommonJS copies of core (or
 * two versions in one `node_modules`) recognise each other's results; data (JSON, a
 * structured clone) can never carry a symbol, so it can never be registered.
 */
const KEY = Symbol.for('kyc-errors.made');

let made: WeakSet<object> | undefined;

function registry(): WeakSet<object> {
  if (made !== undefined) return made;
  const holder = globalThis as unknown as Record<symbol, unknown>;
  const existing = holder[KEY];
  if (existing instanceof WeakSet) made = existing as WeakSet<object>;
  else {
    made = new WeakSet();
    Object.defineProperty(holder, KEY, { value: made });
  }
  return made;
}

/** Registers an object this library made, and returns it. */
export function brand<T extends object>(value: T): T {
  registry().add(value);
  return value;
}

/** Whether this library (any copy of it in this realm) made `value`. Never throws. */
export function isBranded(value: unknown): boolean {
  return typeof value === 'object' && value !== null && registry().has(value);
}
