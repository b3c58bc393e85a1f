// Two mistakes of the caller that core names instead of guessing around them: a provider
// that is not one (its id string, an object `defineProvider` did not make), and a body not
// read yet (a fetch `Response`, its stream, a promise of the body). Each has its own reason
// and a remedy that says how to pass the right thing; neither is ever retryable.
import { ruleAdvice } from './advice.js';
import type { HttpFailure } from './contract.js';
import type { StatusRule } from './http-status.js';
import type { KycError } from './kyc-error.js';
import { buildError } from './templates.js';

/** The provider argument is no provider: classifying anything with it is impossible. */
export const NOT_A_PROVIDER_RULE: StatusRule = {
  category: 'unknown',
  reason: 'NOT_A_PROVIDER',
  message:
    'What was passed as the provider is not one made by defineProvider (a provider id string, say), so nothing could be classified.',
  remedy:
    "Pass the provider object, not its id: smileId from '@kyc-errors/smile-id' (or providers['smile-id'] from 'kyc-errors'), or what registry.get(id) returns once checked to be defined.",
  // A bug in the calling code: no retry can help, and nobody needs to read a cause.
  retry: { retryable: false, action: 'fix-request' },
};

/** The failure handed over is an unread body: the vendor's code in it could not be read. */
export const BODY_NOT_READ_RULE: StatusRule = {
  category: 'unknown',
  reason: 'BODY_NOT_READ',
  message:
    "The failure's body was not read: a fetch Response, its stream or a promise was handed over instead of the body, so the vendor's code in it was lost.",
  remedy:
    'Read the body first and pass { status, headers, body: await response.text() } (to normalize or fromResponse), or hand the Response or the fetch promise to bodyOrThrow or fromFetch, which read it within bounds.',
  retry: { retryable: false, action: 'fix-request' },
};

const NOT_A_PROVIDER = ruleAdvice(NOT_A_PROVIDER_RULE);
const BODY_NOT_READ = ruleAdvice(BODY_NOT_READ_RULE);

/** The answer to a provider that is not one; its id only when it is an object that has one. */
export function notAProvider(id: string): KycError {
  return buildError(id, null, NOT_A_PROVIDER, 'none', {});
}

/**
 * `BODY_NOT_READ` when `failure` is itself a fetch `Response` (or a promise of one) or its
 * `body` is a body not read yet; `undefined` otherwise. Reads a handful of properties; may
 * throw on a hostile object (a throwing getter), as every reading of the failure may.
 */
export function unreadBody(provider: string, failure: HttpFailure): KycError | undefined {
  if (typeof failure !== 'object' || failure === null) return undefined;
  if (!isUnreadResponse(failure) && !isUnreadBody(failure.body)) return undefined;
  const { status } = failure;
  const valid = typeof status === 'number' && Number.isInteger(status) && status >= 100;
  return buildError(provider, null, BODY_NOT_READ, 'none', {
    httpStatus: valid && status < 600 ? status : undefined,
  });
}

/**
 * Whether a body is one not read yet: a fetch `Response` or `Request`, a `Blob`, a web or a
 * Node stream, or a promise. Parsed JSON, text and bytes are none of these.
 */
export function isUnreadBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  // A plain object (parsed JSON, an object literal) is one only if made a thenable by hand:
  // a Response, a Blob, a stream and a promise all have prototypes of their own. Asked first,
  // since it is what nearly every call is handed.
  if (isPlain(body)) return isThenable(body);
  if (ArrayBuffer.isView(body) || body instanceof ArrayBuffer) return false;
  const b = body as { getReader?: unknown; pipe?: unknown };
  return (
    isBodyMixin(body) ||
    isThenable(body) ||
    typeof b.getReader === 'function' ||
    typeof b.pipe === 'function'
  );
}

/** Whether the failure itself is a `Response` (or a promise of one), not `{ status, body }`. */
function isUnreadResponse(failure: object): boolean {
  if (isPlain(failure)) return isThenable(failure);
  return isBodyMixin(failure) || isThenable(failure);
}

/**
 * Whether an object's prototype is `Object.prototype` or none. A proxy whose prototype
 * cannot be read is not plain: it is asked every question, as before this shortcut.
 */
function isPlain(value: object): boolean {
  try {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return false;
  }
}

/** The methods of fetch's Body (a `Response`, a `Request`) and of a `Blob`. */
function isBodyMixin(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { arrayBuffer?: unknown; text?: unknown };
  return typeof v.arrayBuffer === 'function' && typeof v.text === 'function';
}

function isThenable(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
