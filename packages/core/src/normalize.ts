import { type StatusRule, UNRECOGNIZED_RULE } from './http-status.js';
import { buildError, ruleTemplate } from './internal/build.js';
import { isKycError, type KycError } from './kyc-error.js';
import { isKycFailure } from './kyc-failure.js';
import { ABORT_RULE, FETCH_FAILED_RULE, NETWORK_RULES, TIMEOUT_RULE } from './network.js';
import type { HttpFailure, NormalizeOptions, Provider } from './provider.js';
import { scrubText } from './redact.js';

/**
 * Normalizes a failed HTTP exchange with a provider's catalog. Total: whatever it is
 * handed, it answers with a {@link KycError} and never throws. Order, specific before
 * generic: vendor code (exact, then family), vendor message, HTTP status, `unknown`.
 * A `Retry-After` header becomes `retry.afterMs` on retryable failures.
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
export function normalize(
  provider: Provider,
  failure: HttpFailure,
  options?: NormalizeOptions,
): KycError {
  try {
    return provider.normalize(failure, options);
  } catch {
    return unrecognised(providerId(provider), {});
  }
}

const MAX_CAUSE_DEPTH = 8;
const FETCH_FAILED =
  /^(?:fetch failed|Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed|Network request failed)$/;

/**
 * Normalizes anything a vendor call threw. Total. Understands a {@link KycFailure} (taken
 * as it is); Node and undici network errors by `code`, following `cause` a bounded depth;
 * `fetch` failures; `AbortError` and `TimeoutError`; and axios-, got- and ky-shaped HTTP
 * errors, whose response goes through {@link normalize}. Anything else is `unknown`.
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
  const id = providerId(provider);
  try {
    if (isKycFailure(thrown)) return thrown.error;
    if (isKycError(thrown)) return thrown;
    let node: unknown = thrown;
    for (let depth = 0; depth < MAX_CAUSE_DEPTH; depth++) {
      if (typeof node !== 'object' || node === null) break;
      const response = responseOf(node);
      if (response !== undefined) return normalize(provider, response, options);
      const rule = transportRule(node);
      if (rule !== undefined) return transport(id, rule, node);
      node = (node as { cause?: unknown }).cause;
    }
    if (thrown instanceof TypeError && FETCH_FAILED.test(thrown.message)) {
      return buildError(id, null, ruleTemplate(FETCH_FAILED_RULE), 'transport', {});
    }
    return unrecognised(id, { raw: describeThrown(thrown) });
  } catch {
    return unrecognised(id, {});
  }
}

function transportRule(node: object): StatusRule | undefined {
  const { code, name } = node as { code?: unknown; name?: unknown };
  if (typeof code === 'string' && Object.hasOwn(NETWORK_RULES, code)) return NETWORK_RULES[code];
  if (name === 'TimeoutError') return TIMEOUT_RULE;
  if (name === 'AbortError' || name === 'CanceledError' || code === 'ERR_CANCELED') {
    return ABORT_RULE;
  }
  // Node's happy-eyeballs connect failures arrive as an AggregateError of socket errors.
  const errors = (node as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.length > 0 && typeof errors[0] === 'object') {
    const inner = (errors[0] as { code?: unknown }).code;
    if (typeof inner === 'string' && Object.hasOwn(NETWORK_RULES, inner))
      return NETWORK_RULES[inner];
  }
  return undefined;
}

function transport(provider: string, rule: StatusRule, node: object): KycError {
  const code = (node as { code?: unknown }).code;
  return buildError(
    provider,
    typeof code === 'string' && code.length <= 64 ? code : null,
    ruleTemplate(rule),
    'transport',
    {},
  );
}

/** The response of an axios (`response.data`), got (`response.statusCode`, `body`) or ky error. */
function responseOf(node: object): HttpFailure | undefined {
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

function describeThrown(thrown: unknown): unknown {
  if (typeof thrown === 'object' && thrown !== null) {
    const { name, message } = thrown as { name?: unknown; message?: unknown };
    const out: Record<string, string> = {};
    if (typeof name === 'string') out.name = name.slice(0, 80);
    if (typeof message === 'string') out.message = scrubText(message, [], 200);
    return out;
  }
  return typeof thrown === 'string' ? scrubText(thrown, [], 200) : typeof thrown;
}

function providerId(provider: unknown): string {
  try {
    const id = (provider as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id : 'unknown';
  } catch {
    return 'unknown';
  }
}

function unrecognised(provider: string, d: { raw?: unknown }): KycError {
  return buildError(provider, null, ruleTemplate(UNRECOGNIZED_RULE), 'none', d);
}

/** @internal Every pattern this module runs on untrusted text, for the ReDoS check in the tests. */
export const PATTERNS: readonly RegExp[] = [FETCH_FAILED];
