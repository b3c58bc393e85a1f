import { catalogUrl } from '@kyc-errors/cli';
import { smileId } from '@kyc-errors/smile-id';
import { providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { ANSI, cli, expectOneLineError } from './helpers.js';

/** Every shipped provider id, in the order the command lists them: the umbrella's list. */
const KNOWN = Object.keys(providers).join(', ');

describe('kyc-errors explain', () => {
  it('explains a Smile ID code for people, with a link that opens from anywhere', async () => {
    const r = await cli(['explain', 'smile-id', '2205']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Smile ID 2205 {2}auth {2}INVALID_SIGNATURE/);
    expect(r.stdout).toMatch(/What it means:/);
    expect(r.stdout).toMatch(/What to do:/);
    expect(r.stdout).toMatch(/Retry:\s+no/);
    expect(r.stdout).toContain(
      'https://github.com/kyc-errors/kyc-errors/blob/main/docs/catalog/smile-id.md#2205',
    );
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('links only to catalog pages the repository publishes', () => {
    expect(catalogUrl(smileId)).toBe(
      'https://github.com/kyc-errors/kyc-errors/blob/main/docs/catalog/smile-id.md',
    );
    expect(catalogUrl({ ...smileId, id: 'acme' })).toBeUndefined();
  });

  it('--json prints the catalog entry', async () => {
    const r = await cli(['explain', 'signingcloud', '6', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      code: '6',
      kind: 'error',
      category: 'auth',
      retry: { action: 'refresh-credentials' },
    });
  });

  it('an overloaded code prints every entry (an array with --json)', async () => {
    const r = await cli(['explain', 'smile-id', '0001', '--json']);
    expect(JSON.parse(r.stdout)).toHaveLength(smileId.entries('0001').length);
    expect(smileId.entries('0001').length).toBeGreaterThan(1);
  });

  it('each entry of an overloaded code links to its own heading', async () => {
    const r = await cli(['explain', 'smile-id', '0001']);
    expect(r.stdout).toContain('smile-id.md#0001-data_invalid\n');
    expect(r.stdout).toContain('smile-id.md#0001-zip_extraction_failed\n');
  });

  it('an iDenfy identifier', async () => {
    const r = await cli(['explain', 'idenfy', 'TOO_MANY_REQUESTS']);
    expect(r.stdout).toMatch(/rate-limit/);
    expect(r.stdout).toMatch(/10,000/);
  });

  describe('a number is read as the vendor writes it when that is unambiguous', () => {
    it.each([
      ['signingcloud', '06', '6'],
      ['signingcloud', '0006', '6'],
      ['smile-id', '1', '0001'],
      ['smile-id', '840', '0840'],
    ])('%s %s is %s', async (provider, typed, code) => {
      const r = await cli(['explain', provider, typed, '--json']);
      expect(r.status).toBe(0);
      const json = JSON.parse(r.stdout);
      expect((Array.isArray(json) ? json[0] : json).code).toBe(code);
      // Said on stderr, so --json stays parseable; in our words, naming the catalog's code.
      expect(r.stderr).toBe(
        `kyc-errors: read the code as ${
          provider === 'smile-id' ? 'Smile ID' : 'SigningCloud'
        }'s code ${code}\n`,
      );
    });
  });

  describe('an unknown code exits 1 and suggests the nearest codes', () => {
    it.each([
      ['idenfy', 'too_many_requests', /Did you mean TOO_MANY_REQUESTS\?/],
      ['idenfy', 'TOO_MANY_REQUEST', /Did you mean TOO_MANY_REQUESTS\?/],
      ['idenfy', 'RATE_LIMITED', /Did you mean TOO_MANY_REQUESTS\?/],
      ['smile-id', '2206', /Did you mean 2205, 2207 or 2204\?/],
      ['signingcloud', '200', /Did you mean 100, 20 or 2001\?/],
    ])('%s %s', async (provider, typed, pattern) => {
      const r = await cli(['explain', provider, typed]);
      expectOneLineError(r, 1, new RegExp(`^kyc-errors: ${provider} has no such code\\. `));
      expect(r.stderr).toMatch(pattern);
      // The suggestions come from the catalog; outside them, what was typed does not come
      // back (TOO_MANY_REQUEST is inside the code it suggests).
      expect(r.stderr.replace(pattern, '')).not.toContain(typed);
    });

    it('and says what the family rule would infer', async () => {
      const r = await cli(['explain', 'smile-id', '2409']);
      expectOneLineError(r, 1, /no such code\..*family rule.*2209/);
      expect(r.stderr).not.toContain('2409');
    });

    it('or what the HTTP status would mean', async () => {
      const r = await cli(['explain', 'idenfy', '503']);
      expectOneLineError(r, 1, /HTTP status it would be retryable \(SERVICE_UNAVAILABLE\)/);
      expect(r.stderr).not.toContain('503');
    });

    it('or that neither applies', async () => {
      expectOneLineError(
        await cli(['explain', 'signingcloud', 'nope']),
        1,
        /No family rule or HTTP status applies/,
      );
    });

    it.each([
      ['smile-id', '__proto__'],
      ['idenfy', 'constructor'],
    ])('prototype names are not codes: %s %s', async (provider, typed) => {
      const r = await cli(['explain', provider, typed]);
      expectOneLineError(r, 1, /no such code/);
      expect(r.stderr).not.toContain(typed);
    });

    it('a typed code with control characters comes back in no form, raw or escaped', async () => {
      const r = await cli(['explain', 'idenfy', 'X\u001b]0;pwned\u0007\nkyc-errors: fine']);
      expectOneLineError(r, 1, /^kyc-errors: idenfy has no such code\./);
      for (const piece of ['\u001b', '\u0007', '\\u001b', 'pwned', 'fine'])
        expect(r.stderr).not.toContain(piece);
    });
  });

  describe('an unknown provider suggests the nearest ids', () => {
    it.each(['smileid', 'SMILE-ID', 'smile_id', 'smile-di'])('%s', async (typed) => {
      const r = await cli(['explain', typed, '2205']);
      expectOneLineError(
        r,
        2,
        new RegExp(
          `^kyc-errors: unknown provider; did you mean smile-id\\? \\(known providers: ${KNOWN}\\)$`,
        ),
      );
      expect(r.stderr).not.toContain(typed);
    });

    it.each([
      [['explain', 'acme', '1'], 'acme'],
      [['list', 'toString'], 'toString'],
    ])('and lists them when nothing is near: %j', async (args, typed) => {
      const r = await cli(args);
      expectOneLineError(
        r,
        2,
        new RegExp(`^kyc-errors: unknown provider \\(known providers: ${KNOWN}\\)$`),
      );
      expect(r.stderr).not.toContain(typed);
    });
  });
});
