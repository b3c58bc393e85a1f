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
      symbol: Symbol('s'),
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
      '[key 3]': '[symbol]',
      fn: '[function]',
      nan: 'NaN',
      '[key 6]': 0,
      undef: null,
      throwing: '[unreadable]',
      bare: { code: '1' },
    });
    expect(() => JSON.stringify(out)).not.toThrow();
  });

  it('shows a __proto__ key as a placeholder, as data, without touching prototypes', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "code": "x"}');
    const out = redact(hostile) as Record<string, unknown>;
    expect(Object.hasOwn(out, '[key 1]')).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
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
    ['phone', 'phone +234 803 555 0199 invalid', `phone +${REDACTED} invalid`],
    ['ID number', 'NIN 12345678901 not found', `NIN ${REDACTED} not found`],
    ['date', 'dob 1990-01-01 mismatch', `dob ${REDACTED} mismatch`],
    [
      'token',
      'token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0 expired',
      `token ${REDACTED} expired`,
    ],
    [
      'numbers of three digits stay',
      'Error 429: too many requests',
      'Error 429: too many requests',
    ],
    ['longer numbers go', 'Error 2205: not authorized', `Error ${REDACTED}: not authorized`],
    ['names in any script go', 'No record for Страуß 李娜 Li Na', `No record for ${REDACTED}`],
  ])('%s', (_, input, expected) => {
    expect(scrubText(input)).toBe(expected);
  });

  it('replaces the words of known secrets, whatever their case or order', () => {
    const secrets = collectSecrets({ FullName: 'Ada Obi', firstName: 'Ada' });
    expect(['ada', 'obi', 'no'].map((w) => secrets.has(w))).toEqual([true, true, false]);
    expect(scrubText('No match for ADA OBI (ada)', secrets)).toBe(
      `No match for ${REDACTED} (${REDACTED})`,
    );
  });

  it('cuts long text', () => {
    expect(scrubText('a '.repeat(1000), [], 50).length).toBe(51);
  });
});

describe('a body with many personal values', () => {
  it('more than 64 distinct personal values: no word of the message is kept (fail closed)', () => {
    const applicants = Array.from({ length: 65 }, (_, i) => ({ FullName: `Person ${i} Obi` }));
    expect(collectSecrets({ applicants: applicants.slice(0, 64) }).has('record')).toBe(false);
    const all = collectSecrets({ applicants });
    expect(all.has('record')).toBe(true);
    expect(scrubText('No record for Will Grant, error 404', all)).toBe(
      `${REDACTED}, ${REDACTED} 404`,
    );
  });
});

describe('redaction gaps closed (issue #12)', () => {
  it('cuts a secret at the right place when lower-casing changes the length (Turkish İ)', () => {
    const secrets = collectSecrets({ FullName: 'İpek Yılmaz' });
    const out = scrubText('No record for İPEK YILMAZ or İpek Yılmaz, please retry', secrets);
    expect(out).toBe(`No record for ${REDACTED} or ${REDACTED}, please retry`);
    expect(scrubText('No record: İİİİ İpek', collectSecrets({ name: 'İpek' }))).toBe(
      `No record: ${REDACTED}`,
    );
  });

  it('finds a name behind thousands of other keys and deep nesting', () => {
    const body: Record<string, unknown> = {};
    for (let i = 0; i < 5000; i++) body[`k${i}`] = i;
    let deep: unknown = { firstName: 'Chinwe' };
    for (let i = 0; i < 100; i++) deep = { d: deep };
    body.z = deep;
    expect(scrubText('Chinwe not found', collectSecrets(body))).toBe(`${REDACTED} not found`);
  });

  it.each([
    'X-Api-Key',
    'Proxy-Authorization',
    'cookies',
    'access_key',
    'secret_key',
    'private_key',
    'key',
    'auth',
    'bearer',
    'session',
    'passportNo',
    'idNo',
    'id_no',
    'selfie_url',
    'image_url',
    'photoUrl',
    'addr',
    'residence',
    'k'.repeat(81),
  ])('%s is sensitive', (key) => expect(isSensitiveKey(key)).toBe(true));

  it.each([
    ['Basic auth', 'Authorization: Basic YWRhOnMzY3JldA==', 'YWRhOnMzY3JldA=='],
    ['a short bearer', 'got Bearer abc123', 'abc123'],
    ['a password pair', 'login failed password=hunter2 for user', 'hunter2'],
    ['a query string', 'GET https://x.test/v?api_key=k1k1&token=t2t2 failed', 'k1k1'],
    ['a JSON pair', '{"secret_key": "sk9sk9"}', 'sk9sk9'],
    ['a Kenyan ID', 'ID 12345678 not found', '12345678'],
    ['a South African ID', 'ID 8001015009087 invalid', '8001015009087'],
    ['a Malaysian IC', 'IC 880101-14-5678 mismatch', '880101-14-5678'],
    ['a local phone number', 'call (0803) 555-0199', '555-0199'],
    ['a passport number', 'passport A12345678 expired', 'A12345678'],
  ])('scrubs %s from free text', (_, text, secret) => {
    expect(scrubText(text)).not.toContain(secret);
  });

  it('keeps the shape of a payload and only code-like values under code keys', () => {
    expect(
      redact({
        code: '2205',
        status: 'Bad Request',
        error: 'Ada not found',
        count: 3,
        amount: 12.5,
      }),
    ).toEqual({
      code: '2205',
      status: 'Bad Request',
      error: '[string(13)]',
      count: 3,
      amount: '[number]',
    });
    expect(redact({ code: 'ada@example.ng' })).toEqual({ code: '[string(14)]' });
    expect(redact({ 'ada@example.ng': 1 })).toEqual({ '[key 1]': 1 });
  });
});

describe('scrubbing keeps what is not personal', () => {
  it("keeps known words and short numbers: iDenfy's 'ISO 3166-1 alpha-2' keeps ISO and the 2", () => {
    expect(scrubText("Field 'country' must be a valid ISO 3166-1 alpha-2 code.")).toBe(
      `Field 'country' must be a valid ISO ${REDACTED}-2 code.`,
    );
  });
});
