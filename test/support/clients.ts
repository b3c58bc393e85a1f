import axios from 'axios';
import got from 'got';
import ky from 'ky';

// The four HTTP clients, each called the way its users call it (a POST with a JSON body,
// an Authorization header and a timeout), with the client's own retries off: the retry
// loop under test is the only one. Each answers with what the client itself answers (a
// fetch/ky Response, an axios response, a got response) or throws what it throws, so the
// tests hand exactly that to the boundary.

/** What one call sends. */
export interface Call {
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** The client's own timeout, in ms. Default 5000. */
  readonly timeoutMs?: number;
  /** The attempt's signal, from `retry()`'s context. */
  readonly signal?: AbortSignal;
}

/** One HTTP client, as the tests drive it. */
export interface Client {
  readonly name: ClientName;
  /** Sends `call` and answers with the client's own response, or throws the client's error. */
  send(call: Call): Promise<unknown>;
}

/** The clients under test. */
export type ClientName = 'fetch' | 'axios' | 'got' | 'ky';

const DEFAULT_TIMEOUT_MS = 5000;

const jsonHeaders = (call: Call): Record<string, string> => ({
  'content-type': 'application/json',
  ...call.headers,
});

/**
 * `fetch` with `AbortSignal.timeout` (and the attempt's signal), holding both signals until
 * the call settles. Once test files shared a worker, a fetch to the hanging route outlived
 * its 200 ms timeout past the 5 s test limit in about one full run in five; with the signals
 * held it has not recurred in the runs since. The likely cause, not reproduced on its own: Node 20
 * holds a timeout signal's timer and the sources of `AbortSignal.any` through weak
 * references, so a collection at the wrong moment leaves nothing to fire (see
 * nodejs/undici#4068). An application that keeps its signals is not affected.
 */
export function fetchWithTimeout(
  url: string,
  init: RequestInit,
  timeoutMs: number,
  attempt?: AbortSignal,
): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = attempt === undefined ? timeout : AbortSignal.any([attempt, timeout]);
  return fetch(url, { ...init, signal }).finally(() => timeout.aborted || signal.aborted);
}

/** `fetch` with `AbortSignal.timeout` (and the attempt's signal). */
export const fetchClient: Client = {
  name: 'fetch',
  send: (call) =>
    fetchWithTimeout(
      call.url,
      { method: 'POST', headers: jsonHeaders(call), body: JSON.stringify(call.body ?? {}) },
      call.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      call.signal,
    ),
};

/** axios with its `timeout`; it throws an AxiosError for a non-2xx answer. */
export const axiosClient: Client = {
  name: 'axios',
  send: (call) =>
    axios.post(call.url, call.body ?? {}, {
      headers: jsonHeaders(call),
      timeout: call.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(call.signal === undefined ? {} : { signal: call.signal }),
    }),
};

/** got with `timeout.request` and `retry.limit: 0`; it throws an HTTPError for a non-2xx answer. */
export const gotClient: Client = {
  name: 'got',
  send: (call) =>
    got.post(call.url, {
      json: call.body ?? {},
      headers: jsonHeaders(call),
      timeout: { request: call.timeoutMs ?? DEFAULT_TIMEOUT_MS },
      retry: { limit: 0 },
      ...(call.signal === undefined ? {} : { signal: call.signal }),
    }),
};

/** ky with its `timeout` and `retry: 0`; it throws an HTTPError whose body is unread. */
export const kyClient: Client = {
  name: 'ky',
  send: (call) =>
    ky.post(call.url, {
      json: call.body ?? {},
      headers: jsonHeaders(call),
      timeout: call.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retry: 0,
      ...(call.signal === undefined ? {} : { signal: call.signal }),
    }),
};

/** Every client, for `describe.each`. */
export const CLIENTS: readonly Client[] = [fetchClient, axiosClient, gotClient, kyClient];
