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
/** The rule for every client's timeout: one reason, whatever the client calls it. */
export const TIMEOUT_RULE: StatusRule = uncertain(
  'REQUEST_TIMEOUT',
  'The request timed out before the vendor answered; it may have been processed.',
  `Retry with backoff. ${CHECK_FIRST}`,
);

/** The rule for every kind of connection reset or socket failure mid-request. */
const RESET_RULE: StatusRule = uncertain(
  'CONNECTION_RESET',
  'The connection failed mid-request; the vendor may or may not have processed it.',
  `Retry with backoff. ${CHECK_FIRST}`,
);

/** The rule for a timeout while connecting (undici, got's connect and lookup phases): nothing was sent. */
export const CONNECT_TIMEOUT_RULE: StatusRule = notSent(
  'CONNECT_TIMEOUT',
  'Connecting to the vendor timed out; the request was not sent.',
  'Retry with backoff.',
);

const TLS_RULE: StatusRule = notSent(
  'TLS_ERROR',
  'The TLS handshake with the vendor failed (certificate, protocol or an intercepting proxy); the request was not sent.',
  'Check the base URL, any TLS-inspecting proxy and the system clock; retry with backoff if the vendor is rotating certificates.',
);

/**
 * Node, undici and HTTP-client error codes for failures below HTTP, with whether the
 * request can have reached the vendor. Looked up by the `code` of a thrown error or of
 * any error in its `cause` chain. One reason per kind of failure, whatever the client:
 * every timeout is `REQUEST_TIMEOUT`, every reset `CONNECTION_RESET`.
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
  UND_ERR_CONNECT_TIMEOUT: CONNECT_TIMEOUT_RULE,
  ECONNRESET: RESET_RULE,
  EPIPE: RESET_RULE,
  UND_ERR_SOCKET: RESET_RULE,
  ERR_STREAM_PREMATURE_CLOSE: RESET_RULE,
  UND_ERR_CLOSED: RESET_RULE,
  ETIMEDOUT: TIMEOUT_RULE,
  ESOCKETTIMEDOUT: TIMEOUT_RULE,
  ETIMEOUT: TIMEOUT_RULE,
  // axios reports its own timeouts as ECONNABORTED.
  ECONNABORTED: TIMEOUT_RULE,
  UND_ERR_HEADERS_TIMEOUT: TIMEOUT_RULE,
  UND_ERR_BODY_TIMEOUT: TIMEOUT_RULE,
  ERR_NETWORK: uncertain(
    'NETWORK_ERROR',
    'The HTTP client reported a network error without a response.',
    `Retry with backoff. ${CHECK_FIRST}`,
  ),
  // A 2xx body longer than the boundary's bound (and axios' maxContentLength): the
  // answer cannot be trusted whole; the request itself reached the vendor.
  RESPONSE_TOO_LARGE: {
    category: 'unknown',
    reason: 'RESPONSE_TOO_LARGE',
    message: 'The response body was larger than the bound set for reading it.',
    remedy:
      'Raise maxBodyBytes if the vendor legitimately answers this much; otherwise check the base URL (a proxy or the wrong host can stream without end).',
    retry: { retryable: false, action: 'investigate' },
  },
  CERT_HAS_EXPIRED: TLS_RULE,
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: TLS_RULE,
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: TLS_RULE,
  DEPTH_ZERO_SELF_SIGNED_CERT: TLS_RULE,
  SELF_SIGNED_CERT_IN_CHAIN: TLS_RULE,
  ERR_TLS_CERT_ALTNAME_INVALID: TLS_RULE,
  ERR_SSL_WRONG_VERSION_NUMBER: TLS_RULE,
  EPROTO: TLS_RULE,
};

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
