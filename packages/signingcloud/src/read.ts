import {
  decodeWith,
  isRecord,
  own,
  stringCode,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import { ResultField } from './payload.js';
import { SIGNINGCLOUD_CODE } from './rules.js';

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
  if (!isRecord(body)) return NOT_AN_ENVELOPE;
  // Own property only: a `result` inherited from a polluted prototype is not the vendor's.
  const decoded = decodeWith(ResultField, own(body, 'result'));
  if (decoded.isErr()) return NOT_AN_ENVELOPE;
  // A numeric string (`" 6 "`, from a proxy) means the number it holds.
  const result = Number(decoded.value);
  return { code: stringCode(result, SIGNINGCLOUD_CODE), failed: result !== 0 };
}
