/**
 * Bodies longer than this (8 MiB) are not parsed as JSON, to bound the time spent on one
 * failure; the HTTP status still classifies them. JSON.parse is linear, and a vendor may
 * echo a base64 image, so the bound is generous.
 */
export const MAX_JSON_BODY = 8 * 1024 * 1024;

let decoder: TextDecoder | undefined;

/**
 * Turns a response body as clients hand it out into what a vendor's reader expects: parsed
 * JSON stays as it is; a JSON string (with or without BOM) or bytes holding JSON are parsed;
 * HTML and plain text stay text. Never throws.
 *
 * @example
 * ```ts
 * parseBody('\uFEFF{"code":"2205"}'); // { code: '2205' }
 * parseBody('<html>Bad Gateway</html>'); // '<html>Bad Gateway</html>'
 * ```
 */
export function parseBody(body: unknown): unknown {
  if (typeof body === 'string') return parseText(body);
  if (typeof body !== 'object' || body === null) return body;
  if (ArrayBuffer.isView(body) || body instanceof ArrayBuffer) {
    try {
      decoder ??= new TextDecoder('utf-8', { fatal: false });
      return parseText(decoder.decode(body as ArrayBufferView | ArrayBuffer));
    } catch {
      return undefined;
    }
  }
  return body;
}

function parseText(raw: string): unknown {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.length > MAX_JSON_BODY) return text;
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  // Only objects, arrays and strings can carry a vendor code; numbers stay text ("502").
  if (c !== 0x7b && c !== 0x5b && c !== 0x22) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

const TITLE = /<title[^<>]{0,200}>([^<]{0,300})<\/title>/i;
const WS = /\s+/g;

/**
 * A short readable text of an HTML or plain-text body: the page title when it has one,
 * otherwise the text without tags, whitespace folded, cut to `max` characters.
 *
 * @example
 * ```ts
 * textOf('<html><title>502 Bad Gateway</title></html>'); // '502 Bad Gateway'
 * ```
 */
export function textOf(text: string, max = 200): string {
  const head = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const title = TITLE.exec(head);
  if (title !== null) return cut((title[1] ?? '').replace(WS, ' ').trim(), max);
  // What `head.replace(TAG, ' ').replace(WS, ' ').trim()` kept, read only as far as needed:
  // a tag or a white-space run becomes one space, none at either end, and the loop stops
  // once it holds more than `max` characters.
  let out = '';
  let space = false;
  let i = 0;
  while (i < head.length && out.length <= max) {
    const c = head.charCodeAt(i);
    if (c === 0x3c) {
      const end = tagEnd(head, i);
      if (end !== -1) {
        space = out.length > 0;
        i = end + 1;
        continue;
      }
    }
    if (isWhiteSpace(c)) {
      space = out.length > 0;
      i++;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += head[i];
    i++;
  }
  return cut(out, max);
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Where the tag opened at `at` closes (as `/<[^<>]{0,2000}>/` would: at most 2000 characters, no `<`), or -1. */
function tagEnd(text: string, at: number): number {
  const end = Math.min(text.length, at + 2002);
  for (let j = at + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x3e) return j;
    if (c === 0x3c) return -1;
  }
  return -1;
}

/** Exactly the characters `\s` matches. */
function isWhiteSpace(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff;
}

/** @internal Every pattern this module runs on untrusted text, checked by scripts/check-redos.mjs. */
export const PATTERNS: readonly RegExp[] = [TITLE, WS];
