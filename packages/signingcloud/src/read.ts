import { isRecord, own, stringCode, type VendorSignal } from '@kyc-errors/core/provider-kit';
import { SIGNINGCLOUD_CATALOG } from './codes.js';
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
  const raw = own(body, 'result');
  // ResultField decodes a value to itself (an integer or a numeric string), so its guard
  // answers as decoding would, without building a Result on every call.
  if (!ResultField.is(raw)) return NOT_AN_ENVELOPE;
  // A numeric string (`" 6 "`, from a proxy) means the number it holds.
  const result = Number(raw);
  const code = CATALOGUED.get(result) ?? stringCode(result, SIGNINGCLOUD_CODE);
  return { code, failed: result !== 0 };
}

/**
 * The catalog's result codes by the number SigningCloud sends: each the code `stringCode`
 * would give that number (so in the grammar, and spelled as `String` spells it).
 */
const CATALOGUED: ReadonlyMap<number, string> = new Map(
  SIGNINGCLOUD_CATALOG.filter(
    (e) => SIGNINGCLOUD_CODE.test(e.code) && String(Number(e.code)) === e.code,
  ).map((e) => [Number(e.code), e.code]),
);
