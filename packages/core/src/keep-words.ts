/**
 * Free text made safe to log by choosing what stays: words of a fixed vocabulary, short
 * stand-alone numbers and plain punctuation. Every other word (a name in any script, case
 * or normal form, an ID or phone number with any separators or digits, a token, an e-mail
 * address, the pieces of a URL) becomes one placeholder. The answer does not depend on
 * recognising the ways a name can be written: a word is kept because it is known.
 */
import { REDACTED } from './sensitive-keys.js';

/** A set of folded words, as far as reading it goes (see `collectSecrets`). */
export interface Words {
  has(word: string): boolean;
  readonly size: number;
}

/** Letters, marks and digits of any script: what a word is made of. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MARKS = /\p{M}/gu;
const ASCII_WORD = /[a-z0-9]+/g;
const ASCII_DIGITS = /^[0-9]{1,3}$/;
const HAS_DIGIT = /\p{N}/u;
const NON_ASCII = /[^ -~\t\n\r]/;
/** Punctuation kept between words; any other symbol is dropped, any space is one space. */
const KEPT_PUNCTUATION = new Set('.,:;!?\'"()[]{}<>/-_=&#*+%|~^`$@');
/** What may join the parts of one value ("Ada Obi", "ada.obi@x.io", "a/b?c"): a run stays one placeholder. */
const JOINING = /^[ .\-_@/:+%'&=?#~]*$/;
const ADDRESS_JOIN = /^[.\-_+]$/;
/** The most of a text read: the kept answer is at most `max` characters anyway. */
const READ_FACTOR = 4;

/**
 * A word's comparison form: compatibility-decomposed, without marks, lower case, with the
 * case pairs `toLowerCase` leaves apart brought together (ß and ss, final sigma, dotless i).
 * `STRAUSS`, `Strauß` and `strauß` fold alike; so do `JOSÉ`, `José` (NFC or NFD) and `jose`.
 *
 * @example
 * ```ts
 * foldWord('Strauß'); // 'strauss'
 * ```
 */
export function foldWord(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ς/g, 'σ')
    .replace(/ı/g, 'i')
    .replace(/ſ/g, 's');
}

/**
 * The words of a text, as {@link foldWord} folds them: what a personal value contributes to
 * the set of words a kept text must not show.
 */
export function foldedWords(text: string, into: Set<string>): void {
  if (!NON_ASCII.test(text)) {
    // The common case, without Unicode tables: ASCII words, lower-cased once.
    for (const m of text.toLowerCase().matchAll(ASCII_WORD)) if (m[0].length >= 2) into.add(m[0]);
    return;
  }
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length >= 2) into.add(foldWord(w));
  }
}

/**
 * Keeps from `text` only words of `vocabulary` (compared folded) that are not in
 * `secrets`, stand-alone numbers of at most three ASCII digits (`HTTP 429`), spaces and
 * plain punctuation; each run of other words becomes one {@link REDACTED}. Reads at most
 * `4 × max` characters, answers at most `max` (then `…`), and the answer shares no memory
 * with `text`. Linear in what it reads; never throws.
 *
 * @example
 * ```ts
 * keepWords('No record for Ada Obi (+234 803 555 0199)', COMMON_WORDS, new Set());
 * // 'No record for [redacted] ([redacted])'
 * ```
 */
export function keepWords(
  text: string,
  vocabulary: ReadonlySet<string>,
  secrets: Words,
  max = 300,
): string {
  const limit = max * READ_FACTOR;
  const read = text.length > limit ? text.slice(0, limit) : text;
  const { words, folded, gaps, isNumber, tail } = NON_ASCII.test(read)
    ? tokens(read)
    : asciiTokens(read);
  let out = '';
  let redacted = false;
  // "[Ada]" must not read "[[redacted]]": brackets that only wrap a removed value go with it.
  let unwrap = false;
  const next = (g: string): string => {
    const trimmed = unwrap && g.startsWith(']') ? g.slice(1) : g;
    unwrap = false;
    return trimmed;
  };
  // Every part of an e-mail address goes, domain included ("ada@mail.example.com").
  let address = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const raw = gaps[i] as string;
    address =
      raw.includes('@') ||
      (address && ADDRESS_JOIN.test(raw)) ||
      (gaps[i + 1] ?? tail).startsWith('@');
    const before = next(raw);
    if (!address && keep(word, i)) {
      out += before + word;
      redacted = false;
    } else if (!redacted || !JOINING.test(before)) {
      unwrap = before.endsWith('[');
      out += (unwrap ? before.slice(0, -1) : before) + REDACTED;
      redacted = true;
    } else unwrap = false;
  }
  out = (out + next(tail)).trim();
  return detach(out.length > max ? `${out.slice(0, max)}…` : out);

  function keep(word: string, i: number): boolean {
    if (isNumber[i]) {
      // A short number on its own ("status 429") is kept; digits beside other digits are
      // parts of one longer number (a phone or ID number with separators) and are not.
      return ASCII_DIGITS.test(word) && isNumber[i - 1] !== true && isNumber[i + 1] !== true;
    }
    const f = folded[i] as string;
    return vocabulary.has(f) && !secrets.has(f);
  }
}

/** @internal A text cut into words (with their folded forms) and the gaps before each, and after. */
export interface Tokens {
  readonly words: readonly string[];
  readonly folded: readonly string[];
  readonly gaps: readonly string[];
  readonly isNumber: readonly boolean[];
  readonly tail: string;
}

/** @internal Any text: words of letters, marks and digits of any script, folded by {@link foldWord}. */
export function tokens(read: string): Tokens {
  const words: string[] = [];
  const folded: string[] = [];
  const gaps: string[] = [];
  const isNumber: boolean[] = [];
  let last = 0;
  for (const m of read.matchAll(WORD)) {
    gaps.push(gap(read, last, m.index));
    words.push(m[0]);
    folded.push(foldWord(m[0]));
    isNumber.push(HAS_DIGIT.test(m[0]));
    last = m.index + m[0].length;
  }
  return { words, folded, gaps, isNumber, tail: gap(read, last, read.length) };
}

/**
 * The same cut for ASCII text, the common case, in one pass without Unicode tables: its
 * answer equals {@link tokens}' (a property test holds them together).
 *
 * @internal
 */
export function asciiTokens(read: string): Tokens {
  const lower = read.toLowerCase();
  const words: string[] = [];
  const folded: string[] = [];
  const gaps: string[] = [];
  const isNumber: boolean[] = [];
  let last = 0;
  let i = 0;
  while (i < read.length) {
    if (!isAlnum(read.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let digit = false;
    for (; i < read.length; i++) {
      const c = read.charCodeAt(i);
      if (!isAlnum(c)) break;
      if (c <= 0x39) digit = true;
    }
    gaps.push(gap(read, last, start));
    words.push(read.slice(start, i));
    folded.push(lower.slice(start, i));
    isNumber.push(digit);
    last = i;
  }
  return { words, folded, gaps, isNumber, tail: gap(read, last, read.length) };
}

const isAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The characters between two words, reduced to spaces and plain punctuation. */
function gap(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return ' ';
  let out = '';
  let space = false;
  for (let i = from; i < to && out.length < 8; i++) {
    const ch = text[i] as string;
    if (KEPT_PUNCTUATION.has(ch)) {
      if (space) out += ' ';
      space = false;
      out += ch;
    } else space = true;
  }
  return space ? `${out} ` : out;
}

/** The parts of an identifier: `jobType` is job + type, `X-Api-Key` is x + api + key. */
const IDENTIFIER_PART = /[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+/g;
const IDENTIFIER = /^[A-Za-z_$][\w$.-]{0,63}$/;

/**
 * Whether an identifier (a JSON key, an error class name) is made only of known words and
 * short numbers: `ResultCode`, `addressLine1`, `RangeError` are; `AB1234567` and `Ada` are not.
 */
export function isKnownIdentifier(
  name: string,
  vocabulary: ReadonlySet<string>,
  secrets: Words,
): boolean {
  if (!IDENTIFIER.test(name)) return false;
  for (const part of name.match(IDENTIFIER_PART) ?? []) {
    if (part.charCodeAt(0) <= 0x39) {
      if (part.length > 3) return false;
      continue;
    }
    const w = part.toLowerCase();
    if (secrets.has(w) || !vocabulary.has(w)) return false;
  }
  return true;
}

/**
 * A copy of `text` that shares no memory with the string it came from. V8 keeps a slice of
 * a string (and a concatenation of slices) as a view into the original, so a 40-character
 * title cut from a 2 MiB page would keep the page alive for as long as the title lives.
 *
 * @example
 * ```ts
 * detach(page.slice(10, 50)); // the same characters, without the page behind them
 * ```
 */
export function detach(text: string): string {
  // Concatenating and slicing flattens: V8 copies the characters into a new string.
  return text.length === 0 ? text : ` ${text}`.slice(1);
}

/** @internal Every pattern this module runs on untrusted text, checked by scripts/check-redos.mjs. */
export const PATTERNS: readonly RegExp[] = [
  WORD,
  MARKS,
  ASCII_WORD,
  ASCII_DIGITS,
  HAS_DIGIT,
  NON_ASCII,
  JOINING,
  ADDRESS_JOIN,
  IDENTIFIER_PART,
  IDENTIFIER,
];
