// Characters that must never reach a terminal raw from input: C0 and C1 controls (ESC starts
// escape sequences that move the cursor or retitle the window, CR and LF forge lines), DEL,
// the Unicode line separators and the bidirectional overrides (text that reads differently
// from what it is).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text made safe to print for people: every control character shown as an escape (`\n`,
 * `\u001b`), so a pasted response cannot forge output lines or send terminal commands.
 *
 * @example
 * ```ts
 * printable('ok\u001b]0;pwned\u0007'); // 'ok\\u001b]0;pwned\\u0007'
 * ```
 */
export function printable(s: string): string {
  return s.replace(UNSAFE, (c) => SHORT[c] ?? hex(c));
}

// Inside JSON strings, JSON.stringify escapes C0 controls but leaves C1 controls, the line
// separators and the bidi overrides raw; escaping them too keeps the JSON equal and inert.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Pretty JSON with no raw control characters, for `--json` output. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, hex);
}
