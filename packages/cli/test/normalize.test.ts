import { describe, expect, it } from 'vitest';
import { cli, expectOneLineError } from './helpers.js';

const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);

describe('kyc-errors normalize', () => {
  describe('an envelope {status, headers, body}', () => {
    it('with headers and a JSON-string body', async () => {
      const input = JSON.stringify({
        status: 429,
        headers: { 'Retry-After': '30' },
        body: JSON.stringify({ identifier: 'TOO_MANY_REQUESTS', message: 'Too many requests' }),
      });
      const r = await cli(['normalize', 'idenfy', '--json'], input);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({
        provider: 'idenfy',
        code: 'TOO_MANY_REQUESTS',
        category: 'rate-limit',
        retry: { retryable: true, afterMs: 30_000 },
      });
    });

    it('with an HTML proxy page', async () => {
      const input = JSON.stringify({
        status: 502,
        body: '<html><title>502 Bad Gateway</title></html>',
      });
      const r = await cli(['normalize', 'signingcloud', '--json'], input);
      expect(JSON.parse(r.stdout)).toMatchObject({ category: 'retryable', httpStatus: 502 });
    });

    it('takes --status when it has no status of its own', async () => {
      const r = await cli(['normalize', 'idenfy', '--status', '503', '--json'], '{"body":"down"}');
      expect(JSON.parse(r.stdout)).toMatchObject({ httpStatus: 503, category: 'retryable' });
    });

    it('--status with an envelope that has its own status is an error, not ignored', async () => {
      const r = await cli(
        ['normalize', 'idenfy', '--status', '400'],
        '{"status":4111111111111111,"body":{}}',
      );
      expectOneLineError(
        r,
        2,
        /^kyc-errors: --status was given, but the envelope has its own status; give one or the other$/,
      );
      expect(r.stderr).not.toContain('4111111111111111');
    });

    it('--header with an envelope that has its own headers is an error', async () => {
      expectOneLineError(
        await cli(
          ['normalize', 'idenfy', '-H', 'Retry-After: 5'],
          '{"status":429,"headers":{"Retry-After":"30"}}',
        ),
        2,
        /envelope has its own headers/,
      );
    });
  });

  describe('a raw body as the vendor sent it, with --status and --header', () => {
    it('JSON', async () => {
      const r = await cli(
        ['normalize', 'smile-id', '--status', '401'],
        '{"code":"2205","error":"You are not authorized to do that"}',
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Smile ID 2205/);
      expect(r.stdout).toMatch(/HTTP status:\s+401/);
    });

    it('a Smile ID v3 body is a body even though it has a "status" key', async () => {
      const r = await cli(
        ['normalize', 'smile-id', '--status', '402', '--json'],
        '{"status":"Payment Required","message":"Insufficient balance"}',
      );
      expect(JSON.parse(r.stdout)).toMatchObject({ category: 'account', httpStatus: 402 });
    });

    it('HTML', async () => {
      const html =
        '<html>\n<head><title>504 Gateway Time-out</title></head>\n<body>nginx</body>\n</html>\n';
      const r = await cli(['normalize', 'smile-id', '--status', '504', '--json'], html);
      expect(JSON.parse(r.stdout)).toMatchObject({ category: 'retryable', httpStatus: 504 });
    });

    it('plain text, with headers (repeated ones combine)', async () => {
      const r = await cli(
        [
          'normalize',
          'idenfy',
          '--status',
          '429',
          '--header',
          'Retry-After: 30',
          '-H',
          'x-request-id:abc',
          '--json',
        ],
        'Too many requests\n',
      );
      expect(JSON.parse(r.stdout)).toMatchObject({
        category: 'rate-limit',
        retry: { afterMs: 30_000 },
      });
    });

    it('a header named like a prototype property is just a header', async () => {
      const r = await cli(
        ['normalize', 'idenfy', '--status', '503', '-H', '__proto__: x', '--json'],
        'down',
      );
      expect(r.status).toBe(0);
    });

    it.each([['Retry-After 30'], [': 30'], ['Bad Name: 1']])(
      'a malformed --header %j',
      async (h) => {
        expectOneLineError(
          await cli(['normalize', 'idenfy', '--status', '429', '--header', h], 'x'),
          2,
          /^kyc-errors: --header must look like "Retry-After: 30" \(a name, a colon, a value\)$/,
        );
      },
    );

    it('a credential given to --header without its colon is not echoed (issue 21)', async () => {
      const token = 'Bearer eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.QxK7mZ9pL2vR8sT4';
      for (const header of [`Authorization ${token}`, token]) {
        const r = await cli(['normalize', 'idenfy', '--status', '401', '-H', header], 'x');
        expectOneLineError(r, 2, /--header must look like "Retry-After: 30"/);
        expect(r.stderr).not.toContain('eyJhbGciOiJIUzI1NiJ9');
        expect(r.stderr).not.toContain('QxK7mZ9pL2vR8sT4');
      }
    });

    it.each([['abc'], ['42'], ['600'], ['4290'], ['sk_live_QxK7mZ9p']])(
      'a bad --status %j is a usage error that does not repeat it',
      async (status) => {
        const r = await cli(['normalize', 'idenfy', '--status', status], '{}');
        expectOneLineError(r, 2, /^kyc-errors: --status must be an HTTP status from 100 to 599$/);
        expect(r.stderr).not.toContain(status);
      },
    );
  });

  describe('a whole response pasted as text (curl -i)', () => {
    // As `curl -i` prints it: HTTP/2 writes a space after the status and lower-case names.
    const curl429 = [
      'HTTP/2 429 ',
      'date: Tue, 14 Jan 2025 10:00:00 GMT',
      'content-type: application/json',
      'retry-after: 30',
      'set-cookie: session=QxCookieSecret81; Path=/; HttpOnly',
      'x-request-id: 6f1c2a9e-QxRequestId',
      '',
      '{"identifier":"TOO_MANY_REQUESTS","message":"Too many requests"}',
      '',
    ].join('\n');

    it('429 with Retry-After from pasted curl -i output', async () => {
      const r = await cli(['normalize', 'idenfy', '--json'], curl429);
      expect(r.status).toBe(0);
      const error = JSON.parse(r.stdout);
      expect(error).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        category: 'rate-limit',
        httpStatus: 429,
        retry: { retryable: true, afterMs: 30_000 },
        vendorMessage: 'Too many requests',
      });
      // The headers are read as headers, not left in the body as the vendor's message.
      for (const header of ['HTTP/2', 'content-type', 'QxCookieSecret81', 'QxRequestId'])
        expect(r.stdout).not.toContain(header);
    });

    it('a 100 Continue preamble followed by the real response', async () => {
      const input = [
        'HTTP/1.1 100 Continue',
        '',
        'HTTP/1.1 401 Unauthorized',
        'Content-Type: application/json',
        '',
        '{"code":"2205","error":"You are not authorized to do that"}',
      ].join('\r\n');
      const r = await cli(['normalize', 'smile-id', '--json'], input);
      expect(JSON.parse(r.stdout)).toMatchObject({ code: '2205', httpStatus: 401 });
    });

    it("a proxy's 200 Connection established and a redirect (-L) before the response", async () => {
      const input = [
        'HTTP/1.1 200 Connection established',
        '',
        'HTTP/1.1 302 Found',
        'Location: https://api.example.com/v2',
        '',
        'HTTP/2 503 ',
        'retry-after: 5',
        '',
        'down',
      ].join('\r\n');
      const r = await cli(['normalize', 'idenfy', '--json'], input);
      expect(JSON.parse(r.stdout)).toMatchObject({ httpStatus: 503, retry: { afterMs: 5000 } });
    });

    it('CRLF line endings, an HTML body', async () => {
      const input =
        'HTTP/1.1 503 Service Unavailable\r\nRetry-After: 120\r\nContent-Type: text/html\r\n\r\n' +
        '<html><head><title>503 Service Unavailable</title></head></html>\r\n';
      const r = await cli(['normalize', 'signingcloud', '--json'], input);
      const error = JSON.parse(r.stdout);
      expect(error).toMatchObject({
        category: 'retryable',
        httpStatus: 503,
        retry: { afterMs: 120_000 },
      });
      expect(r.stdout).not.toContain('\\r');
      expect(r.stdout).not.toContain('Retry-After: 120');
    });

    it('CRLF line endings, a JSON body', async () => {
      const input = curl429.replaceAll('\n', '\r\n');
      const r = await cli(['normalize', 'idenfy', '--json'], input);
      expect(JSON.parse(r.stdout)).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        retry: { afterMs: 30_000 },
      });
    });

    it('headers only (curl -I): the status and headers, no body', async () => {
      const r = await cli(
        ['normalize', 'idenfy', '--json'],
        'HTTP/1.1 429 Too Many Requests\r\nRetry-After: 7\r\n',
      );
      const error = JSON.parse(r.stdout);
      expect(error).toMatchObject({ httpStatus: 429, retry: { afterMs: 7000 } });
      expect(error.vendorMessage).toBeUndefined();
    });

    it('--status as well is an error: the status line already says it', async () => {
      expectOneLineError(
        await cli(['normalize', 'idenfy', '--status', '429'], curl429),
        2,
        /^kyc-errors: --status was given, but the pasted response has its own status line; give one or the other$/,
      );
    });

    it('--header as well is an error when the response has headers, and used when it has none', async () => {
      expectOneLineError(
        await cli(['normalize', 'idenfy', '-H', 'Retry-After: 5'], curl429),
        2,
        /^kyc-errors: --header was given, but the pasted response has its own headers; give them in one place$/,
      );
      const r = await cli(
        ['normalize', 'idenfy', '-H', 'Retry-After: 5', '--json'],
        'HTTP/1.1 429 Too Many Requests\n\nslow down',
      );
      expect(JSON.parse(r.stdout)).toMatchObject({ httpStatus: 429, retry: { afterMs: 5000 } });
    });

    it.each([
      [
        'a header line without its colon',
        'HTTP/1.1 401 Unauthorized\nAuthorization Bearer QxTok3nSecret\n\n{}',
        /line 2 of the pasted response is neither a header/,
      ],
      [
        'a status out of range',
        'HTTP/1.1 999 QxTok3nSecret\n\n{}',
        /line 1 of the pasted response is not a status line/,
      ],
      [
        'a second status line that is not one',
        'HTTP/1.1 100 Continue\n\nHTTP/1.1 4290 QxTok3nSecret\n\n{}',
        /line 3 of the pasted response is not a status line/,
      ],
      [
        'a body that starts like JSON',
        'HTTP/1.1 400 Bad Request\n\n{"token": QxTok3nSecret',
        /the pasted body starts like JSON but is not valid JSON/,
      ],
    ])('%s: one line naming the line, never its text', async (_, input, pattern) => {
      const r = await cli(['normalize', 'idenfy'], input);
      expectOneLineError(r, 2, pattern);
      expect(r.stderr).not.toContain('QxTok3nSecret');
    });

    it('normalize --help says so', async () => {
      const r = await cli(['normalize', '--help']);
      expect(r.stdout).toMatch(/as curl -i prints it/);
      expect(r.stdout).toMatch(/--status then conflicts with its status line/);
    });

    it('a body that merely mentions HTTP/1.1 is a body', async () => {
      const r = await cli(
        ['normalize', 'idenfy', '--status', '502', '--json'],
        'Bad gateway: upstream answered HTTP/1.1 502',
      );
      expect(JSON.parse(r.stdout)).toMatchObject({ httpStatus: 502 });
    });
  });

  describe('on a terminal', () => {
    it('says how to end the paste, on stderr', async () => {
      const r = await cli(['normalize', 'idenfy', '--json'], '{"status":500}', {
        stdinIsTTY: true,
      });
      expect(r.stderr).toMatch(/Paste the response/);
      expect(r.stderr).toMatch(/Ctrl-D/);
      expect(JSON.parse(r.stdout)).toMatchObject({ httpStatus: 500 });
    });

    it('says nothing when the input is piped', async () => {
      const r = await cli(['normalize', 'idenfy'], '{"status":500}');
      expect(r.stderr).toBe('');
    });
  });

  describe('bad input: one line, never the input itself', () => {
    it('nothing at all', async () => {
      expectOneLineError(await cli(['normalize', 'idenfy'], ' \n'), 2, /got nothing/);
    });

    it('invalid JSON is not echoed', async () => {
      const input = '{"status": 4, "body": {"FullName": "Ada Obi", "IDNumber": "A01234567"';
      const r = await cli(['normalize', 'smile-id'], input);
      expectOneLineError(r, 2, /starts like JSON but is not valid JSON \(at character \d+\)$/);
      expect(r.stderr).not.toContain('Ada');
      expect(r.stderr).not.toContain('A0123');
    });

    it('more than 16 MiB', async () => {
      expectOneLineError(
        await cli(['normalize', 'idenfy'], 'x'.repeat(16 * 1024 * 1024 + 1)),
        2,
        /larger than 16 MiB/,
      );
    });
  });

  it('never prints the personal data of the input', async () => {
    const input = JSON.stringify({
      status: 200,
      body: {
        ResultCode: '0001',
        ResultText: 'System Error',
        FullName: 'Ada Obi',
        DOB: '1990-01-01',
        IDNumber: 'A01234567',
        PhoneNumber: '+2348035550199',
      },
    });
    for (const flags of [[], ['--json']]) {
      const r = await cli(['normalize', 'smile-id', ...flags], input);
      expect(r.status).toBe(0);
      for (const secret of ['Ada Obi', '1990-01-01', 'A01234567', '2348035550199'])
        expect(r.stdout).not.toContain(secret);
    }
  });

  describe('control characters from the response are escaped in human output', () => {
    const hostile = `Bad things${ESC}]0;retitled${BEL}${ESC}[2J\r\nkyc-errors: forged line\u009b31m\u202etxt.exe`;

    it.each([
      ['a text body', ['--status', '400'], hostile],
      [
        'a JSON message',
        ['--status', '400'],
        JSON.stringify({ identifier: 'BAD_VALUE', message: hostile }),
      ],
    ])('%s', async (_, flags, input) => {
      const r = await cli(['normalize', 'idenfy', ...flags], input, { env: { FORCE_COLOR: '0' } });
      expect(r.status).toBe(0);
      expect(r.stdout).not.toContain(ESC);
      expect(r.stdout).not.toContain(BEL);
      expect(r.stdout).not.toContain('\r');
      expect(r.stdout).not.toContain('\u009b');
      expect(r.stdout).not.toContain('\u202e');
      expect(r.stdout).not.toMatch(/^kyc-errors: forged line/m);
    });

    it('and in --json output, which stays equal once parsed', async () => {
      const input = JSON.stringify({ identifier: 'BAD_VALUE', message: 'a\u009b31mb\u2028c' });
      const r = await cli(['normalize', 'idenfy', '--status', '400', '--json'], input);
      expect(r.stdout).not.toMatch(/[\u0080-\u009f\u2028]/);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    });
  });
});
