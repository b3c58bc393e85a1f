import { defineProvider } from '@kyc-errors/core';
import { readResult } from './classify.js';
import { SIGNINGCLOUD_CATALOG } from './codes.js';

// Keys whose values must never reach a KycError, beyond core's defaults (which already
// cover names, ID numbers, phones, e-mails, addresses, images, tokens, passwords, OTPs and
// `mac`). `data` is the AES-encrypted answer; the rest are request fields of SigningCloud's
// API that carry keys, codes, files or personal identifiers without a suffix core knows.
const SENSITIVE_KEYS = [
  'data',
  'mac',
  'key',
  'integrationKey',
  'secretKey',
  'aesKey',
  'privateKey',
  'accessToken',
  'authCode',
  'authorizationCode',
  'verificationCode',
  'smsCode',
  'nric',
  'icNo',
  'idNo',
  'passport',
  'passportNo',
  'companyRegNo',
  'account',
  'userId',
  'signer',
  'signatory',
  'recipient',
  'recipients',
  'file',
  'fileData',
  'content',
  'html',
  'base64',
  'certificate',
  'cert',
  'pfx',
] as const;

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
  read: readResult,
  sensitiveKeys: SENSITIVE_KEYS,
  // No `family`: SigningCloud numbers its codes in sequence, not in families, so an
  // undocumented code (32-34, 116+, 2030+) says nothing about its neighbours' meaning and
  // stays `unknown`. No `messages`: the body never carries text. No `statuses`: SigningCloud
  // documents none, so core's generic HTTP table decides every non-200.
});
