import { defineProvider } from '@kyc-errors/core/provider-kit';
import { SIGNINGCLOUD_CATALOG } from './codes.js';
import { readResult } from './read.js';
import { SIGNINGCLOUD_CODE, SIGNINGCLOUD_SENSITIVE_KEYS } from './rules.js';

/**
 * The SigningCloud provider (e-signature and eKYC, by Securemetric). It reads the `result`
 * code of the `{result, data, mac}` envelope SigningCloud answers every call with, and leaves
 * any non-200 HTTP status to core's status table. `data` and `mac` never reach an error.
 *
 * @example
 * ```ts
 * import { fromResponse } from '@kyc-errors/core';
 * import { signingCloud } from '@kyc-errors/signingcloud';
 *
 * const res = fromResponse(signingCloud, { status: 200, body: { result: 6, data: '…', mac: '…' } });
 * if (res.isErr()) res.error.retry.action; // 'refresh-credentials'
 * ```
 */
export const signingCloud = defineProvider({
  id: 'signingcloud',
  name: 'SigningCloud',
  catalog: SIGNINGCLOUD_CATALOG,
  codePattern: SIGNINGCLOUD_CODE,
  read: readResult,
  sensitiveKeys: SIGNINGCLOUD_SENSITIVE_KEYS,
  // No `family`: SigningCloud numbers its codes in sequence, not in families, so an
  // undocumented code (32-34, 116+, 2030+) says nothing about its neighbours' meaning and
  // stays `unknown`. No `messages`: the body never carries text. No `statuses`: SigningCloud
  // documents none, so core's generic HTTP table decides every non-200.
});
