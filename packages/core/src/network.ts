import type { StatusRule } from './http-status.js';

const notSent = (reason: string, message: string, remedy: string): StatusRule => ({
  category: 'retryable',
  reason,
  message,
  remedy,
  delivery: 'not-sent',
});

const uncertain = (reason: string, message: string, remedy: string): StatusRule => ({
  category: 'retryable',
  reason,
  message,
  remedy,
});

const CHECK_FIRST =
  'For non-idempotent calls, check whether the first attempt landed before resending.';

/**
 * Node, undici and HTTP-client error codes for failures below HTTP, with whether the
 * request can have reached the vendor. Looked up by the `code` of a thrown error or of
 * any error in its `cause` chain.
 */
export const NETWORK_RULES: Readonly<Record<string, StatusRule>> = {
  ECONNREFUSED: notSent(
    'CONNECTION_REFUSED',
    'The vendor host refused the connection; the request was not sent.',
    'Retry with backoff; check the base URL and any proxy if it persists.',
  ),
  ENOTFOUND: notSent(
    'DNS_NOT_FOUND',
    'The vendor host name did not resolve; the request was not sent.',
    'Check the base URL; retry with backoff if DNS is flaky.',
  ),
  EAI_AGAIN: notSent(
    'DNS_TEMPORARY_FAILURE',
    'DNS lookup of the vendor host failed temporarily; the request was not sent.',
    'Retry with backoff.',
  ),
  EHOSTUNREACH: notSent(
    'HOST_UNREACHABLE',
    'No route to the vendor host; the request was not sent.',
    'Retry with backoff; check network egress rules if it persists.',
  ),
  ENETUNREACH: notSent(
    'NETWORK_UNREACHABLE',
    'The network is unreachable; the request was not sent.',
    'Retry with backoff; check network egress rules if it persists.',
  ),
  UND_ERR_CONNECT_TIMEOUT: notSent(
    'CONNECT_TIMEOUT',
    'Connecting to the vendor timed out; the request was not sent.',
    'Retry with backoff.',
  ),
  ECONNRESET: uncertain(
    'CONNECTION_RESET',
    'The connection was reset; the vendor may or may not have processed the request.',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
  EPIPE: uncertain(
    'BROKEN_PIPE',
    'The connection closed while the request was being written.',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
  ETIMEDOUT: uncertain(
    'NETWORK_TIMEOUT',
    'The network operation timed out; the vendor may have processed the request.',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
  ESOCKETTIMEDOUT: uncertain(
    'SOCKET_TIMEOUT',
    'The socket timed out waiting for the vendor.',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
  ECONNABORTED: uncertain(
    'CONNECTION_ABORTED',
    'The connection was aborted (axios reports its timeouts this way).',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
  UND_ERR_SOCKET: uncertain(
    'SOCKET_ERROR',
    'The socket to the vendor failed mid-request.',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
  UND_ERR_HEADERS_TIMEOUT: uncertain(
    'HEADERS_TIMEOUT',
    'The vendor did not send response headers in time.',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
  UND_ERR_BODY_TIMEOUT: uncertain(
    'BODY_TIMEOUT',
    'The vendor did not finish the response body in time.',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
  ERR_NETWORK: uncertain(
    'NETWORK_ERROR',
    'The HTTP client reported a network error without a response.',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
  ETIMEOUT: uncertain(
    'NETWORK_TIMEOUT',
    'The request timed out.',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
};

/** The rule for a thrown `TimeoutError` (from `AbortSignal.timeout`) or a client timeout. */
export const TIMEOUT_RULE: StatusRule = uncertain(
  'REQUEST_TIMEOUT',
  'The request timed out before the vendor answered; it may have been processed.',
  `Retry with backoff. ${CHECK_FIRST}`,
);

/** The rule for an `AbortError`: the caller cancelled, so nothing should retry it. */
export const ABORT_RULE: StatusRule = {
  category: 'unknown',
  reason: 'REQUEST_ABORTED',
  message: 'The request was cancelled by the caller before the vendor answered.',
  remedy: 'Nothing to fix at the vendor; retry only if the caller still wants the result.',
  retry: { retryable: false, action: 'none' },
};

/** The rule for a `fetch` failure (`TypeError`) whose cause says nothing more. */
export const FETCH_FAILED_RULE: StatusRule = uncertain(
  'FETCH_FAILED',
  'fetch failed before a response arrived (network, TLS or CORS).',
  `Retry with backoff. ${CHECK_FIRST}`,
);
