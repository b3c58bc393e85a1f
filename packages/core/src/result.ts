import { err, ok, type Result, ResultAsync } from 'neverthrow';
import { parseBody } from './body.js';
import type { KycError } from './kyc-error.js';
import { normalizeThrown } from './normalize.js';
import type { HttpFailure, NormalizeOptions, Provider } from './provider.js';

/** An HTTP response as {@link fromResponse} takes it: a status is required. */
export interface HttpResponse extends HttpFailure {
  readonly status: number;
}

/**
 * Turns an HTTP response into a `Result`: `ok` with the parsed body when the call
 * succeeded, `err` with the {@link KycError} when the status is not 2xx or the body itself
 * reports a request error (a 200 carrying an error code). A verdict, even a rejection, is
 * not a request error: read it with `provider.outcome(body)`.
 *
 * @example
 * ```ts
 * const result = fromResponse(signingCloud, { status: 200, body: { result: 6, data: '…', mac: '…' } });
 * if (result.isErr()) console.log(result.error.retry.action); // 'refresh-credentials'
 * ```
 */
export function fromResponse(
  provider: Provider,
  response: HttpResponse,
  options?: NormalizeOptions,
): Result<unknown, KycError> {
  try {
    const { status } = response;
    if (typeof status === 'number' && status >= 200 && status < 300) {
      const body = parseBody(response.body);
      if (!reportsFailure(provider, body, status)) return ok(body);
      return err(provider.normalize({ ...response, body }, options));
    }
  } catch {
    // A hostile response object: let normalize answer for it.
  }
  return err(provider.normalize(response, options));
}

function reportsFailure(provider: Provider, body: unknown, status: number): boolean {
  const signal = provider.definition.read(body, status);
  if (signal === undefined) return false;
  if (signal.failed === true) return true;
  if (typeof signal.code !== 'string') return false;
  return provider.lookup(signal.code, signal.text)?.kind === 'error';
}

/** What {@link fromFetch} accepts: a pending `fetch`, or a function that starts one. */
export type FetchLike = Promise<Response> | (() => Promise<Response>);

/**
 * Runs a `fetch` call and answers with a `ResultAsync`: `ok` with the parsed body, or `err`
 * with the {@link KycError} for an HTTP failure, a body reporting an error, or a network
 * failure (normalized with {@link normalizeThrown}). Never rejects.
 *
 * @example
 * ```ts
 * const result = await fromFetch(idenfy, fetch('https://ivs.idenfy.com/api/v2/token', init));
 * result.match(
 *   (body) => console.log('token', body),
 *   (error) => console.log(error.category, error.remedy),
 * );
 * ```
 */
export function fromFetch(
  provider: Provider,
  request: FetchLike,
  options?: NormalizeOptions,
): ResultAsync<unknown, KycError> {
  const started = (async () => (typeof request === 'function' ? request() : request))();
  const onThrow = (e: unknown): KycError => normalizeThrown(provider, e, options);
  return ResultAsync.fromPromise(started, onThrow)
    .andThen((res) =>
      ResultAsync.fromPromise(
        res.text().then((body) => ({ status: res.status, headers: res.headers, body })),
        onThrow,
      ),
    )
    .andThen((response) => fromResponse(provider, response, options));
}

/**
 * Reads a fetch `Response` (or a ky `HTTPError`'s `response`) and normalizes it; for
 * errors thrown by clients that leave the body unread. Never rejects.
 *
 * @example
 * ```ts
 * catch (e) { if (e instanceof HTTPError) return normalizeResponse(idenfy, e.response); }
 * ```
 */
export async function normalizeResponse(
  provider: Provider,
  response: Response,
  options?: NormalizeOptions,
): Promise<KycError> {
  try {
    const body = await response.clone().text();
    return provider.normalize(
      { status: response.status, headers: response.headers, body },
      options,
    );
  } catch (e) {
    try {
      return provider.normalize({ status: response.status, headers: response.headers }, options);
    } catch {
      return normalizeThrown(provider, e, options);
    }
  }
}
