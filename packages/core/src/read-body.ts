// Reading a response body with bounds: the part of the boundary that touches streams.
import type { HeaderContainer } from './headers.js';

/** The bounds of one body read: see `BoundaryOptions`. */
export interface ReadBounds {
  readonly maxBodyBytes?: number;
  readonly maxErrorBodyBytes?: number;
  readonly bodyTimeoutMs?: number;
}

/** A response read into `{status, headers, body}`. */
export interface ReadResponse {
  readonly status: number;
  readonly headers?: HeaderContainer | undefined;
  readonly body?: unknown;
}

const DEFAULT_MAX_BODY = 16 * 1024 * 1024;
const DEFAULT_MAX_ERROR_BODY = 1024 * 1024;
const DEFAULT_BODY_TIMEOUT = 10_000;

/** A fetch or ky `Response`, or a look-alike. */
export interface StreamResponse {
  readonly status: number;
  readonly headers: HeaderContainer;
  readonly body?: { getReader?: () => ReadableStreamDefaultReader<Uint8Array> } | null;
  readonly bodyUsed?: boolean;
  text?: () => Promise<string>;
}

/** A fetch or ky `Response` (or a look-alike): a status and a readable body or `text()`. */
export function isStreamResponse(value: unknown): value is StreamResponse {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (typeof r.status !== 'number') return false;
  const body = r.body as { getReader?: unknown } | null | undefined;
  return (
    (typeof body === 'object' && body !== null && typeof body.getReader === 'function') ||
    (body === null && typeof r.text === 'function') ||
    (body === undefined && typeof r.text === 'function' && !('data' in r))
  );
}

/**
 * Reads a streamed body within `bodyTimeoutMs`: an error body up to `maxErrorBodyBytes`, the
 * rest cancelled (a 400 MB error page costs 1 MiB, an endless one ends); a 2xx body whole,
 * up to `maxBodyBytes`, or it throws (a truncated success is no success).
 */
export async function readStream(
  response: StreamResponse,
  options: ReadBounds | undefined,
): Promise<ReadResponse> {
  const { status, headers } = response;
  const success = status >= 200 && status < 300;
  const max = success
    ? (options?.maxBodyBytes ?? DEFAULT_MAX_BODY)
    : (options?.maxErrorBodyBytes ?? DEFAULT_MAX_ERROR_BODY);
  const timeoutMs = options?.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT;
  const stream = response.body;
  if (stream === null || stream === undefined || typeof stream.getReader !== 'function') {
    const text =
      typeof response.text === 'function' ? await bounded(response.text(), timeoutMs) : undefined;
    return { status, headers, body: typeof text === 'string' ? text.slice(0, max) : undefined };
  }
  // A body someone already read cannot vouch for a success, nor say what failed.
  if (response.bodyUsed === true) {
    if (status >= 200 && status < 300) throw new TypeError('Body is unusable: already read');
    return { status, headers };
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  let complete = false;
  let timedOut = false;
  try {
    while (size < max) {
      const next = await Promise.race([reader.read(), expired]);
      if (next === 'timeout') {
        timedOut = true;
        break;
      }
      if (next.done) {
        complete = true;
        break;
      }
      const chunk = next.value;
      if (!(chunk instanceof Uint8Array)) break;
      chunks.push(chunk.byteLength > max - size ? chunk.subarray(0, max - size) : chunk);
      size += chunk.byteLength;
    }
    // A body that ends exactly at the bound is still whole.
    if (!complete && !timedOut && size === max)
      complete = (await peekDone(reader, expired)) === true;
  } finally {
    clearTimeout(timer);
    reader.cancel().catch(() => undefined);
  }
  if (success && !complete) {
    throw timedOut ? BODY_TIMEOUT : TOO_LARGE;
  }
  const bytes = new Uint8Array(Math.min(size, max));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { status, headers, body: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
}

async function peekDone(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  expired: Promise<'timeout'>,
): Promise<boolean> {
  const next = await Promise.race([reader.read(), expired]);
  return next !== 'timeout' && next.done;
}

// A 2xx body that did not arrive whole cannot be vouched for: thrown inside the boundary
// and classified like any client error (a timeout is REQUEST_TIMEOUT).
const BODY_TIMEOUT = Object.freeze(
  Object.assign(new Error('The response body did not finish in time'), { name: 'TimeoutError' }),
);
const TOO_LARGE = Object.freeze(
  Object.assign(new Error('The response body is larger than maxBodyBytes'), {
    code: 'RESPONSE_TOO_LARGE',
  }),
);

async function bounded<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
