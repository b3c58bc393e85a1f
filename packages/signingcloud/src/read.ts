import { decodeWith, type VendorSignal } from '@kyc-errors/core/provider-kit';
import { ResultField } from './payload.js';

// A 200 whose body is not SigningCloud's envelope (a captive portal, a wrong base URL, an
// empty body) is not a success anyone can vouch for: report a failure without a code, so
// `fromResponse` answers `err` and `normalize` keeps the redacted body as `raw`.
const NOT_AN_ENVELOPE: VendorSignal = Object.freeze({ failed: true });

/**
 * Reads SigningCloud's `{result, data, mac}` envelope. Any HTTP status other than 200 is a
 * failure decided by the status alone (a proxy's 502 says nothing about `result`), so the
 * body is not read then. `data` and `mac` are never looked at.
 *
 * @example
 * ```ts
 * readResult({ result: 6, data: 'q9Jw…', mac: '3f1c…' }, 200); // { code: '6', failed: true }
 * readResult({ result: 6 }, 502); // undefined
 * ```
 */
export function readResult(body: unknown, status?: number): VendorSignal | undefined {
  if (status !== undefined && status !== 200) return undefined;
  if (typeof body !== 'object' || body === null) return NOT_AN_ENVELOPE;
  let result: unknown;
  try {
    // Own property only: a `result` inherited from a polluted prototype is not the vendor's.
    if (!Object.hasOwn(body, 'result')) return NOT_AN_ENVELOPE;
    result = (body as { readonly result?: unknown }).result;
  } catch {
    // A throwing getter or a revoked proxy.
    return NOT_AN_ENVELOPE;
  }
  // Fast path: SigningCloud sends `result` as a JSON number.
  if (typeof result === 'number' && Number.isSafeInteger(result)) {
    return { code: String(result), failed: result !== 0 };
  }
  // Everything else (a numeric string, or garbage) goes through the codec.
  const decoded = decodeWith(ResultField, result);
  if (decoded.isErr()) return NOT_AN_ENVELOPE;
  const value = decoded.value;
  const code = String(typeof value === 'number' ? value : Number(value));
  return { code, failed: code !== '0' };
}
