/**
 * Free text (a vendor message, a thrown message, an HTML page's title) made safe to log:
 * credentials written in the usual forms are removed first, then only words of a fixed
 * vocabulary are kept ({@link keepWords}). Linear in the text; never throws.
 */
import { foldedWords, keepWords, type Words } from './keep-words.js';
import { isSensitiveKey, REDACTED } from './sensitive-keys.js';
import { COMMON_WORDS } from './words.js';

// Credentials as they are written in free text: an authorization scheme and its token.
const SCHEME_TOKEN =
  /\b(Basic|Bearer|Digest|Token|ApiKey|Api-Key|HMAC|OAuth)(\s+)[^\s"',;<>]{1,4096}/gi;

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * Makes free text safe to log: an authorization scheme's token and the value of every
 * `key=value`, `key: value` or `"key": "value"` whose key is secret or personal are
 * removed; then every word that is not in `vocabulary` (core's common words of error
 * messages by default), or that is one of `secrets` (words of the body's personal values,
 * folded), becomes `[redacted]`; the result is cut to `max` characters. Never throws;
 * linear in the text's length.
 *
 * @example
 * ```ts
 * scrubText('No user with phone +234 803 555 0199'); // 'No user with phone +[redacted]'
 * ```
 */
export function scrubText(
  text: string,
  secrets: Words | readonly string[] = NO_WORDS,
  max = 300,
  vocabulary: ReadonlySet<string> = COMMON_WORDS,
): string {
  const read = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const cleaned = redactPairs(read.replace(SCHEME_TOKEN, `$1$2${REDACTED}`));
  return keepWords(cleaned, vocabulary, asWordSet(secrets), max);
}

function asWordSet(secrets: Words | readonly string[]): Words {
  if (!Array.isArray(secrets)) return secrets as Words;
  const words = new Set<string>();
  for (const secret of secrets as readonly string[]) foldedWords(secret, words);
  return words;
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
    const quote = v > i + 1 && isQuote(text.charCodeAt(v - 1)) ? text.charCodeAt(v - 1) : 0;
    if (quote !== 0) {
      // A quoted value runs to its closing quote: "full_name": "Ada Obi Okafor" goes whole.
      while (end < text.length && end - v < 4096 && text.charCodeAt(end) !== quote) end++;
    } else {
      while (end < text.length && !ENDS_VALUE.has(text.charCodeAt(end))) end++;
    }
    if (end === v || text.slice(v, end) === REDACTED) continue;
    out += text.slice(from, v) + REDACTED;
    from = end;
    i = end - 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** @internal Every pattern this module runs on untrusted text, checked by scripts/check-redos.mjs. */
export const PATTERNS: readonly RegExp[] = [SCHEME_TOKEN];
