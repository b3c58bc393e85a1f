/**
 * The one redaction module every path goes through. Two rules:
 *
 * - What is copied out of a vendor payload is chosen, not what is left after removing what
 *   we thought of: {@link redact} keeps a payload's shape (keys, value types, sizes) and
 *   only values known to be non-personal (codes and statuses in the grammar of a code).
 * - Free text that is kept (a vendor message) is scrubbed of every value found under a
 *   personal or secret key anywhere in the body, of credentials in all their usual written
 *   forms, e-mail addresses, phone and ID numbers and long opaque tokens.
 *
 * One walker ({@link walk}) with one set of limits serves both.
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
function normalizeKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
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

// Bodies reuse a handful of key names and this runs for every key of every failure, so the
// answer is remembered per key set: only for short keys, in a bounded memo, so that hostile
// keys can neither grow the heap nor outlive the call that brought them.
const MEMO_KEY_LENGTH = 48;
const memos = new WeakMap<SensitiveKeys, ReturnType<typeof boundedMemo<string, boolean>>>();

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
  let memo = memos.get(extra);
  if (memo === undefined) {
    memo = boundedMemo(1024);
    memos.set(extra, memo);
  }
  const known = memo.get(key);
  if (known !== undefined) return known;
  const answer = classifyKey(key, extra);
  memo.set(key, answer);
  return answer;
}

function classifyKey(key: string, extra: SensitiveKeys): boolean {
  const k = normalizeKey(key);
  if (EXACT_KEYS.has(k) || extra.has(k)) return true;
  for (const suffix of SUFFIXES) if (k.endsWith(suffix)) return true;
  for (const part of PARTS) if (k.includes(part)) return true;
  return false;
}

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

const MIN_SECRET = 3;
const MAX_SECRET = 200;
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
  if (typeof body !== 'object' || body === null) return NO_SECRETS;
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

// Credentials as they are written in free text: an authorization scheme and its token,
// and `key=value` / `key: value` / `"key":"value"` pairs whose key is sensitive.
const SCHEME_TOKEN =
  /\b(Basic|Bearer|Digest|Token|ApiKey|Api-Key|HMAC|OAuth)(\s+)[^\s"',;<>]{1,4096}/gi;
// E-mail addresses, found token by token (an unanchored e-mail regex is polynomial).
const WHITESPACE_RUNS = /(\s+)/;
const WRAPPING = '"\'()<>[]{},;:!?.';
// Runs of digits with separators: phone numbers in local and international forms, ID
// numbers (NIN, BVN, South African ID, Malaysian IC), dates of birth.
const DIGIT_RUN = /\+?\(?\d[\d ()./-]{4,40}\d/g;
// Words of letters and digits: long opaque tokens (JWTs, keys, MACs), and ID shapes that
// mix letters with five or more digits (passport numbers, vNIN).
const WORD = /[A-Za-z0-9+/_=.-]{8,}/g;

/** How far past the kept length the scrub reads, so a secret cut at the end is still seen. */
const SCRUB_MARGIN = MAX_SECRET + 56;

/**
 * Scrubs personal data from free text: every value in `secrets` (case-insensitively, with
 * the original text's offsets whatever the script), credentials in the usual written forms,
 * e-mail addresses, digit runs (phone and ID numbers, dates) and opaque tokens; then cuts
 * the result to `max` characters. Never throws; linear in the text's length.
 *
 * @example
 * ```ts
 * scrubText('No user with phone +234 803 555 0199', []); // 'No user with phone [redacted]'
 * ```
 */
export function scrubText(text: string, secrets: readonly string[] = [], max = 300): string {
  let out = text.length > max + SCRUB_MARGIN ? text.slice(0, max + SCRUB_MARGIN) : text;
  out = out.replace(SCHEME_TOKEN, `$1$2${REDACTED}`);
  out = redactPairs(out);
  if (secrets.length > 0) out = replaceSecrets(out, secrets);
  if (out.includes('@')) out = scrubEmails(out);
  out = out.replace(DIGIT_RUN, REDACTED).replace(WORD, redactWord);
  return out.length > max ? `${out.slice(0, max)}…` : out;
}

const isKeyChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x5f ||
  c === 0x2d ||
  c === 0x2e;
const isQuote = (c: number): boolean => c === 0x22 || c === 0x27;
const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;
// Where a written value ends: white space, quotes, and the separators of query strings,
// lists and markup.
const ENDS_VALUE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x22, 0x27, 0x26, 0x2c, 0x3b, 0x3c, 0x3e]);

/**
 * Replaces the value of every `key=value`, `key: value` or `"key":"value"` whose key is
 * sensitive (`password=…`, `?api_key=…&token=…`, `"secret_key": "…"`). A scan, not a
 * regex: each separator looks back at most 64 characters for its key, and values never
 * overlap, so the cost is linear in the text.
 */
function redactPairs(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x3d && c !== 0x3a) continue;
    // The key: optional quote and blanks before the separator, then key characters.
    let k = i - 1;
    while (k >= from && k > i - 6 && (isBlank(text.charCodeAt(k)) || isQuote(text.charCodeAt(k))))
      k--;
    const keyEnd = k + 1;
    while (k >= from && keyEnd - k <= 64 && isKeyChar(text.charCodeAt(k))) k--;
    const key = text.slice(k + 1, keyEnd);
    if (key.length === 0 || !isSensitiveKey(key)) continue;
    // The value: optional blanks and quote after the separator, then up to a delimiter.
    let v = i + 1;
    while (
      v < text.length &&
      v < i + 6 &&
      (isBlank(text.charCodeAt(v)) || isQuote(text.charCodeAt(v)))
    )
      v++;
    let end = v;
    while (end < text.length && !ENDS_VALUE.has(text.charCodeAt(end))) end++;
    if (end === v || text.slice(v, end) === REDACTED) continue;
    out += text.slice(from, v) + REDACTED;
    from = end;
    i = end - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function redactWord(word: string): string {
  if (word === REDACTED || word.length >= 32) return word === REDACTED ? word : REDACTED;
  let digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 && ++digits >= 5) return REDACTED;
  }
  return word;
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

// Letters whose case pairs are not what toLowerCase gives: Turkish dotted and dotless i
// (İ/i and I/ı are pairs there), the long s, the Kelvin sign.
const FOLD_SPECIAL: Readonly<Record<string, string>> = {
  İ: 'i',
  ı: 'i',
  ſ: 's',
  K: 'k',
};

/**
 * Folds case one UTF-16 unit at a time, so that offsets in the folded text are offsets in
 * the original (a lower-case mapping that changes the length, as Turkish `İ` has, would
 * otherwise shift the cut into a name). Turkish i's fold together.
 */
function fold(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text[i] as string;
    const special = FOLD_SPECIAL[unit];
    if (special !== undefined) {
      out += special;
      continue;
    }
    const l = unit.toLowerCase();
    out += l.length === 1 ? l : unit;
  }
  return out;
}

/**
 * Replaces every secret, case-insensitively. A secret can only occur where the text holds
 * its first three characters, so a set of the text's trigrams rules most secrets out at
 * once: the cost is bounded by the text, not by how many secrets the body carries.
 */
function replaceSecrets(text: string, secrets: readonly string[]): string {
  const folded = fold(text);
  const trigrams = new Set<string>();
  for (let i = 0; i + MIN_SECRET <= folded.length; i++)
    trigrams.add(folded.slice(i, i + MIN_SECRET));
  const cut: boolean[] = new Array(text.length).fill(false);
  let any = false;
  for (const secret of secrets) {
    const n = fold(secret);
    if (n.length > folded.length || !trigrams.has(n.slice(0, MIN_SECRET))) continue;
    for (let at = folded.indexOf(n); at !== -1; at = folded.indexOf(n, at + 1)) {
      for (let i = at; i < at + n.length; i++) cut[i] = true;
      any = true;
    }
  }
  if (!any) return text;
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (!cut[i]) {
      out += text[i];
      i++;
      continue;
    }
    while (i < text.length && cut[i]) i++;
    out += REDACTED;
  }
  return out;
}

// What a copy keeps of a payload. Values are kept only under keys that carry codes and
// statuses, and only in the grammar of a code; keys only in the grammar of an identifier.
const VALUE_KEYS = new Set([
  'code',
  'status',
  'statuscode',
  'result',
  'resultcode',
  'identifier',
  'errorcode',
  'errorname',
  'errortype',
  'type',
  'kind',
  'state',
  'success',
  'final',
  'jobcomplete',
  'jobsuccess',
  'reviewstatus',
  'reviewanswer',
  'reviewrejecttype',
  'decision',
  'overall',
  'idtype',
  'jobtype',
  'resulttype',
]);
const CODE_VALUE = /^[A-Za-z0-9][\w .:-]{0,63}$/;
const KEY_NAME = /^[A-Za-z_$][\w$.-]{0,63}$/;
const COPY_DEPTH = 8;
const COPY_NODES = 400;
const COPY_KEYS = 50;
const COPY_ITEMS = 20;

/**
 * A JSON-safe, size-bounded skeleton of anything: the same keys (a key that is not an
 * identifier becomes `[key N]`), arrays and nesting, with values replaced by their type and
 * size (`[string(12)]`, `[number]`); only code-like values under code and status keys are
 * kept, and never one that is also found under a personal key. Handles cycles, throwing
 * getters, proxies, prototype-less objects, `BigInt`, symbols and functions. Never throws.
 *
 * @example
 * ```ts
 * redact({ code: '2205', FullName: 'Ada Obi', error: 'No match' });
 * // { code: '2205', FullName: '[redacted]', error: '[string(8)]' }
 * ```
 */
export function redact(value: unknown, extra: SensitiveKeys = NO_KEYS): unknown {
  const secrets = new Set(collectSecrets(value, extra).map(fold));
  const ancestors = new Set<object>();
  let nodes = 0;
  const scalar = (v: unknown, keep: boolean): unknown => {
    switch (typeof v) {
      case 'string':
        return keep && CODE_VALUE.test(v) && !secrets.has(fold(v.trim())) && scrubText(v) === v
          ? v
          : `[string(${v.length})]`;
      case 'number':
        if (!Number.isFinite(v)) return String(v);
        // Small integers (counts, statuses, result codes) cannot be ID or phone numbers.
        return Number.isInteger(v) && Math.abs(v) < 100_000 && !secrets.has(String(v))
          ? v === 0
            ? 0
            : v
          : '[number]';
      case 'boolean':
        return v;
      case 'bigint':
        return '[bigint]';
      case 'undefined':
        return null;
      case 'symbol':
        return '[symbol]';
      case 'function':
        return '[function]';
    }
    return null;
  };
  const copy = (v: unknown, depth: number, keep: boolean): unknown => {
    if (nodes++ > COPY_NODES) return '[truncated]';
    if (typeof v !== 'object' || v === null) return scalar(v, keep);
    if (ancestors.has(v)) return '[circular]';
    if (depth >= COPY_DEPTH) return '[nested]';
    ancestors.add(v);
    try {
      if (Array.isArray(v)) {
        const out: unknown[] = [];
        for (let i = 0; i < v.length && i < COPY_ITEMS; i++) out.push(copy(v[i], depth + 1, false));
        if (v.length > COPY_ITEMS) out.push(`[+${v.length - COPY_ITEMS} more]`);
        return out;
      }
      const out: Record<string, unknown> = {};
      let keys = 0;
      for (const key of Object.keys(v)) {
        if (keys++ >= COPY_KEYS) {
          out['…'] = '[more keys]';
          break;
        }
        const shownKey = KEY_NAME.test(key) && !secrets.has(fold(key)) ? key : `[key ${keys}]`;
        // defineProperty, so a key named __proto__ stays data on the copy.
        Object.defineProperty(out, shownKey, {
          value: isSensitiveKey(key, extra)
            ? REDACTED
            : copy(
                (v as Record<string, unknown>)[key],
                depth + 1,
                VALUE_KEYS.has(normalizeKey(key)),
              ),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    } catch {
      return '[unreadable]';
    } finally {
      ancestors.delete(v);
    }
  };
  try {
    return copy(value, 0, false);
  } catch {
    return '[unreadable]';
  }
}

/** @internal Every pattern this module runs on untrusted text, for the ReDoS check in the tests. */
export const PATTERNS: readonly RegExp[] = [
  SCHEME_TOKEN,
  WHITESPACE_RUNS,
  DIGIT_RUN,
  WORD,
  CODE_VALUE,
  KEY_NAME,
];
