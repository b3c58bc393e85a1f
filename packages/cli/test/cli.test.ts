import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built bin, exactly as `npx kyc-errors` runs it. The test command builds first.
const bin = fileURLToPath(new URL('../bin/kyc-errors.js', import.meta.url));
const umbrellaBin = fileURLToPath(new URL('../../kyc-errors/bin/kyc-errors.js', import.meta.url));

/** Any ANSI escape sequence; built from a string to keep control characters out of regex literals. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], input?: string, env: Record<string, string> = {}, file = bin): Run {
  const r = spawnSync(process.execPath, [file, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 20_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A failure must be exactly one line on stderr, without a stack trace. */
function expectOneLineError(r: Run, exit: number, pattern: RegExp): void {
  expect(r.status).toBe(exit);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^kyc-errors: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('kyc-errors (built bin)', () => {
  it('is built', () => {
    expect(existsSync(bin)).toBe(true);
  });

  describe('help and version', () => {
    it('--help lists the commands', () => {
      const r = cli(['--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/explain <provider> <code>/);
      expect(r.stdout).toMatch(/normalize <provider>/);
      expect(r.stdout).toMatch(/list <provider>/);
    });

    it.each(['explain', 'normalize', 'list', 'providers'])('%s --help', (command) => {
      const r = cli([command, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: kyc-errors ${command}`));
    });

    it('--version prints the package version', () => {
      const r = cli(['--version']);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    });
  });

  describe('explain', () => {
    it('explains a Smile ID code for people', () => {
      const r = cli(['explain', 'smile-id', '2205']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Smile ID 2205/);
      expect(r.stdout).toMatch(/\bauth\b/);
      expect(r.stdout).toMatch(/What it means:/);
      expect(r.stdout).toMatch(/What to do:/);
      expect(r.stdout).toMatch(/Retry:\s+no/);
      expect(r.stdout).toMatch(/docs\/catalog\/smile-id\.md#code-2205/);
      expect(r.stdout).not.toMatch(ANSI);
    });

    it('--json prints the catalog entry', () => {
      const r = cli(['explain', 'signingcloud', '6', '--json']);
      expect(r.status).toBe(0);
      const entry = JSON.parse(r.stdout);
      expect(entry).toMatchObject({
        code: '6',
        kind: 'error',
        category: 'auth',
        retry: { action: 'refresh-credentials' },
      });
    });

    it('an overloaded code prints every entry (an array with --json)', () => {
      const r = cli(['explain', 'smile-id', '0001', '--json']);
      expect(r.status).toBe(0);
      const entries = JSON.parse(r.stdout);
      expect(Array.isArray(entries)).toBe(true);
      expect(entries.length).toBe(3);
    });

    it('an iDenfy identifier', () => {
      const r = cli(['explain', 'idenfy', 'TOO_MANY_REQUESTS']);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/rate-limit/);
      expect(r.stdout).toMatch(/10,000/);
    });

    it('an unknown code exits 1 and says what the family rule would infer', () => {
      expectOneLineError(
        cli(['explain', 'smile-id', '2409']),
        1,
        /no code "2409".*family rule.*2209/,
      );
    });

    it('an unknown code that looks like an HTTP status says what the status would mean', () => {
      expectOneLineError(cli(['explain', 'idenfy', '503']), 1, /HTTP status.*retryable/);
    });

    it('an unknown code with no inference says so', () => {
      expectOneLineError(
        cli(['explain', 'signingcloud', 'nope']),
        1,
        /no family rule or HTTP status/,
      );
    });

    it('prototype names are not codes', () => {
      expectOneLineError(cli(['explain', 'smile-id', '__proto__']), 1, /no code "__proto__"/);
      expectOneLineError(cli(['explain', 'idenfy', 'constructor']), 1, /no code "constructor"/);
    });
  });

  describe('normalize', () => {
    it('an envelope with status, headers and a JSON-string body', () => {
      const input = JSON.stringify({
        status: 429,
        headers: { 'Retry-After': '30' },
        body: JSON.stringify({ identifier: 'TOO_MANY_REQUESTS', message: 'Too many requests' }),
      });
      const r = cli(['normalize', 'idenfy', '--json'], input);
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({
        provider: 'idenfy',
        code: 'TOO_MANY_REQUESTS',
        category: 'rate-limit',
        retry: { retryable: true, afterMs: 30_000 },
      });
    });

    it('a bare vendor body with --status', () => {
      const r = cli(
        ['normalize', 'smile-id', '--status', '401'],
        '{"code":"2205","error":"You are not authorized to do that"}',
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Smile ID 2205/);
      expect(r.stdout).toMatch(/HTTP status:\s+401/);
    });

    it('a Smile ID v3 body is a bare body even though it has a "status" key', () => {
      const r = cli(
        ['normalize', 'smile-id', '--status', '402', '--json'],
        '{"status":"Payment Required","message":"Insufficient balance"}',
      );
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ category: 'account', httpStatus: 402 });
    });

    it('an HTML proxy page in an envelope', () => {
      const r = cli(
        ['normalize', 'signingcloud', '--json'],
        JSON.stringify({ status: 502, body: '<html><title>502 Bad Gateway</title></html>' }),
      );
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({ category: 'retryable', httpStatus: 502 });
    });

    it('never prints the personal data of the input', () => {
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
        const r = cli(['normalize', 'smile-id', ...flags], input);
        expect(r.status).toBe(0);
        for (const secret of ['Ada Obi', '1990-01-01', 'A01234567', '2348035550199'])
          expect(r.stdout).not.toContain(secret);
      }
    });

    it('empty input is a usage error', () => {
      expectOneLineError(
        cli(['normalize', 'idenfy'], ''),
        2,
        /expects a JSON failure on standard input/,
      );
    });

    it('invalid JSON is a usage error', () => {
      expectOneLineError(cli(['normalize', 'idenfy'], '{"status": 4'), 2, /not valid JSON/);
    });

    it('a bad --status is a usage error', () => {
      expectOneLineError(
        cli(['normalize', 'idenfy', '--status', 'abc'], '{}'),
        2,
        /--status must be an HTTP status/,
      );
    });
  });

  describe('list', () => {
    it('prints one line per catalog entry', () => {
      const r = cli(['list', 'signingcloud']);
      expect(r.status).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      // 0-31, 35-115 and 2001-2029
      expect(lines).toHaveLength(32 + 81 + 29);
      expect(lines[0]).toMatch(/^0\s+success/);
    });

    it('--json prints the whole catalog as an array', () => {
      const r = cli(['list', 'idenfy', '--json']);
      expect(r.status).toBe(0);
      const catalog = JSON.parse(r.stdout);
      expect(catalog.map((e: { code: string }) => e.code)).toContain('TOO_MANY_REQUESTS');
    });

    it('providers lists the three vendors', () => {
      const r = cli(['providers', '--json']);
      expect(JSON.parse(r.stdout).map((p: { id: string }) => p.id)).toEqual([
        'smile-id',
        'idenfy',
        'signingcloud',
      ]);
    });
  });

  describe('bad arguments: one line on stderr, non-zero exit, no stack', () => {
    it.each([
      [[], /missing command/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['explain'], /missing arguments/],
      [['explain', 'smile-id'], /missing arguments/],
      [['explain', 'smile-id', '2205', 'extra'], /unexpected argument "extra"/],
      [
        ['explain', 'acme', '1'],
        /unknown provider "acme"; known providers: smile-id, idenfy, signingcloud/,
      ],
      [['list', 'toString'], /unknown provider "toString"/],
      [['explain', 'smile-id', '2205', '--bogus'], /--bogus/],
      [['list', 'idenfy', '--status', '400'], /--status goes with normalize only/],
    ])('%j', (args, pattern) => {
      expectOneLineError(cli(args as string[]), 2, pattern);
    });
  });

  describe('colour', () => {
    it('is off when stdout is not a TTY, on with FORCE_COLOR, off again with NO_COLOR', () => {
      expect(cli(['explain', 'smile-id', '2205']).stdout).not.toMatch(ANSI);
      expect(cli(['explain', 'smile-id', '2205'], '', { FORCE_COLOR: '1' }).stdout).toMatch(ANSI);
      expect(
        cli(['explain', 'smile-id', '2205'], '', { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout,
      ).not.toMatch(ANSI);
    });

    it('--json is never coloured', () => {
      expect(() =>
        JSON.parse(cli(['explain', 'smile-id', '2205', '--json'], '', { FORCE_COLOR: '1' }).stdout),
      ).not.toThrow();
    });
  });

  it('the umbrella package carries the same command (npx kyc-errors)', () => {
    const r = cli(['explain', 'smile-id', '2215'], undefined, {}, umbrellaBin);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/check-status/);
  });
});
