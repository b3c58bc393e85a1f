/**
 * Which objects this library made. A shape check is not a brand: a client that does
 * `throw await res.json()` can throw anything shaped like a `KycError`. Only objects made
 * here are trusted as the library's own results: they inherit a registered symbol from a
 * prototype of ours, which data (JSON, a structured clone) can never carry. The symbol is
 * registered, so the ESM and CommonJS copies of core (or two versions in one
 * `node_modules`) recognise each other's results. Inheriting it costs nothing per object
 * (a `WeakMap` of every result cost a third of a `normalize` call), and the objects stay
 * plain to JSON, `util.inspect` and `toEqual`.
 */
const KEY = Symbol.for('kyc-errors.made.v1');

/** What kind of object the library made: a result (a `KycError`, a `KycEvent`) or a failure. */
export type Made = 'result' | 'failure';

/** The prototype of every result: `Object.prototype` plus the brand, not enumerable. */
const RESULT: object = Object.create(Object.prototype, { [KEY]: { value: 'result' } });

/** A new, empty result object carrying the brand; the caller fills in its fields. */
export function madeResult<T extends object>(): T {
  return new (Result as unknown as new () => T)();
}

/**
 * Makes the same object as `Object.create(RESULT)`, through `new`: V8 then sizes results to
 * hold their fields in the object itself, which saves a few nanoseconds on every result.
 */
function Result(): void {}
Result.prototype = RESULT;

/** Gives a class's instances the brand `kind` (for `KycFailure`, once, at definition). */
export function brandClass(target: { readonly prototype: object }, kind: Made): void {
  Object.defineProperty(target.prototype, KEY, { value: kind });
}

/**
 * Whether this library (any copy of it in this realm) made `value`, as `kind` when given.
 * Never throws.
 */
export function isBranded(value: unknown, kind?: Made): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const made = (value as Record<symbol, unknown>)[KEY];
    return kind === undefined ? made === 'result' || made === 'failure' : made === kind;
  } catch {
    return false;
  }
}
