import type { Category } from './category.js';
import type { Delivery, RetryAdvice } from './retry-advice.js';

/** How core reads an HTTP status when nothing vendor-specific matched. */
export interface StatusRule {
  readonly category: Category;
  readonly reason: string;
  readonly message: string;
  readonly remedy: string;
  /** Only the exceptions to the category's default advice. */
  readonly retry?: Partial<RetryAdvice>;
  readonly delivery?: Delivery;
}

/**
 * The generic meaning of the HTTP statuses vendors and proxies send. Vendor packages map
 * their own statuses first; this table is the last resort before `unknown`.
 */
export const HTTP_STATUS_RULES: Readonly<Record<number, StatusRule>> = {
  400: {
    category: 'validation',
    reason: 'BAD_REQUEST',
    message: 'The vendor rejected the request as malformed.',
    remedy: 'Check the request body and parameters against the vendor documentation.',
  },
  401: {
    category: 'auth',
    reason: 'UNAUTHENTICATED',
    message: 'The vendor did not accept the credentials.',
    remedy: 'Check the API key or secret, the signature and that they belong to this environment.',
  },
  402: {
    category: 'account',
    reason: 'PAYMENT_REQUIRED',
    message: 'The account has no funds or credits left for this call.',
    remedy: 'Top up the account balance or raise the spending limit with the vendor.',
  },
  403: {
    category: 'auth',
    reason: 'FORBIDDEN',
    message: 'The credentials are valid but not allowed to do this.',
    remedy:
      'Check that the key belongs to this environment (sandbox or production) and has this permission.',
  },
  404: {
    category: 'validation',
    reason: 'NOT_FOUND',
    message: 'The endpoint or the resource the request names does not exist.',
    remedy: 'Check the base URL, the path and any id in the request.',
  },
  405: {
    category: 'validation',
    reason: 'METHOD_NOT_ALLOWED',
    message: 'The endpoint does not accept this HTTP method.',
    remedy: 'Use the method the vendor documents for this endpoint.',
  },
  406: {
    category: 'validation',
    reason: 'NOT_ACCEPTABLE',
    message: 'The vendor cannot answer in the format the request asked for.',
    remedy: 'Check the Accept header.',
  },
  408: {
    category: 'retryable',
    reason: 'REQUEST_TIMEOUT',
    message: 'The vendor gave up waiting for the request.',
    remedy: 'Retry with backoff; check that the upload is not too slow.',
  },
  409: {
    category: 'validation',
    reason: 'CONFLICT',
    message: 'The request conflicts with something the vendor already holds (often a reused id).',
    remedy: 'Check the status of the earlier request with this id before sending a new one.',
    retry: { action: 'check-status' },
  },
  410: {
    category: 'validation',
    reason: 'GONE',
    message: 'The resource the request names no longer exists.',
    remedy: 'Start again with a new resource.',
  },
  413: {
    category: 'validation',
    reason: 'PAYLOAD_TOO_LARGE',
    message: 'The request body is larger than the vendor accepts.',
    remedy: 'Send smaller images or files.',
  },
  415: {
    category: 'validation',
    reason: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'The vendor does not accept the content type sent.',
    remedy: 'Check the Content-Type header and the body encoding.',
  },
  422: {
    category: 'validation',
    reason: 'UNPROCESSABLE',
    message: 'The request was well-formed but a value in it is invalid.',
    remedy: 'Check the field values against the vendor documentation.',
  },
  425: {
    category: 'retryable',
    reason: 'TOO_EARLY',
    message: 'The vendor will not process a request that might be replayed.',
    remedy: 'Retry with backoff.',
  },
  429: {
    category: 'rate-limit',
    reason: 'RATE_LIMITED',
    message: 'The vendor is throttling requests from this account.',
    remedy: 'Wait at least as long as Retry-After says, then retry and lower the request rate.',
  },
  500: {
    category: 'retryable',
    reason: 'VENDOR_INTERNAL_ERROR',
    message: 'The vendor failed while handling the request.',
    remedy: 'Retry with backoff; contact the vendor if it persists.',
  },
  501: {
    category: 'validation',
    reason: 'NOT_IMPLEMENTED',
    message: 'The vendor does not support this operation.',
    remedy: 'Check the endpoint and method against the vendor documentation.',
    delivery: 'rejected',
  },
  502: {
    category: 'retryable',
    reason: 'BAD_GATEWAY',
    message: 'A gateway or proxy in front of the vendor got no valid answer.',
    remedy: 'Retry with backoff.',
  },
  503: {
    category: 'retryable',
    reason: 'SERVICE_UNAVAILABLE',
    message: 'The vendor is unavailable or overloaded.',
    remedy: 'Retry with backoff, no sooner than Retry-After when it is given.',
  },
  504: {
    category: 'retryable',
    reason: 'GATEWAY_TIMEOUT',
    message: 'A gateway or proxy in front of the vendor timed out waiting for it.',
    remedy:
      'Retry with backoff; the vendor may have processed the request, so check status first for non-idempotent calls.',
  },
};

const OTHER_4XX: StatusRule = {
  category: 'validation',
  reason: 'CLIENT_ERROR',
  message: 'The vendor rejected the request.',
  remedy: 'Check the request against the vendor documentation.',
};

const OTHER_5XX: StatusRule = {
  category: 'retryable',
  reason: 'SERVER_ERROR',
  message: 'The vendor or a proxy in front of it failed.',
  remedy: 'Retry with backoff; contact the vendor if it persists.',
};

/**
 * The generic rule for an HTTP status, or `undefined` for statuses that are not failures
 * (or not statuses at all).
 *
 * @example
 * ```ts
 * statusRule(429)?.category; // 'rate-limit'
 * statusRule(418)?.reason; // 'CLIENT_ERROR'
 * ```
 */
export function statusRule(status: number): StatusRule | undefined {
  if (!Number.isInteger(status)) return undefined;
  if (Object.hasOwn(HTTP_STATUS_RULES, status)) return HTTP_STATUS_RULES[status];
  if (status >= 400 && status < 500) return OTHER_4XX;
  if (status >= 500 && status < 600) return OTHER_5XX;
  return undefined;
}

/** The rule for a failure nothing recognised: `unknown`, the raw cause kept redacted. */
export const UNRECOGNIZED_RULE: StatusRule = {
  category: 'unknown',
  reason: 'UNRECOGNIZED_FAILURE',
  message: 'The failure matched no known code, message or HTTP status.',
  remedy: 'Read the redacted raw payload and the vendor message; report the shape if it recurs.',
};
