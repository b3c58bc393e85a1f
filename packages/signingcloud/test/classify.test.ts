import { fromResponse, isKycError, type KycError, normalize } from '@kyc-errors/core';
import { REDACTED } from '@kyc-errors/core/provider-kit';
import { signingCloud } from '@kyc-errors/signingcloud';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPTIVE_PORTAL_200,
  DATA,
  ECHOED_REQUEST,
  EXPIRED_TOKEN_TEXT,
  envelope,
  INVALID_TOKEN_TEXT,
  LB_503,
  MAC,
  NGINX_502,
  NULL_DATA_TEXT,
  PERSONAL,
  SERVLET_500,
  STRING_RESULT_TEXT,
  SUCCESS_TEXT,
} from './fixtures/responses.js';

const JSON_HEADERS = { 'Content-Type': 'application/json;charset=UTF-8' };
const HTML_HEADERS = { 'content-type': 'text/html' };

/** A 200 carrying `result`, normalized. */
const at200 = (result: number | string): KycError =>
  normalize(signingCloud, { status: 200, headers: JSON_HEADERS, body: envelope(result) });

function expectNoSecrets(error: KycError): void {
  const json = JSON.stringify(error);
  expect(json).not.toContain(DATA);
  expect(json).not.toContain(MAC);
}

describe('the access token', () => {
  it('6 through fromResponse is an err: refresh the token, then retry once', () => {
    const result = fromResponse(signingCloud, {
      status: 200,
      headers: JSON_HEADERS,
      body: EXPIRED_TOKEN_TEXT,
    });
    const error = result._unsafeUnwrapErr();
    expect(error).toMatchObject({
      code: '6',
      category: 'auth',
      reason: 'ACCESS_TOKEN_EXPIRED',
      retry: { retryable: true, action: 'refresh-credentials' },
      delivery: 'rejected',
      httpStatus: 200,
    });
    expect(error.remedy).toContain('/signserver/v1/accesstoken');
    expect(error.remedy).toMatch(/once/);
    expectNoSecrets(error);
  });

  it('6 sent as a string ("result":"6") means the same', () => {
    const error = fromResponse(signingCloud, { status: 200, body: STRING_RESULT_TEXT });
    expect(error._unsafeUnwrapErr()).toMatchObject({
      code: '6',
      retry: { retryable: true, action: 'refresh-credentials' },
    });
  });

  it('5 (invalid token) is auth but not auto-refreshed: a token that was never valid points at how it is sent', () => {
    const error = normalize(signingCloud, { status: 200, body: INVALID_TOKEN_TEXT });
    expect(error).toMatchObject({
      code: '5',
      category: 'auth',
      retry: { retryable: false, action: 'fix-config' },
    });
  });
});

describe('request integrity and keys', () => {
  it.each([
    ['2', 'MAC_MISMATCH'],
    ['54', 'DECRYPTION_FAILED'],
    ['53', 'INTEGRATION_KEY_NOT_FOUND'],
  ])('%s is auth and never retried as-is (%s)', (code, reason) => {
    expect(at200(Number(code))).toMatchObject({
      category: 'auth',
      reason,
      retry: { retryable: false, action: 'fix-config' },
      delivery: 'rejected',
    });
  });

  it('106 (timestamp) is auth, and the remedy says clock skew', () => {
    const error = at200(106);
    expect(error.category).toBe('auth');
    expect(error.retry.retryable).toBe(false);
    expect(error.remedy).toMatch(/clock skew/i);
    expect(error.remedy).toMatch(/NTP/);
  });
});

describe('transient and generic failures', () => {
  it('89 (system busy) is retryable with backoff', () => {
    expect(at200(89)).toMatchObject({
      category: 'retryable',
      retry: { retryable: true, action: 'backoff' },
      delivery: 'uncertain',
    });
  });

  it('89 with `data` null still reads the code', () => {
    expect(normalize(signingCloud, { status: 200, body: NULL_DATA_TEXT }).code).toBe('89');
  });

  it('4 (processing failed) is retried, but capped: the advice carries a caution', () => {
    const error = at200(4);
    expect(error.retry).toMatchObject({ retryable: true, action: 'backoff' });
    expect(error.retry.caution).toMatch(/cap the attempts/);
  });

  it.each([
    ['17', '16'],
    ['29', '78'],
    ['36', '73'],
    ['40', '73'],
  ])('%s is retried; the caution names %s as the sign the first attempt worked', (code, echo) => {
    const error = at200(Number(code));
    expect(error.retry.retryable).toBe(true);
    expect(error.retry.caution).toContain(echo);
  });

  it('73 (document number exists) says check-status: it is often the echo of our own retry', () => {
    expect(at200(73)).toMatchObject({
      category: 'validation',
      field: 'documentNumber',
      retry: { retryable: false, action: 'check-status' },
    });
  });

  it('79 (signed, follow-up failed) is not retried: resending the signature would only answer 78', () => {
    expect(at200(79)).toMatchObject({
      retry: { retryable: false, action: 'check-status' },
      delivery: 'uncertain',
    });
  });
});

describe('states that read like answers, still failures of the requested action', () => {
  it.each([
    ['28', 'NO_SIGNATURE_NEEDED'],
    ['48', 'ALREADY_AUTHORIZED'],
    ['78', 'ALREADY_SIGNED'],
    ['96', 'DOCUMENT_COMPLETED'],
    ['107', 'DOCUMENT_SIGNED_AND_DELETED'],
  ])('%s is user-state with nothing to retry (%s)', (code, reason) => {
    const error = at200(Number(code));
    expect(error).toMatchObject({
      category: 'user-state',
      reason,
      retry: { retryable: false, action: 'none' },
    });
    expect(fromResponse(signingCloud, { status: 200, body: envelope(Number(code)) }).isErr()).toBe(
      true,
    );
  });
});

describe('users and accounts', () => {
  it.each(['9', '16', '18', '20', '30', '47', '66', '94', '100', '108'])(
    '%s is user-state: an admin or the document creator changes it',
    (code) => {
      expect(at200(Number(code))).toMatchObject({
        category: 'user-state',
        retry: { retryable: false, action: 'change-state' },
      });
    },
  );

  it.each(['19', '49', '58', '59'])('%s is user-state that only the end user can leave', (code) => {
    expect(at200(Number(code))).toMatchObject({
      category: 'user-state',
      retry: { action: 'user-action' },
    });
  });

  it.each(['52', '74', '75', '77', '90', '99', '105', '111', '112', '115', '2029'])(
    '%s is account: the account owner tops up or changes the plan',
    (code) => {
      expect(at200(Number(code))).toMatchObject({
        category: 'account',
        retry: { retryable: false, action: 'account-action' },
      });
    },
  );
});

describe('the end user must act again', () => {
  it.each(['15', '35', '62', '97', '109'])(
    '%s is a failed check of the end user, who can answer again',
    (code) => {
      expect(at200(Number(code))).toMatchObject({
        category: 'verification',
        retry: { retryable: false, action: 'user-action' },
      });
    },
  );

  it('61 (push refused) is not prompted again: the signer said no', () => {
    expect(at200(61)).toMatchObject({ category: 'verification', retry: { action: 'none' } });
  });

  it('108 (five OTP failures) is a lock, not another user-action like 109', () => {
    expect(at200(108).category).toBe('user-state');
    expect(at200(109).retry.action).toBe('user-action');
  });
});

describe('request and file problems', () => {
  it.each([
    ['11', 'email'],
    ['10', 'realName'],
    ['13', 'password'],
    ['65', 'phoneNumber'],
    ['86', 'phoneNumber'],
    ['67', 'idNumber'],
    ['81', 'documentNumber'],
    ['2001', 'frontImage'],
    ['2002', 'frontFlashImage'],
    ['2003', 'backImage'],
    ['2004', 'selfieImage'],
  ])('%s names the field %s (our name: SigningCloud names none)', (code, field) => {
    expect(at200(Number(code))).toMatchObject({ category: 'validation', field });
  });

  it.each([
    '1',
    '3',
    '12',
    '72',
    '76',
    '80',
    '82',
    '83',
    '84',
    '85',
    '87',
    '92',
    '93',
    '103',
    '104',
    '2026',
    '2028',
  ])('%s is validation', (code) => {
    expect(at200(Number(code)).category).toBe('validation');
  });

  it('1 (parameter error) carries no field: the code does not say which', () => {
    expect(at200(1).field).toBeUndefined();
  });

  it('42 (document of another user) is a wrong request, not wrong credentials', () => {
    expect(at200(42).category).toBe('validation');
  });
});

describe('eKYC landmarks: recapture for photo quality, never for fraud signs', () => {
  it.each([
    ['2022', 'ID brightness'],
    ['2023', 'face brightness'],
    ['2025', 'ID blurriness'],
  ])('%s (%s): a better photo can help', (code) => {
    expect(at200(Number(code))).toMatchObject({
      category: 'verification',
      retry: { retryable: false, action: 'user-action' },
    });
  });

  it.each([
    ['2016', 'color mode'],
    ['2017', 'microprint'],
    ['2018', 'hologram'],
    ['2019', 'substitution'],
    ['2020', 'ghost photo'],
    ['2021', 'screen'],
    ['2024', 'font'],
  ])('%s (%s): suggests a copy or forgery, so no recapture is offered', (code) => {
    expect(at200(Number(code))).toMatchObject({
      category: 'verification',
      retry: { retryable: false, action: 'none' },
    });
  });

  it('2015 (name mismatch) is a verdict; a new photo of the same card changes nothing', () => {
    expect(at200(2015).retry.action).toBe('none');
  });

  it('110 (eKYC failed) is a verification error, not retried', () => {
    expect(at200(110)).toMatchObject({
      category: 'verification',
      retry: { retryable: false, action: 'none' },
    });
  });

  it.each(['2008', '2009', '2010', '2011', '2012', '2013', '2014'])(
    '%s (text unreadable) asks for a sharper capture',
    (code) => {
      expect(at200(Number(code)).retry.action).toBe('user-action');
    },
  );
});

describe('the HTTP status decides before result is read', () => {
  it('a 502 HTML page from nginx is retryable', () => {
    const error = normalize(signingCloud, { status: 502, headers: HTML_HEADERS, body: NGINX_502 });
    expect(error).toMatchObject({
      code: null,
      category: 'retryable',
      reason: 'BAD_GATEWAY',
      matchedBy: 'status',
      httpStatus: 502,
      vendorMessage: '502 Bad Gateway',
      retry: { retryable: true, action: 'backoff' },
    });
  });

  it('a 503 maintenance page honours Retry-After', () => {
    const error = normalize(signingCloud, {
      status: 503,
      headers: { ...HTML_HEADERS, 'Retry-After': '120' },
      body: LB_503,
    });
    expect(error).toMatchObject({
      category: 'retryable',
      reason: 'SERVICE_UNAVAILABLE',
      retry: { retryable: true, afterMs: 120_000 },
    });
  });

  it('a 502 carrying result 6 is a bad gateway, not a token to refresh (status before result)', () => {
    const error = normalize(signingCloud, { status: 502, body: EXPIRED_TOKEN_TEXT });
    expect(error).toMatchObject({ code: null, reason: 'BAD_GATEWAY', matchedBy: 'status' });
  });

  it('a 502 carrying result 0 is still a failure', () => {
    const result = fromResponse(signingCloud, { status: 502, body: SUCCESS_TEXT });
    expect(result._unsafeUnwrapErr().category).toBe('retryable');
  });

  it('a 500 with the envelope (result 5) is the 500, not an auth error', () => {
    const error = normalize(signingCloud, {
      status: 500,
      headers: JSON_HEADERS,
      body: envelope(5),
    });
    expect(error).toMatchObject({
      code: null,
      category: 'retryable',
      reason: 'VENDOR_INTERNAL_ERROR',
      delivery: 'uncertain',
    });
    expectNoSecrets(error);
  });

  it("a 500 with the servlet container's JSON error body is retryable", () => {
    const error = normalize(signingCloud, {
      status: 500,
      headers: JSON_HEADERS,
      body: SERVLET_500,
    });
    expect(error).toMatchObject({ category: 'retryable', reason: 'VENDOR_INTERNAL_ERROR' });
  });

  it('a 401 from a gateway is auth by status', () => {
    const error = normalize(signingCloud, { status: 401, body: envelope(0) });
    expect(error).toMatchObject({ category: 'auth', matchedBy: 'status', code: null });
  });

  it('without a status (a body handed over alone), result is read', () => {
    expect(normalize(signingCloud, { body: envelope(6) }).reason).toBe('ACCESS_TOKEN_EXPIRED');
  });

  it('a redirect (no status rule) keeps the body as raw, with data and mac redacted', () => {
    const error = normalize(signingCloud, { status: 302, body: envelope(6) });
    expect(error.category).toBe('unknown');
    expect(error.raw).toEqual({ result: 6, data: REDACTED, mac: REDACTED });
    expectNoSecrets(error);
  });
});

describe('bodies that are not what they should be', () => {
  it.each([32, 33, 34, 116, 1999, 2000, 2030, -1])(
    'undocumented %s is unknown, with the redacted body kept and no borrowed meaning',
    (code) => {
      const error = at200(code);
      // Not in the catalog: the code is not echoed (only the redacted raw copy shows it).
      expect(error).toMatchObject({
        code: null,
        category: 'unknown',
        matchedBy: 'none',
        retry: { retryable: false, action: 'investigate' },
      });
      expect(error.inferredFrom).toBeUndefined();
      expect(error.raw).toEqual({ result: code, data: REDACTED, mac: REDACTED });
      expectNoSecrets(error);
    },
  );

  it('a 200 that is not an envelope (a captive portal) is an err, not an ok', () => {
    const result = fromResponse(signingCloud, {
      status: 200,
      headers: HTML_HEADERS,
      body: CAPTIVE_PORTAL_200,
    });
    expect(result._unsafeUnwrapErr()).toMatchObject({ code: null, category: 'unknown' });
  });

  it('a 200 with an empty body is an err', () => {
    expect(fromResponse(signingCloud, { status: 200, body: '' }).isErr()).toBe(true);
  });

  it('a 200 envelope with a non-numeric result is an err without a code', () => {
    for (const result of ['abc', '6a', '6.5', null, true, {}, [6], 6.5, Number.NaN]) {
      const res = fromResponse(signingCloud, { status: 200, body: { result, data: DATA } });
      expect(res._unsafeUnwrapErr().code).toBeNull();
    }
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'a result of %j never reaches the catalog',
    (result) => {
      const error = normalize(signingCloud, {
        status: 200,
        body: { result, data: DATA, mac: MAC },
      });
      expect(error).toMatchObject({ code: null, category: 'unknown' });
    },
  );

  it('a result inherited from the prototype is not read', () => {
    const polluted = Object.create({ result: 6 }) as object;
    expect(normalize(signingCloud, { status: 200, body: polluted }).code).toBeNull();
    const viaJson = JSON.parse(`{"__proto__":{"result":6},"data":"${DATA}"}`) as unknown;
    expect(normalize(signingCloud, { status: 200, body: viaJson }).code).toBeNull();
  });

  it('a result behind a throwing getter does not throw', () => {
    const hostile = Object.defineProperty({}, 'result', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => normalize(signingCloud, { status: 200, body: hostile })).not.toThrow();
    expect(fromResponse(signingCloud, { status: 200, body: hostile }).isErr()).toBe(true);
  });

  it('numeric strings are read with whitespace and leading zeros, as the number they hold', () => {
    expect(at200(' 6 ').code).toBe('6');
    expect(at200('0089').code).toBe('89');
    expect(fromResponse(signingCloud, { status: 200, body: envelope('0') }).isOk()).toBe(true);
  });

  it('bytes and BOM-prefixed JSON text are read like parsed bodies', () => {
    const bytes = new TextEncoder().encode(EXPIRED_TOKEN_TEXT);
    expect(normalize(signingCloud, { status: 200, body: bytes }).code).toBe('6');
    expect(normalize(signingCloud, { status: 200, body: `\uFEFF${EXPIRED_TOKEN_TEXT}` }).code).toBe(
      '6',
    );
  });
});

describe('personal data and secrets', () => {
  it('an echoed request full of personal data leaves none of it in the error', () => {
    const error = normalize(signingCloud, { status: 200, body: ECHOED_REQUEST });
    expect(error.category).toBe('unknown');
    expect(error.raw).toBeDefined();
    const json = JSON.stringify(error);
    for (const value of [...Object.values(PERSONAL), DATA, MAC]) {
      expect(json).not.toContain(value);
    }
    // The structure is kept for a person to read, only the values are gone.
    expect(json).toContain('integrationKey');
  });

  it('the same body under a redirect is redacted the same way', () => {
    const json = JSON.stringify(normalize(signingCloud, { status: 307, body: ECHOED_REQUEST }));
    for (const value of Object.values(PERSONAL)) expect(json).not.toContain(value);
  });

  it('data and mac are redaction keys of this provider', () => {
    expect(signingCloud.sensitiveKeys.has('data')).toBe(true);
    expect(signingCloud.sensitiveKeys.has('mac')).toBe(true);
  });
});

describe('totality', () => {
  const status = fc.option(fc.integer({ min: 0, max: 700 }), { nil: undefined });

  it('no result, status or payload lets data or mac through', () => {
    const data = fc.stringMatching(/^[A-Za-z0-9+/]{24,88}={0,2}$/);
    const mac = fc.stringMatching(/^[0-9a-f]{64}$/);
    const result = fc.oneof(
      fc.integer({ min: -5, max: 2100 }),
      fc.integer({ min: 0, max: 2100 }).map(String),
      fc.anything(),
    );
    fc.assert(
      fc.property(result, data, mac, status, (r, d, m, s) => {
        const json = JSON.stringify(
          normalize(signingCloud, { status: s, body: { result: r, data: d, mac: m } }),
        );
        expect(json).not.toContain(d);
        expect(json).not.toContain(m);
      }),
    );
  });

  it('fromResponse never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.integer({ min: 100, max: 599 }), (body, s) => {
        const result = fromResponse(signingCloud, { status: s, body });
        expect(result.isOk() || isKycError(result._unsafeUnwrapErr())).toBe(true);
      }),
    );
  });
});
