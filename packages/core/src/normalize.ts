import { isBranded } from './brand.js';
import type { HttpFailure, NormalizeOptions, Provider, RequireReadBody } from './contract.js';
import { classifyWith, compiledOf, idOf } from './define.js';
import { type StatusRule, UNRECOGNIZED_RULE } from './http-status.js';
import { detach, isKnownIdentifier } from './keep-words.js';
import { isKycError, type KycError } from './kyc-error.js';
import { isKycFailure } from './kyc-failure.js';
import { notAProvider } from './misuse.js';
import {
  ABORT_RULE,
  CONNECT_TIMEOUT_RULE,
  FETCH_FAILED_RULE,
  NETWORK_RULES,
  TIMEOUT_RULE,
} from './network.js';
import { scrubText } from './scrub.js';
import { REDACTED } from './sensitive-keys.js';
import { COMMON_WORDS } from './words.js';

const NO_WORDS: ReadonlySet<string> = new Set();

import { ruleAdvice } from './advice.js';
import { buildError } from './templates.js';

/**
 * Classifies a failed HTTP exchange with a provider's catalog: the one way to normalize a
 * response. Total: whatever it is handed, it answers with a {@link KycError} and never
 * throws. Recognition goes from specific to generic (a catch-all code refined by its
 * message, the exact code, the code family, a documented message, the vendor's own
 * statuses, the generic HTTP status, then `unknown`); `matchedBy` says which step answered.
 * A `Retry-After` header becomes `retry.afterMs` on retryable failures.
 *
 * The body must be read: a fetch `Response`, its stream or a promise, as the failure or as
 * its `body`, does not compile, and answers `BODY_NOT_READ` should one get through (pass
 * `await response.text()`, or hand the Response to {@link bodyOrThrow} or {@link fromFetch}).
 * A provider's id string where the provider belongs answers `NOT_A_PROVIDER`.
 *
 * @example
 * ```ts
 * import { normalize } from '@kyc-errors/core';
 * import { smileId } from '@kyc-errors/smile-id';
 *
 * const error = normalize(smileId, {
 *   status: 401,
 *   body: '{"code":"2205","error":"You are not authorized to do that"}',
 * });
 * error.category; // 'auth'
 * ```
 */
export function normalize<F extends HttpFailure>(
  provider: Provider,
  failure: F & RequireReadBody<F>,
  options?: NormalizeOptions,
): KycError {
  return classifyWith(provider, failure, options);
}

const MAX_CAUSE_DEPTH = 8;
const FETCH_FAILED =
  /^(?:fetch failed|Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed|Network request failed)$/;
const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,40}$/;

/**
 * Normalizes anything a vendor call threw, synchronously. Total. Understands a
 * {@link KycFailure} (taken as it is); Node, undici, axios, got and ky transport errors by
 * `code` and `name`, following `cause` a bounded depth, with one reason per kind of failure
 * whatever the client; `fetch` failures; aborts; and axios- and got-shaped HTTP errors,
 * whose response goes through {@link normalize}. A ky `HTTPError`'s body is unread and
 * cannot be read synchronously: use {@link bodyOrThrow} or {@link fromFetch} for ky.
 *
 * @example
 * ```ts
 * const error = normalizeThrown(smileId, Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }));
 * error.delivery; // 'not-sent'
 * ```
 */
export function normalizeThrown(
  provider: Provider,
  thrown: unknown,
  options?: NormalizeOptions,
): KycError {
  const id = idOf(provider);
  try {
    // Only this library's own results pass through: a thrown object merely shaped like one
    // (a client's `throw await res.json()`) is read like anything else thrown.
    // A KycFailure is only one when this library's class made it (or another copy's): the
    // caller built it, so its error is the caller's. A look-alike is read like the rest.
    if (isKycFailure(thrown) && isKycError(thrown.error)) return thrown.error;
    if (isBranded(thrown, 'result') && isKycError(thrown)) return thrown;
    // Without a provider nothing can be classified: say so, rather than give a transport
    // reason attributed to no provider, which hides the mistake until an HTTP error comes.
    if (compiledOf(provider) === undefined) return notAProvider(id);
    let node: unknown = thrown;
    for (let depth = 0; depth < MAX_CAUSE_DEPTH; depth++) {
      if (typeof node !== 'object' || node === null) break;
      const response = responseOf(node);
      const rule = transportRule(node);
      // got's TimeoutError carries the 2xx response whose body never finished: the timeout
      // is the failure, not the success status.
      if (response !== undefined && !(rule !== undefined && isSuccess(response.status))) {
        return normalize(provider, response, options);
      }
      if (rule !== undefined) return transport(id, rule, node);
      node = (node as { cause?: unknown }).cause;
    }
    if (thrown instanceof TypeError && FETCH_FAILED.test(thrown.message)) {
      return buildError(id, null, ruleAdvice(FETCH_FAILED_RULE), 'transport', {});
    }
    return unrecognised(id, { raw: describeThrown(thrown) });
  } catch {
    return unrecognised(id, {});
  }
}

function transportRule(node: object): StatusRule | undefined {
  const { code, name, event } = node as { code?: unknown; name?: unknown; event?: unknown };
  // got's TimeoutError names its phase: a timeout before the request was written sent nothing.
  if (name === 'TimeoutError' && (event === 'connect' || event === 'lookup')) {
    return CONNECT_TIMEOUT_RULE;
  }
  if (typeof code === 'string' && Object.hasOwn(NETWORK_RULES, code)) return NETWORK_RULES[code];
  if (name === 'TimeoutError') return TIMEOUT_RULE;
  if (
    name === 'AbortError' ||
    name === 'CanceledError' ||
    name === 'CancelError' ||
    code === 'ERR_CANCELED' ||
    code === 'ABORT_ERR'
  ) {
    // An abort caused by AbortSignal.timeout() is a timeout (axios reports it as cancelled,
    // with the signal's reason on its config).
    return abortedByTimeout(node) ? TIMEOUT_RULE : ABORT_RULE;
  }
  // Node's happy-eyeballs connect failures arrive as an AggregateError of socket errors.
  const errors = (node as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.length > 0 && typeof errors[0] === 'object') {
    const inner = (errors[0] as { code?: unknown } | null)?.code;
    if (typeof inner === 'string' && Object.hasOwn(NETWORK_RULES, inner))
      return NETWORK_RULES[inner];
  }
  return undefined;
}

function abortedByTimeout(node: object): boolean {
  const config = (node as { config?: { signal?: { reason?: unknown } } }).config;
  const reason = config?.signal?.reason ?? (node as { cause?: unknown }).cause;
  return (
    typeof reason === 'object' &&
    reason !== null &&
    (reason as { name?: unknown }).name === 'TimeoutError'
  );
}

function isSuccess(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status < 300;
}

function transport(provider: string, rule: StatusRule, node: object): KycError {
  const code = (node as { code?: unknown }).code;
  return buildError(
    provider,
    typeof code === 'string' && ERROR_CODE.test(code) ? code : null,
    ruleAdvice(rule),
    'transport',
    {},
  );
}

/** The response of an axios (`response.data`), got (`response.statusCode`, `body`) or ky error. */
export function responseOf(node: object): HttpFailure | undefined {
  const response = (node as { response?: unknown }).response;
  if (typeof response !== 'object' || response === null) return undefined;
  const r = response as Record<string, unknown>;
  const status =
    typeof r.status === 'number'
      ? r.status
      : typeof r.statusCode === 'number'
        ? r.statusCode
        : undefined;
  if (status === undefined) return undefined;
  // axios: data; got: body; ky: the Response body is a stream, so only `error.data` if set.
  const body =
    'data' in r
      ? r.data
      : typeof r.body === 'string' || isPlainData(r.body)
        ? r.body
        : (node as { data?: unknown }).data;
  return { status, headers: r.headers as HttpFailure['headers'], body };
}

function isPlainData(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !(typeof (value as { getReader?: unknown }).getReader === 'function')
  );
}

// Quoted parts of a thrown message are what the caller passed in (Node's fetch quotes an
// invalid header value, which is often the API key itself): never kept.
const QUOTED = /"[^"]{0,4096}"|'[^']{0,4096}'|`[^`]{0,4096}`/g;

function describeThrown(thrown: unknown): unknown {
  if (typeof thrown === 'object' && thrown !== null) {
    const { name, message } = thrown as { name?: unknown; message?: unknown };
    const out: Record<string, string> = {};
    if (typeof name === 'string') {
      out.name = isKnownIdentifier(name, COMMON_WORDS, NO_WORDS) ? detach(name) : REDACTED;
    }
    if (typeof message === 'string') out.message = scrubThrown(message);
    return out;
  }
  return typeof thrown === 'string' ? scrubThrown(thrown) : typeof thrown;
}

function scrubThrown(message: string): string {
  const cut = message.length > 2000 ? message.slice(0, 2000) : message;
  return scrubText(
    cut.replace(QUOTED, '"[redacted]"').replace(URL_QUERY, '$1?[redacted]'),
    [],
    200,
  );
}

// A URL's query string and fragment carry keys and personal data as often as not.
const URL_QUERY = /(\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s?#"'<>]{1,2048})[?#][^\s"'<>]{0,4096}/gi;

function unrecognised(provider: string, d: { raw?: unknown }): KycError {
  return buildError(provider, null, ruleAdvice(UNRECOGNIZED_RULE), 'none', d);
}

/** @internal Every pattern this module runs on untrusted text, checked by scripts/check-redos.mjs. */
export const PATTERNS: readonly RegExp[] = [FETCH_FAILED, ERROR_CODE, QUOTED];
