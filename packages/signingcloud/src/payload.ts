import * as t from 'io-ts';

// A numeric string as SigningCloud (or a proxy re-serialising its JSON) may send `result`:
// digits only, bounded so a hostile body cannot hand us an absurd "code".
const NUMERIC = /^\s{0,8}-?\d{1,10}\s{0,8}$/;

/** Brand of a string that holds a whole number. */
export interface NumericStringBrand {
  readonly NumericString: unique symbol;
}

/**
 * A string holding a whole number (`"6"`, `" 6 "`): how `result` arrives when a gateway or
 * an older SDK stringifies it.
 *
 * @example
 * ```ts
 * NumericString.is('6'); // true
 * NumericString.is('__proto__'); // false
 * ```
 */
export const NumericString = t.brand(
  t.string,
  (s): s is t.Branded<string, NumericStringBrand> => NUMERIC.test(s),
  'NumericString',
);

/**
 * SigningCloud's `result` field: an integer, or a numeric string.
 *
 * @example
 * ```ts
 * ResultField.is(6); // true
 * ResultField.is('6'); // true
 * ResultField.is(6.5); // false
 * ```
 */
export const ResultField = t.union([t.Int, NumericString]);

/**
 * A SigningCloud response body as it arrives on the wire: every call answers with this
 * envelope, success or not.
 */
export interface SigningCloudResponse {
  /** The return code: `0` for success, anything else a failure. */
  readonly result: number | string;
  /** The answer, AES-encrypted and base64-encoded. Secret. */
  readonly data?: string | null;
  /** SHA-256 MAC over the answer. Secret. */
  readonly mac?: string | null;
}
