import type { HttpFailure } from '@kyc-errors/core';
import { addHeader, headerField, isHttpText, readHttpText } from './http-text.js';
import { UsageError } from './usage-error.js';

/** The most `normalize` reads from standard input. */
export const MAX_INPUT = 16 * 1024 * 1024;

const ENVELOPE_KEYS = new Set(['status', 'headers', 'body']);

/** What the command line adds to the pasted response. */
export interface InputFlags {
  readonly status: string | undefined;
  readonly headers: readonly string[];
}

/**
 * Reads what a person pastes into one {@link HttpFailure}: a whole response as text
 * (`curl -i`: status line, headers, body), an envelope `{"status": 429, "headers": {...},
 * "body": ...}`, or a bare body as the vendor sent it (JSON, HTML or plain text), with
 * `--status` and `--header` for the rest of the response. Invalid input is a
 * {@link UsageError} that never repeats the input.
 */
export function readFailure(text: string, flags: InputFlags): HttpFailure {
  if (text.length > MAX_INPUT) throw new UsageError('standard input is larger than 16 MiB');
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (input.trim() === '') {
    throw new UsageError(
      'normalize reads a response (curl -i output, a body or an envelope) on standard input, and got nothing (see kyc-errors normalize --help)',
    );
  }
  const status = statusOf(flags.status);
  const headers = headersOf(flags.headers);
  if (isHttpText(input)) return fromHttpText(input, status, headers);
  const parsed = parseBody(input, 'standard input');
  if (isEnvelope(parsed)) {
    if (status !== undefined && parsed.status !== undefined) {
      // Neither number: the envelope's is not checked, and a card number is a number too.
      throw new UsageError(
        '--status was given, but the envelope has its own status; give one or the other',
      );
    }
    if (headers !== undefined && parsed.headers !== undefined) {
      throw new UsageError(
        '--header was given, but the envelope has its own headers; give them in one place',
      );
    }
    return {
      ...parsed,
      ...(status === undefined ? {} : { status }),
      ...(headers === undefined ? {} : { headers }),
    };
  }
  return {
    ...(status === undefined ? {} : { status }),
    ...(headers === undefined ? {} : { headers }),
    body: parsed,
  };
}

/** A response pasted whole (`curl -i`): its own status and headers, which flags may not repeat. */
function fromHttpText(
  input: string,
  status: number | undefined,
  headers: Map<string, string> | undefined,
): HttpFailure {
  if (status !== undefined) {
    throw new UsageError(
      '--status was given, but the pasted response has its own status line; give one or the other',
    );
  }
  const pasted = readHttpText(input);
  if (headers !== undefined && pasted.headers !== undefined) {
    throw new UsageError(
      '--header was given, but the pasted response has its own headers; give them in one place',
    );
  }
  const all = headers ?? pasted.headers;
  return {
    status: pasted.status,
    ...(all === undefined ? {} : { headers: all }),
    ...(pasted.body === undefined ? {} : { body: parseBody(pasted.body, 'the pasted body') }),
  };
}

/** JSON when it parses; text (HTML, a proxy's message) when it is not meant as JSON. */
function parseBody(input: string, what: string): unknown {
  try {
    return JSON.parse(input);
  } catch (e) {
    const start = input.trimStart()[0];
    if (start !== '{' && start !== '[') return input;
    // Only the position: Node's own message may quote the input, which may hold personal data.
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
    throw new UsageError(
      `${what} starts like JSON but is not valid JSON${at === undefined ? '' : ` (at character ${at})`}`,
    );
  }
}

interface Envelope {
  readonly status?: number;
  readonly headers?: HttpFailure['headers'];
  readonly body?: unknown;
}

/** `{status?, headers?, body?}` and nothing else, with a numeric status: our envelope, not a vendor body. */
function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((k) => ENVELOPE_KEYS.has(k))) return false;
  const { status, headers } = value as { status?: unknown; headers?: unknown };
  // Smile ID v3 bodies carry a text "status" ("Payment Required"): those are bodies.
  if (status !== undefined && typeof status !== 'number') return false;
  return headers === undefined || (typeof headers === 'object' && headers !== null);
}

function statusOf(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  const status = Number(flag);
  if (!/^\d{3}$/.test(flag) || status < 100 || status > 599) {
    throw new UsageError('--status must be an HTTP status from 100 to 599');
  }
  return status;
}

function headersOf(flags: readonly string[]): Map<string, string> | undefined {
  if (flags.length === 0) return undefined;
  // A Map: a header named "__proto__" is just a header.
  const headers = new Map<string, string>();
  for (const flag of flags) {
    const field = headerField(flag);
    if (field === undefined) {
      throw new UsageError('--header must look like "Retry-After: 30" (a name, a colon, a value)');
    }
    addHeader(headers, ...field);
  }
  return headers;
}
