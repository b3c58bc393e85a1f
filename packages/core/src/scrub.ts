/**
 * Scrubbing free text (a vendor message, a thrown message) of personal data and
 * credentials. Linear in the text; never throws.
 */
import { MAX_SECRET, MIN_SECRET } from './secrets.js';
import { isSensitiveKey, REDACTED } from './sensitive-keys.js';

// Credentials as they are written in free text: an authorization scheme and its token,
// and `key=value` / `key: value` / `"key":"value"` pairs whose key is sensitive.
const SCHEME_TOKEN =
  /\b(Basic|Bearer|Digest|Token|ApiKey|Api-Key|HMAC|OAuth)(\s+)[^\s"',;<>]{1,4096}/gi;
// E-mail addresses, found token by token (an unanchored e-mail regex is polynomial).
const WHITESPACE_RUNS = /(\s+)/;
const WRAPPING = '"\'()<>[]{},;:!?.';
// Runs of digits with separators: phone numbers in local and international forms, ID
// numbers (NIN, BVN, South African ID, Malaysian IC), dates of birth.
const DIGIT_RUN = /\+?\(?\d[\d ()./-]{5,40}\d/g;
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
export function fold(text: string): string {
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

/** @internal Every pattern this module runs on untrusted text, for the ReDoS check in the tests. */
export const PATTERNS: readonly RegExp[] = [SCHEME_TOKEN, WHITESPACE_RUNS, DIGIT_RUN, WORD];
