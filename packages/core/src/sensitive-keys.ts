/**
 * Which keys of a payload hold personal data or secrets. Keys are compared after
 * lower-casing and dropping everything but letters and digits.
 */
import { boundedMemo } from './memo.js';

/** What a redacted value is replaced with. */
export const REDACTED = '[redacted]';

// Keys are compared after lower-casing and dropping everything but letters and digits, so
// `FullName`, `full_name` and `full-name` are one key.
const EXACT_KEYS = new Set([
  'dob',
  'birthdate',
  'birthday',
  'dateofbirth',
  'gender',
  'sex',
  'nin',
  'bvn',
  'ssn',
  'vnin',
  'nationalid',
  'idnumber',
  'idno',
  'passportno',
  'docno',
  'documentno',
  'licenceno',
  'licenseno',
  'nationalno',
  'personalno',
  'taxno',
  'personalcode',
  'msisdn',
  'mobile',
  'street',
  'postcode',
  'zipcode',
  'postalcode',
  'addr',
  'seckey',
  'mac',
  'auth',
  'bearer',
  'clientid',
  'scanref',
  'dateofexpiry',
  'dateofissue',
  'expirationdate',
  'expirydate',
  'issuedate',
  'otp',
  'pin',
]);

// Any key ending with one of these is sensitive: `firstName`, `IDNumber`, `homeAddress`,
// `accessToken`, `X-Api-Key`, `Proxy-Authorization`. A false positive only hides a value.
const SUFFIXES = [
  'name',
  'names',
  'number',
  'key',
  'keys',
  'token',
  'secret',
  'signature',
  'authorization',
  'url',
  'urls',
  'link',
  'links',
  'dob',
];

// Any key containing one of these: `addressLine1`, `phoneNumberMobile`, `selfie_url`.
const PARTS = [
  'addr',
  'phone',
  'email',
  'birth',
  'passport',
  'selfie',
  'image',
  'photo',
  'portrait',
  'residen',
  'session',
  'secret',
  'password',
  'passwd',
  'cookie',
  'credential',
  'token',
];

/** Keys longer than this are sensitive whatever they say: nothing legitimate is that long. */
const MAX_KEY_LENGTH = 80;

/** Normalizes a key the way the redaction tables are written. */
export function normalizeKey(key: string): string {
  // Most keys are already plain lower-case words: no copy for them.
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) {
      return key.replace(NOT_KEY_CHARS, '').toLowerCase();
    }
  }
  return key;
}

const NOT_KEY_CHARS = /[^A-Za-z0-9]+/g;

/**
 * A set of extra sensitive keys for one provider (e.g. SigningCloud's `data`), in the form
 * {@link isSensitiveKey} compares.
 */
export type SensitiveKeys = ReadonlySet<string>;

/**
 * Builds a {@link SensitiveKeys} set from key names as the vendor spells them.
 *
 * @example
 * ```ts
 * const keys = sensitiveKeys(['data', 'timestamp']);
 * isSensitiveKey('Data', keys); // true
 * ```
 */
export function sensitiveKeys(keys: readonly string[]): SensitiveKeys {
  return new Set(keys.map(normalizeKey));
}

/** No extra keys. */
export const NO_KEYS: SensitiveKeys = new Set();

// Bodies reuse a handful of key names and this runs for every key of every failure, so the
// answer is remembered per key set: only for short keys, in a bounded memo, so that hostile
// keys can neither grow the heap nor outlive the call that brought them.
const MEMO_KEY_LENGTH = 48;
const memos = new WeakMap<SensitiveKeys, ReturnType<typeof boundedMemo<string, boolean>>>();

// The last key set asked about and its memo: calls come in runs for one provider, and the
// WeakMap look-up is then skipped. Holding one set strongly keeps one provider alive at most.
let lastKeys: SensitiveKeys | undefined;
let lastMemo: ReturnType<typeof boundedMemo<string, boolean>> | undefined;

function memoOf(extra: SensitiveKeys): ReturnType<typeof boundedMemo<string, boolean>> {
  if (extra === lastKeys && lastMemo !== undefined) return lastMemo;
  let memo = memos.get(extra);
  if (memo === undefined) {
    memo = boundedMemo(1024);
    memos.set(extra, memo);
  }
  lastKeys = extra;
  lastMemo = memo;
  return memo;
}

/**
 * Whether values under `key` are personal data or secrets, by the core tables plus `extra`.
 *
 * @example
 * ```ts
 * isSensitiveKey('FullName'); // true
 * isSensitiveKey('ResultCode'); // false
 * ```
 */
export function isSensitiveKey(key: string, extra: SensitiveKeys = NO_KEYS): boolean {
  if (key.length > MAX_KEY_LENGTH) return true;
  if (key.length > MEMO_KEY_LENGTH) return classifyKey(key, extra);
  const memo = memoOf(extra);
  const known = memo.get(key);
  if (known !== undefined) return known;
  const answer = classifyKey(key, extra);
  memo.set(key, answer);
  return answer;
}

// The suffix and part tables as one pattern, compiled once: one scan per key instead of
// thirty string calls (a body may carry hundreds of thousands of keys).
const SENSITIVE_SHAPE = new RegExp(`(?:${SUFFIXES.join('|')})$|${PARTS.join('|')}`);

function classifyKey(key: string, extra: SensitiveKeys): boolean {
  const k = normalizeKey(key);
  return EXACT_KEYS.has(k) || extra.has(k) || SENSITIVE_SHAPE.test(k);
}

/** @internal Every pattern this module runs on untrusted text, checked by scripts/check-redos.mjs. */
export const PATTERNS: readonly RegExp[] = [NOT_KEY_CHARS, SENSITIVE_SHAPE];
