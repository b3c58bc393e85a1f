import type { Props, TypeOf } from 'io-ts';
import * as t from 'io-ts';
import type { EntrySpec } from './catalog.js';
import { decodedOr, REFUSED } from './decode.js';

/**
 * The reader kit: the small readers every vendor package needs for untrusted bodies, written
 * once. A vendor's `read.ts` uses these and its io-ts codecs, nothing else. Re-exported by
 * name from `@kyc-errors/core/provider-kit` (the entry, `provider-kit.ts`).
 */

/**
 * The fields of an untrusted object that decode, each with its own codec from `codec.props`
 * (an io-ts `t.partial` or `t.type`), the others left out: one malformed field (a numeric
 * title, a list where a string belongs) never hides the fields beside it. Own properties
 * only. `undefined` when `value` is not a plain object. Where the whole codec accepts the
 * object, the answer is what it decodes.
 *
 * @example
 * ```ts
 * const ErrorBody = t.partial({ identifier: t.string, message: t.string });
 * decodeFields(ErrorBody, { identifier: 7, message: 'Bad value' }); // { message: 'Bad value' }
 * ```
 */
export function decodeFields<P extends Props>(
  codec: { readonly props: P },
  value: unknown,
): { -readonly [K in keyof P]?: TypeOf<P[K]> } | undefined {
  // One pass: each own field is read once (a getter answers once) and decoded on the spot,
  // with no copy of the body and no Result per field: this runs on every failure.
  const out: Record<string, unknown> = {};
  try {
    if (!isRecord(value)) return undefined;
    for (const key in codec.props) {
      if (!Object.hasOwn(value, key)) continue;
      const field = codec.props[key] as t.Mixed;
      const v = value[key];
      // One of io-ts' primitives answers by its guard: no context, no Either.
      if (GUARDED.has(field)) {
        if (field.is(v)) out[key] = v;
        continue;
      }
      const decoded = decodedOr(field, v);
      if (decoded !== REFUSED) out[key] = decoded;
    }
  } catch {
    // Unreadable (a throwing getter, a revoked proxy): nothing is read from it.
    return undefined;
  }
  return out as { -readonly [K in keyof P]?: TypeOf<P[K]> };
}

// io-ts' own primitive codecs, by identity: decoding with one gives back the very value its
// `is` accepts, so the guard answers alone. Only these instances: a codec made from one
// (io-ts-types' withValidate, a refinement, a literal 0 that turns -0 into 0) may decode to
// something else, and is decoded.
const GUARDED: ReadonlySet<unknown> = new Set<unknown>([
  t.string,
  t.number,
  t.boolean,
  t.unknown,
  t.null,
  t.undefined,
]);

/**
 * The most tags an outcome carries: {@link collectTags} stops there, and core cuts any
 * longer list to it.
 */
export const MAX_TAGS = 32;

/** How many elements of a list the kit looks at: enough for any real body, bounded for any other. */
export const MAX_SCAN = 200;

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
 * A code as a string, whether the vendor sent `"6"` or `6` (safe integers only), else
 * `undefined`. With `grammar`, a code outside the vendor's code grammar is `undefined` too:
 * whatever sits in a code field may be personal data. The one number-or-string converter.
 * `known` holds codes already checked against the grammar (the catalog's, with
 * {@link codesWhere}): a string among them is answered without running it, which is the
 * common case and the larger cost.
 *
 * @example
 * ```ts
 * stringCode(6); // '6'
 * stringCode('2205'); // '2205'
 * stringCode(1.5); // undefined
 * stringCode('__proto__', /^\d{4}$/); // undefined
 * ```
 */
export function stringCode(
  value: unknown,
  grammar?: RegExp,
  known?: ReadonlySet<string>,
): string | undefined {
  if (known !== undefined && typeof value === 'string' && known.has(value)) return value;
  let code: string | undefined;
  if (typeof value === 'string') code = value.length > 0 ? value : undefined;
  else if (typeof value === 'number' && Number.isSafeInteger(value)) code = String(value);
  return code !== undefined && (grammar === undefined || grammar.test(code)) ? code : undefined;
}

/**
 * The first text among `values`: the first non-empty string, where a list counts as its
 * first non-empty string element (frameworks send `["message"]`). Only the first
 * {@link MAX_SCAN} elements of a list are looked at. `undefined` when none has text.
 *
 * @example
 * ```ts
 * firstText(undefined, '', ['', 'Field is required'], 'later'); // 'Field is required'
 * ```
 */
export function firstText(...values: readonly unknown[]): string | undefined {
  for (const value of values) {
    if (typeof value === 'string') {
      if (value.length > 0) return value;
    } else if (Array.isArray(value)) {
      const n = Math.min(value.length, MAX_SCAN);
      for (let i = 0; i < n; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string' && item.length > 0) return item;
      }
    }
  }
  return undefined;
}

const asString = (item: unknown): string | undefined =>
  typeof item === 'string' ? item : undefined;

/**
 * The tags of a body, collected from one or more lists: each list's first {@link MAX_SCAN}
 * elements, mapped by `toTag` (default: strings as they are; `undefined` skips an element),
 * each tag once, at most {@link MAX_TAGS} in all. Non-lists are skipped. `undefined` when
 * no tag was found. Core still keeps only tags in the tag grammar.
 *
 * @example
 * ```ts
 * collectTags([['FACE_SUSPECTED'], ['FACE_SUSPECTED', 'DOC_DAMAGED'], null]);
 * // ['FACE_SUSPECTED', 'DOC_DAMAGED']
 * ```
 */
export function collectTags(
  lists: readonly unknown[],
  toTag: (item: unknown) => string | undefined = asString,
): readonly string[] | undefined {
  const tags = new Set<string>();
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    const n = Math.min(list.length, MAX_SCAN);
    for (let i = 0; i < n; i++) {
      const tag = toTag(list[i]);
      if (tag === undefined) continue;
      tags.add(tag);
      if (tags.size === MAX_TAGS) return [...tags];
    }
  }
  return tags.size === 0 ? undefined : [...tags];
}

/**
 * The codes of the catalog entries that pass `test`, as a set: how a reader knows which
 * codes a field may name (Veriff's decision codes, iDenfy's overall statuses).
 *
 * @example
 * ```ts
 * const STATUSES = codesWhere(IDENFY_CATALOG, (e) => e.kind === 'outcome');
 * ```
 */
export function codesWhere(
  catalog: readonly EntrySpec[],
  test: (entry: EntrySpec) => boolean,
): ReadonlySet<string> {
  return new Set(catalog.filter(test).map((e) => e.code));
}

/**
 * The code of each catalog entry that passes `test`, by its vendor text: how a reader turns
 * a documented name into its code (Sumsub's `errorName`, Veriff's session status).
 *
 * @example
 * ```ts
 * const BY_STATUS = codeByText(VERIFF_CATALOG, (e) => /^[79]\d{3}$/.test(e.code));
 * BY_STATUS.get('submitted'); // '7002'
 * ```
 */
export function codeByText(
  catalog: readonly EntrySpec[],
  test: (entry: EntrySpec) => boolean,
): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const e of catalog) {
    if (e.vendorText !== undefined && test(e)) map.set(e.vendorText, e.code);
  }
  return map;
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
