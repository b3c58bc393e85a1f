import {
  collectSecrets,
  isSensitiveKey,
  REDACTED,
  redact,
  scrubText,
  sensitiveKeys,
} from '@kyc-errors/core/provider-kit';
import { describe, expect, it } from 'vitest';

describe('isSensitiveKey', () => {
  it.each([
    'FullName',
    'full_name',
    'firstName',
    'LastName',
    'surname',
    'DOB',
    'dateOfBirth',
    'IDNumber',
    'id_number',
    'personalNumber',
    'documentNumber',
    'PhoneNumber',
    'phone',
    'msisdn',
    'email',
    'Address',
    'addressLine1',
    'homeAddress',
    'image_links',
    'selfie_image',
    'signature',
    'sec_key',
    'accessToken',
    'token',
    'authToken',
    'mac',
    'clientId',
    'scanRef',
    'password',
    'apiSecret',
    'Authorization',
    'ExpirationDate',
    'dateOfExpiry',
    'gender',
  ])('%s is sensitive', (key) => expect(isSensitiveKey(key)).toBe(true));

  it.each([
    'code',
    'error',
    'message',
    'identifier',
    'ResultCode',
    'ResultText',
    'result',
    'status',
    'job_id',
    'SmileJobID',
    'Actions',
  ])('%s is not', (key) => expect(isSensitiveKey(key)).toBe(false));

  it('takes provider extras', () => {
    const extra = sensitiveKeys(['data', 'timestamp']);
    expect(isSensitiveKey('data', extra)).toBe(true);
    expect(isSensitiveKey('Timestamp', extra)).toBe(true);
    expect(isSensitiveKey('data')).toBe(false);
  });
});

describe('redact', () => {
  it('replaces values under sensitive keys at any depth and scrubs echoes elsewhere', () => {
    const out = redact({
      code: '2205',
      result: {
        FullName: 'Ada Obi',
        ResultText: 'Mismatch for Ada Obi',
        nested: { IDNumber: 'A01234567' },
      },
      history: [{ DOB: '1990-01-01', ResultCode: '1012' }],
    });
    expect(out).toEqual({
      code: '2205',
      result: {
        FullName: REDACTED,
        ResultText: '[string(20)]',
        nested: { IDNumber: REDACTED },
      },
      history: [{ DOB: REDACTED, ResultCode: '1012' }],
    });
  });

  it('handles cycles, exotic values and hostile objects', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({}, 'x', {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    const bare = Object.assign(Object.create(null), { code: '1' });
    const out = redact({
      cyclic,
      big: 10n,
      sym: Symbol('s'),
      fn: () => 1,
      nan: Number.NaN,
      negativeZero: -0,
      undef: undefined,
      throwing,
      bare,
    });
    expect(out).toEqual({
      cyclic: { a: 1, self: '[circular]' },
      big: '[bigint]',
      sym: '[symbol]',
      fn: '[function]',
      nan: 'NaN',
      negativeZero: 0,
      undef: null,
      throwing: '[unreadable]',
      bare: { code: '1' },
    });
    expect(() => JSON.stringify(out)).not.toThrow();
  });

  it('keeps a __proto__ key as data without touching prototypes', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "code": "x"}');
    const out = redact(hostile) as Record<string, unknown>;
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bounds depth, width and length', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 50; i++) deep = { d: deep };
    expect(JSON.stringify(redact(deep)).length).toBeLessThan(200);
    const wide = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(redact(wide) as object).length).toBeLessThanOrEqual(51);
    expect((redact(Array.from({ length: 1000 }, () => 1)) as unknown[]).length).toBe(21);
    expect((redact('x'.repeat(100_000)) as string).length).toBeLessThanOrEqual(201);
  });
});

describe('scrubText', () => {
  it.each([
    ['e-mail', 'user ada.obi+kyc@example.co.uk not found', `user ${REDACTED} not found`],
    ['phone', 'phone +234 803 555 0199 invalid', `phone ${REDACTED} invalid`],
    ['ID number', 'NIN 12345678901 not found', `NIN ${REDACTED} not found`],
    ['date', 'dob 1990-01-01 mismatch', `dob ${REDACTED} mismatch`],
    [
      'token',
      'token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0 expired',
      `token ${REDACTED} expired`,
    ],
    ['short codes stay', 'Error 2205: not authorized', 'Error 2205: not authorized'],
  ])('%s', (_, input, expected) => {
    expect(scrubText(input)).toBe(expected);
  });

  it('replaces known secrets case-insensitively, longest first', () => {
    const secrets = collectSecrets({ FullName: 'Ada Obi', firstName: 'Ada' });
    expect(secrets).toEqual(['Ada Obi', 'Ada', 'Obi']);
    expect(scrubText('No match for ADA OBI (ada)', secrets)).toBe(
      `No match for ${REDACTED} (${REDACTED})`,
    );
  });

  it('cuts long text', () => {
    expect(scrubText('a '.repeat(1000), [], 50).length).toBe(51);
  });
});
