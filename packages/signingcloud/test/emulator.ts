import type { ScenarioTable } from '../../../test/support/emulator.js';
import type { LoopCase } from '../../../test/support/expectations.js';
import { json } from '../../../test/support/responses.js';

// SigningCloud answers every call with HTTP 200 and `{"result": n, "data": "…", "mac": "…"}`:
// `result` 0 is success, anything else a failure, reported inside the 2xx body.

/** Base64 of (made-up) AES ciphertext, as SigningCloud puts it in `data`. */
export const SIGNINGCLOUD_DATA =
  'u8F2m0qW7sQ1xYb3LkZc9TnV4pRj6HgE2aDw5oUi8yMf1tKe0lNr3sJh7vBq9cXz4gPdAoSmWk6Ry2IuEnTb+Q==';

/** A hex SHA-256, as SigningCloud puts it in `mac`. */
export const SIGNINGCLOUD_MAC = '9c4e1f7a2b8d3e6f0a5c7b9d1e3f5a7c9b1d3e5f7a9c1b3d5e7f9a1c3b5d7e9f';

/** The access token `refreshCredentials` fetches; the emulator accepts only this one. */
export const FRESH_TOKEN = 'sc-fresh-access-token-0001';

const envelope = (result: number) => ({
  result,
  data: SIGNINGCLOUD_DATA,
  mac: SIGNINGCLOUD_MAC,
});

/** SigningCloud's scenarios, served under `/signingcloud/<name>`. */
export const SCENARIOS = {
  ok: json(200, envelope(0)),
  /** HTTP 200, result 6 (token expired) unless the request carries {@link FRESH_TOKEN}. */
  'token-expired': (req, res, context) => {
    const fresh = req.headers.authorization === `Bearer ${FRESH_TOKEN}`;
    return json(200, envelope(fresh ? 0 : 6))(req, res, context);
  },
  /** HTTP 200, result 74: insufficient account credit. */
  'no-credit': json(200, envelope(74)),
  /**
   * HTTP 200 with an undocumented result and the request echoed back, as a misbehaving
   * gateway does: whatever personal data the request carried is in the body.
   */
  echo: (req, res, context) => {
    let request: unknown = context.request.body;
    try {
      request = JSON.parse(context.request.body);
    } catch {
      // Not JSON: echo the text.
    }
    return json(200, { ...envelope(33), request })(req, res, context);
  },
} as const satisfies ScenarioTable;

/**
 * SigningCloud's rows for `test/clients/vendors.test.ts`: none of its own, as SigningCloud is one of the
 * vendors of the client-by-scenario table (`test/support/expectations.ts`), which runs every
 * loop, cockatiel included, over its scenarios.
 */
export const LOOP_CASES: readonly LoopCase[] = [];

/**
 * This vendor's error bodies carrying `echo` as their message, as it sends them: where the
 * cross-vendor privacy and cost properties (packages/kyc-errors/test/promises-*.test.ts)
 * plant their text.
 */
export const TEXT_BODIES = (echo: string): readonly Readonly<Record<string, unknown>>[] => [
  { result: 99, message: echo },
];
