import { err, ok, type Result, ResultAsync } from 'neverthrow';
import { parseBody } from './body.js';
import { isBranded } from './brand.js';
import type { HttpFailure, NormalizeOptions, Provider } from './contract.js';
import { idOf, reportsFailure } from './define.js';
import { isKycError, type KycError } from './kyc-error.js';
import { isKycFailure, KycFailure } from './kyc-failure.js';
import { normalize, normalizeThrown, responseOf } from './normalize.js';
import { isStreamResponse, readStream } from './read-body.js';
import { unknownError } from './templates.js';

/** Options of the response boundary: {@link NormalizeOptions} and the bounds of a body read. */
export interface BoundaryOptions extends NormalizeOptions {
  /**
   * The most bytes of a successful (2xx) body read from a stream. A longer one is a
   * failure (`RESPONSE_TOO_LARGE`), never a truncated success. Default 16 MiB.
   */
  readonly maxBodyBytes?: number;
  /**
   * The most bytes of an error body read to classify it; the rest is cancelled (an error
   * page says what it has to say at its start). Default 1 MiB.
   */
  readonly maxErrorBodyBytes?: number;
  /**
   * The longest a body read may take. A 2xx body not finished by then is a
   * `REQUEST_TIMEOUT`; an error body is classified from what arrived. Default 10 s.
   */
  readonly bodyTimeoutMs?: number;
}

/**
 * What the boundary accepts: a fetch or ky `Response`, an axios or got response, a plain
 * `{status, headers, body}`, a promise of any of these (which may reject with the client's
 * error), or a function returning one.
 */
export type ResponseInput = unknown;

/** An HTTP response as {@link fromResponse} takes it: a status is required. */
export interface HttpResponse extends HttpFailure {
  readonly status: number;
}

/**
 * The one response boundary, throwing: resolves with the parsed body when the call
 * succeeded, and rejects with a {@link KycFailure} (never anything else) when it did not:
 * an HTTP failure, a failure the vendor reports inside a 2xx body (SigningCloud's
 * `{"result":6}`), or anything the client threw, a ky `HTTPError` included (its body is
 * read). Bodies are read up to a bounded prefix and the rest is cancelled.
 *
 * @example
 * ```ts
 * const body = await bodyOrThrow(signingCloud, fetch(url, init)); // throws KycFailure on result 6
 * const data = await bodyOrThrow(idenfy, axios.post(url, payload)); // axios errors become KycFailure
 * ```
 */
export async function bodyOrThrow(
  provider: Provider,
  input: ResponseInput,
  options?: BoundaryOptions,
): Promise<unknown> {
  const result = await settle(provider, input, options);
  if (result.isOk()) return result.value;
  throw new KycFailure(result.error);
}

/**
 * The response boundary as a neverthrow `ResultAsync`: `ok` with the parsed body, `err`
 * with the {@link KycError}, for everything {@link bodyOrThrow} accepts. Never rejects.
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
  input: ResponseInput,
  options?: BoundaryOptions,
): ResultAsync<unknown, KycError> {
  return new ResultAsync(settle(provider, input, options));
}

/**
 * Turns a response whose body is already read into a `Result`: `ok` with the parsed body
 * when the call succeeded, `err` with the {@link KycError} when the status is not 2xx or the
 * body itself reports a request error. A verdict, even a rejection, is not a request error:
 * read it with `provider.outcome(body)`. Total.
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
      return err(normalize(provider, { status, headers: response.headers, body }, options));
    }
  } catch {
    // A hostile response object: let normalize answer for it.
  }
  return err(normalize(provider, response, options));
}

/**
 * Like `normalizeThrown`, but reads the unread body a thrown client error carries (ky's
 * `HTTPError.response`), bounded. For retry loops and adapters. Never rejects.
 *
 * @example
 * ```ts
 * try { await ky.post(url, { json }); } catch (e) { const error = await caughtError(idenfy, e); }
 * ```
 */
export async function caughtError(
  provider: Provider,
  thrown: unknown,
  options?: BoundaryOptions,
): Promise<KycError> {
  try {
    // Only this library's own results pass through, as in normalizeThrown: a look-alike
    // (a client's `throw await res.json()`) is read like anything else thrown.
    if (isKycFailure(thrown) && isKycError(thrown.error)) return thrown.error;
    if (isBranded(thrown, 'result') && isKycError(thrown)) return thrown;
    const response =
      typeof thrown === 'object' && thrown !== null
        ? (thrown as { response?: unknown }).response
        : undefined;
    if (isStreamResponse(response) && (thrown as { data?: unknown }).data === undefined) {
      const read = await readStream(response, options);
      return normalize(provider, read, options);
    }
  } catch {
    // Fall through to the synchronous reading.
  }
  return normalizeThrown(provider, thrown, options);
}

async function settle(
  provider: Provider,
  input: ResponseInput,
  options: BoundaryOptions | undefined,
): Promise<Result<unknown, KycError>> {
  let value: unknown;
  try {
    value = typeof input === 'function' ? await (input as () => unknown)() : await input;
  } catch (thrown) {
    return err(await caughtError(provider, thrown, options));
  }
  try {
    const response = await responseFrom(value, options);
    if (response === undefined) return err(notAResponse(provider));
    return fromResponse(provider, response, options);
  } catch (thrown) {
    return err(await caughtError(provider, thrown, options));
  }
}

/** Reads any client's response into `{status, headers, body}`. */
async function responseFrom(
  value: unknown,
  options: BoundaryOptions | undefined,
): Promise<HttpResponse | undefined> {
  if (typeof value !== 'object' || value === null) return undefined;
  if (isStreamResponse(value)) return readStream(value, options);
  const r = value as Record<string, unknown>;
  // axios: { status, headers, data }; got: { statusCode, headers, body }; plain: { status, body }.
  const wrapped = responseOf({ response: value });
  if (wrapped === undefined || typeof wrapped.status !== 'number') return undefined;
  return {
    status: wrapped.status,
    headers: wrapped.headers,
    body: 'data' in r ? r.data : wrapped.body,
  };
}

function notAResponse(provider: Provider): KycError {
  return unknownError(idOf(provider), null, { raw: '[not a response]' });
}
