import { UsageError } from './usage-error.js';

/** A header name as HTTP allows it (a token), at most 64 characters. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/;
/** `HTTP/1.1 429 Too Many Requests`, `HTTP/2 429`: the status and, optionally, a reason. */
const STATUS_LINE = /^HTTP\/\d(?:\.\d)? (\d{3})(?: .*)?$/;
/** Where a pasted response, or the next one in a chain, starts (after blank lines). */
const RESPONSE_START = /\s*HTTP\/\d(?:\.\d)? \d/y;

/** A `Name: value` header field split in two, or `undefined` when it is not one. */
export function headerField(line: string): readonly [name: string, value: string] | undefined {
  const colon = line.indexOf(':');
  if (colon === -1) return undefined;
  const name = line.slice(0, colon).trim();
  return HEADER_NAME.test(name) ? [name, line.slice(colon + 1).trim()] : undefined;
}

/** Adds a header under its lower-case name; a repeated header combines as HTTP does. */
export function addHeader(headers: Map<string, string>, name: string, value: string): void {
  const key = name.toLowerCase();
  const before = headers.get(key);
  headers.set(key, before === undefined ? value : `${before}, ${value}`);
}

/** What `curl -i` printed, read: the last response's status, its headers, the body text. */
export interface HttpText {
  readonly status: number;
  /** `undefined` when the response had no header lines. */
  readonly headers: Map<string, string> | undefined;
  /** `undefined` when nothing but white space follows the headers. */
  readonly body: string | undefined;
}

/** Whether the input is a whole HTTP response as text: it starts with a status line. */
export function isHttpText(input: string): boolean {
  RESPONSE_START.lastIndex = 0;
  return RESPONSE_START.test(input);
}

/**
 * Reads a response pasted as text (`curl -i`, a proxy log): status line, header lines, a
 * blank line, the body; LF or CRLF. When curl shows several responses (an interim `100
 * Continue`, a proxy's `200 Connection established`, the redirects `-L` followed), the last
 * one is the response. Errors name lines by number, never by content.
 *
 * @example
 * ```ts
 * readHttpText('HTTP/2 429\r\nretry-after: 30\r\n\r\n{"message":"slow down"}');
 * // { status: 429, headers: Map { 'retry-after' => '30' }, body: '{"message":"slow down"}' }
 * ```
 */
export function readHttpText(input: string): HttpText {
  const lines = new Lines(input);
  for (;;) {
    const head = readHead(lines);
    RESPONSE_START.lastIndex = lines.at;
    if (!RESPONSE_START.test(input)) {
      const body = lines.rest();
      return { ...head, body: body.trim() === '' ? undefined : body };
    }
  }
}

/** One status line and its header lines, up to and including the blank line that ends them. */
function readHead(lines: Lines): Omit<HttpText, 'body'> {
  lines.skipBlank();
  const status = Number(STATUS_LINE.exec(lines.next() ?? '')?.[1]);
  if (!(status >= 100 && status <= 599)) {
    throw new UsageError(
      `line ${lines.number} of the pasted response is not a status line like "HTTP/1.1 429 Too Many Requests"`,
    );
  }
  const headers = new Map<string, string>();
  let last: string | undefined;
  for (let line = lines.next(); line !== undefined && line.trim() !== ''; line = lines.next()) {
    const field = headerField(line);
    if (field !== undefined) {
      addHeader(headers, field[0], field[1]);
      last = field[0].toLowerCase();
    } else if (/^[ \t]/.test(line) && last !== undefined) {
      // An obsolete folded line continues the header before it.
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
    } else {
      throw new UsageError(
        `line ${lines.number} of the pasted response is neither a header ("Name: value") nor the blank line before the body`,
      );
    }
  }
  return { status, headers: headers.size === 0 ? undefined : headers };
}

/** The input read a line at a time, LF or CRLF, without splitting the body into lines. */
class Lines {
  at = 0;
  number = 0;
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** The next line without its line ending, or `undefined` at the end of the input. */
  next(): string | undefined {
    if (this.at >= this.text.length) return undefined;
    const lf = this.text.indexOf('\n', this.at);
    const end = lf === -1 ? this.text.length : lf;
    const line = this.text.slice(this.at, this.text[end - 1] === '\r' ? end - 1 : end);
    this.at = end + 1;
    this.number++;
    return line;
  }

  /** Skips lines holding only white space. */
  skipBlank(): void {
    for (;;) {
      const lf = this.text.indexOf('\n', this.at);
      if (lf === -1 || this.text.slice(this.at, lf).trim() !== '') return;
      this.at = lf + 1;
      this.number++;
    }
  }

  /** Everything after the lines read so far. */
  rest(): string {
    return this.at >= this.text.length ? '' : this.text.slice(this.at);
  }
}
