import { kycIn } from '../find.js';
import { OTHER } from '../internal/grammar.js';
import { safeKycError } from '../safe-error.js';
import { safeKycFailure } from '../safe-failure.js';

/** Options of {@link createKycErrSerializer}. */
export interface KycErrSerializerOptions {
  /**
   * `true` writes the vendor's message (`vendorMessage`). Core keeps only known words in it,
   * but it is still the vendor's text. Default `false`.
   */
  readonly vendorMessage?: boolean | undefined;
  /** `false` leaves out a `KycFailure`'s stack frames. Default `true`. */
  readonly stack?: boolean | undefined;
  /**
   * What to write for a value that is no kyc-errors failure (your app's own errors, a raw
   * axios error). Default: its type name only (`{ type: 'AxiosError' }`), never its message,
   * properties or stack: a client error carries the request's headers. Pass
   * `pino.stdSerializers.err` to keep pino's behaviour for them, knowingly.
   */
  // A method, so that pino.stdSerializers.err (typed for an Error) fits without a cast.
  otherwise?(value: unknown): unknown;
}

const NAME = /^[A-Za-z_$][\w$]{0,63}$/;

/**
 * A pino serializer for the `err` key (or any key you log failures under) that writes only
 * the safe fields: for a `KycFailure`, `{ type, message, stack, error, attempts,
 * stoppedBecause, notBefore }`; for a `KycError`, `{ type: 'KycError', ...fields }`; never
 * `raw`, and `vendorMessage` only when asked. pino's standard error serializer would instead
 * copy every enumerable property, `error.raw` and `error.vendorMessage` included. Never throws.
 *
 * @example
 * ```ts
 * import pino from 'pino';
 * import { createKycErrSerializer } from '@kyc-errors/observe/pino';
 *
 * const logger = pino({ serializers: { err: createKycErrSerializer({ otherwise: pino.stdSerializers.err }) } });
 * ```
 */
export function createKycErrSerializer(
  options: KycErrSerializerOptions = {},
): (value: unknown) => unknown {
  const vendorMessage = options.vendorMessage === true;
  const stack = options.stack !== false;
  const otherwise = options.otherwise ?? typeOnly;
  return (value) => {
    try {
      // Only the value itself: an app error wrapping a failure is the app's to serialize.
      const found = kycIn(value, 0);
      if (found?.failure !== undefined) {
        return safeKycFailure(found.failure, { vendorMessage, stack });
      }
      if (found !== undefined)
        return { type: 'KycError', ...safeKycError(found.error, { vendorMessage }) };
    } catch {
      return { type: OTHER };
    }
    return otherwise(value);
  };
}

/** {@link createKycErrSerializer} with the defaults: no vendor message; others by type only. */
export const kycErrSerializer: (value: unknown) => unknown = createKycErrSerializer();

/** A value's type name (its `name`, or its constructor's), and nothing else of it. */
function typeOnly(value: unknown): { readonly type: string } {
  try {
    if (typeof value !== 'object' || value === null) return { type: typeof value };
    const name = (value as { name?: unknown }).name;
    if (typeof name === 'string' && NAME.test(name)) return { type: name };
    const ctor = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return { type: typeof ctor === 'string' && NAME.test(ctor) ? ctor : OTHER };
  } catch {
    return { type: OTHER };
  }
}
