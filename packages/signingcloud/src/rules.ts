// Keys whose values must never reach a KycError, beyond core's defaults (which already
// cover names, ID numbers, phones, e-mails, addresses, images, tokens, passwords, OTPs and
// `mac`). `data` is the AES-encrypted answer; the rest are request fields of SigningCloud's
// API that carry keys, codes, files or personal identifiers without a suffix core knows.
export const SIGNINGCLOUD_SENSITIVE_KEYS = [
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

/** SigningCloud codes are small integers, sent as JSON numbers (`6`, `2001`). */
export const SIGNINGCLOUD_CODE = /^-?\d{1,5}$/;
