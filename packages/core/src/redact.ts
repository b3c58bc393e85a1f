/**
 * The one redaction module every path goes through. Personal data and secrets in vendor
 * payloads (names, ID numbers, dates of birth, phone numbers, e-mails, addresses, image
 * links, signatures, tokens, SigningCloud's `mac` and `data`) never leave the raw payload:
 * they are replaced by {@link REDACTED} in copies, and their values are scrubbed from any
 * vendor message that echoes them.
 */

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
  'personalcode',
  'msisdn',
  'mobile',
  'street',
  'postcode',
  'zipcode',
  'postalcode',
  'seckey',
  'mac',
  'authorization',
  'cookie',
  'setcookie',
  'apikey',
  'apisecret',
  'clientid',
  'scanref',
  'imagelinks',
  'selfie',
  'portrait',
  'dateofexpiry',
  'dateofissue',
  'expirationdate',
  'expirydate',
  'issuedate',
  'otp',
  'pin',
  'password',
]);

// Any key ending with one of these is sensitive: `firstName`, `IDNumber`, `homeAddress`,
// `accessToken`, `selfie_image`. A false positive only hides a value from a log.
const SUFFIXES = [
  'name',
  'names',
  'number',
  'address',
  'addresses',
  'phone',
  'email',
  'token',
  'secret',
  'password',
  'signature',
  'image',
  'images',
  'photo',
  'dob',
];

// Any key containing one of these: `addressLine1`, `phoneNumberMobile`, `emailVerified`.
const PARTS = ['address', 'phone', 'email', 'birth'];

/** Normalizes a key the way the redaction tables are written. */
function normalizeKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length && i < 80; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) out += key[i];
  }
  return out;
}

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

const NO_KEYS: SensitiveKeys = new Set();

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
  return isSensitiveKeyIn(memoFor(extra), key, extra);
}

// Bodies reuse a handful of key names, and this runs for every key of every failure:
// remember the answer per key set (bounded, so hostile keys cannot grow it forever).
function memoFor(extra: SensitiveKeys): Map<string, boolean> {
  let memo = memos.get(extra);
  if (memo === undefined) {
    memo = new Map();
    memos.set(extra, memo);
  }
  return memo;
}

function isSensitiveKeyIn(memo: Map<string, boolean>, key: string, extra: SensitiveKeys): boolean {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const answer = classifyKey(key, extra);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, answer);
  return answer;
}

const MEMO_LIMIT = 2048;
const memos = new WeakMap<SensitiveKeys, Map<string, boolean>>();

function classifyKey(key: string, extra: SensitiveKeys): boolean {
  const k = normalizeKey(key);
  if (EXACT_KEYS.has(k) || extra.has(k)) return true;
  for (const suffix of SUFFIXES) if (k.endsWith(suffix)) return true;
  for (const part of PARTS) if (k.includes(part)) return true;
  return false;
}

const MAX_SECRETS = 64;
const NO_SECRETS: readonly string[] = Object.freeze([]);

/** Whether any key below `value` (bounded depth) is sensitive; no allocation for plain objects. */
function holdsSensitiveKey(
  value: unknown,
  extra: SensitiveKeys,
  memo: Map<string, boolean>,
  depth: number,
): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth >= MAX_DEPTH) return true; // too deep to tell cheaply: let the full walk decide
  try {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && i < 50; i++) {
        if (holdsSensitiveKey(value[i], extra, memo, depth + 1)) return true;
      }
      return false;
    }
    let keys = 0;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (keys++ > 200 || isSensitiveKeyIn(memo, key, extra)) return true;
      const child = (value as Record<string, unknown>)[key];
      if (
        typeof child === 'object' &&
        child !== null &&
        holdsSensitiveKey(child, extra, memo, depth + 1)
      ) {
        return true;
      }
    }
    return false;
  } catch {
    return true; // unreadable: let the full walk, which tolerates it, decide
  }
}
const MAX_NODES = 400;
const MAX_DEPTH = 8;

/**
 * Collects the string values found under sensitive keys anywhere in `body`, so that a
 * vendor message echoing them can be scrubbed. Bounded in depth and size; never throws.
 *
 * @example
 * ```ts
 * collectSecrets({ FullName: 'Ada Obi', code: '2205' }); // ['Ada Obi']
 * ```
 */
export function collectSecrets(body: unknown, extra: SensitiveKeys = NO_KEYS): readonly string[] {
  // Most error bodies hold no sensitive key at all: find that out without allocating.
  const memo = memoFor(extra);
  if (!holdsSensitiveKey(body, extra, memo, 0)) return NO_SECRETS;
  const found: string[] = [];
  let nodes = 0;
  const walk = (value: unknown, under: boolean, depth: number): void => {
    if (found.length >= MAX_SECRETS || nodes++ > MAX_NODES) return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
      const s = String(value).trim();
      if (under && s.length >= 3) found.push(s.length > 200 ? s.slice(0, 200) : s);
      return;
    }
    if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return;
    try {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length && i < 50; i++) walk(value[i], under, depth + 1);
        return;
      }
      for (const key of Object.keys(value)) {
        walk(
          (value as Record<string, unknown>)[key],
          under || isSensitiveKeyIn(memo, key, extra),
          depth + 1,
        );
      }
    } catch {
      // Unreadable (throwing getter, revoked proxy): nothing to collect there.
    }
  };
  walk(body, false, 0);
  // Longest first, so a full name is replaced before a part of it.
  return found.sort((a, b) => b.length - a.length);
}

// Split on whitespace, keeping it, so e-mail addresses can be found token by token: an
// unanchored e-mail regex rescans from every start position (polynomial on long runs).
const WHITESPACE_RUNS = /(\s+)/;
const WRAPPING = '"\'()<>[]{},;:!?.';
// Runs of digits with separators: phone and ID numbers, dates of birth.
const DIGIT_RUN = /\+?\d[\d ./-]{5,40}\d/g;
// Long opaque tokens: JWTs, base64 or hex signatures, MACs.
const OPAQUE = /[A-Za-z0-9+/_=.-]{32,}/g;

const SCAN_LIMIT = 4000;

/**
 * Scrubs personal data from free text: every value in `secrets` (case-insensitively),
 * e-mail addresses, long digit runs (phone and ID numbers, dates) and long opaque tokens;
 * then cuts the result to `max` characters. Never throws; linear in the text's length.
 *
 * @example
 * ```ts
 * scrubText('No user with phone +234 803 555 0199', []); // 'No user with phone [redacted]'
 * ```
 */
export function scrubText(text: string, secrets: readonly string[] = [], max = 300): string {
  let out = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  for (const secret of secrets) out = replaceAllInsensitive(out, secret);
  if (out.includes('@')) out = scrubEmails(out);
  out = out.replace(DIGIT_RUN, REDACTED).replace(OPAQUE, REDACTED);
  return out.length > max ? `${out.slice(0, max)}…` : out;
}

/** Replaces every whitespace-delimited token that looks like `local@domain.tld`. */
function scrubEmails(text: string): string {
  const parts = text.split(WHITESPACE_RUNS);
  for (let i = 0; i < parts.length; i += 2) {
    const token = parts[i] as string;
    const at = token.indexOf('@');
    if (at <= 0 || token.indexOf('.', at) <= at + 1) continue;
    // Keep punctuation around the address: "(ada@x.io)," stays "([redacted]),".
    let start = 0;
    let end = token.length;
    while (start < at && WRAPPING.includes(token[start] as string)) start++;
    while (end > at + 1 && WRAPPING.includes(token[end - 1] as string)) end--;
    parts[i] = token.slice(0, start) + REDACTED + token.slice(end);
  }
  return parts.join('');
}

function replaceAllInsensitive(text: string, needle: string): string {
  const lower = text.toLowerCase();
  const n = needle.toLowerCase();
  let at = lower.indexOf(n);
  if (at === -1) return text;
  let out = '';
  let from = 0;
  while (at !== -1) {
    out += text.slice(from, at) + REDACTED;
    from = at + n.length;
    at = lower.indexOf(n, from);
  }
  return out + text.slice(from);
}

/**
 * A JSON-safe, size-bounded copy of anything, with values under sensitive keys replaced by
 * {@link REDACTED} and free text scrubbed. Handles cycles, throwing getters, proxies,
 * prototype-less objects, `BigInt`, symbols and functions. Never throws.
 *
 * @example
 * ```ts
 * redact({ code: '2205', FullName: 'Ada Obi' }); // { code: '2205', FullName: '[redacted]' }
 * ```
 */
export function redact(value: unknown, extra: SensitiveKeys = NO_KEYS): unknown {
  const secrets = collectSecrets(value, extra);
  const ancestors = new Set<object>();
  let nodes = 0;
  const copy = (v: unknown, depth: number): unknown => {
    if (nodes++ > MAX_NODES) return '[truncated]';
    switch (typeof v) {
      case 'string':
        return scrubText(v, secrets, 200);
      case 'number':
        // -0 would not survive a JSON round trip; NaN and Infinity are not JSON at all.
        return Number.isFinite(v) ? (v === 0 ? 0 : v) : String(v);
      case 'boolean':
        return v;
      case 'bigint':
        return `${v}n`;
      case 'undefined':
        return null;
      case 'symbol':
        return '[symbol]';
      case 'function':
        return '[function]';
    }
    if (v === null) return null;
    const obj = v as object;
    if (ancestors.has(obj)) return '[circular]';
    if (depth >= MAX_DEPTH) return '[nested]';
    ancestors.add(obj);
    try {
      if (Array.isArray(obj)) {
        const out: unknown[] = [];
        for (let i = 0; i < obj.length && i < 20; i++) out.push(copy(obj[i], depth + 1));
        if (obj.length > 20) out.push(`[+${obj.length - 20} more]`);
        return out;
      }
      const out: Record<string, unknown> = {};
      let keys = 0;
      for (const key of Object.keys(obj)) {
        if (keys++ >= 50) {
          out['…'] = '[more keys]';
          break;
        }
        const safeKey = key.length > 80 ? key.slice(0, 80) : key;
        // defineProperty, so a key named __proto__ stays data on the copy.
        Object.defineProperty(out, safeKey, {
          value: isSensitiveKey(key, extra)
            ? REDACTED
            : copy((obj as Record<string, unknown>)[key], depth + 1),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    } catch {
      return '[unreadable]';
    } finally {
      ancestors.delete(obj);
    }
  };
  return copy(value, 0);
}

/** @internal Every pattern this module runs on untrusted text, for the ReDoS check in the tests. */
export const PATTERNS: readonly RegExp[] = [WHITESPACE_RUNS, DIGIT_RUN, OPAQUE];
