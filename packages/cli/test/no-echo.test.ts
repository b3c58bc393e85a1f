import { defaultRegistry } from '@kyc-errors/cli';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

// The rule behind every usage error: one line of our own and a non-zero exit, never what
// the command was handed. An argument can be a credential pasted in the wrong place (issue
// 21: a --header without its colon), so each case below plants a secret in the one argument
// that is wrong, and the secret must not come back on either stream, in any case.

const PROVIDERS = defaultRegistry().ids();
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const word = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...LETTERS), minLength: min, maxLength: max });

/** A secret, and the text it is written as in the argument. */
interface Planted {
  readonly secret: string;
  readonly text: string;
}

// The fixed prefix and the length keep a secret from ever matching our own words.
const secrets: fc.Arbitrary<Planted> = fc.oneof(
  word(8, 32).map((w) => ({ secret: `Qx${w}`, text: `Qx${w}` })),
  word(16, 40).map((w) => ({ secret: `eyJ${w}`, text: `Bearer eyJ${w}` })),
  fc
    .tuple(word(6, 16), word(3, 10))
    .map(([user, host]) => ({ secret: `qx.${user}@${host}`, text: `qx.${user}@${host}.com` })),
  fc.stringMatching(/^[1-9]\d{11,18}$/).map((digits) => ({ secret: digits, text: digits })),
  word(20, 32).map((w) => ({ secret: `sk_live_Qx${w}`, text: `sk_live_Qx${w}` })),
);

// What may sit around the secret: nothing, a forged second line, a terminal escape.
const around = fc.constantFrom(
  '',
  ' ',
  '\n',
  '\r\nkyc-errors: ok\r\n',
  '\u001b]0;x\u0007',
  '\u2028',
);

/** One wrong argument in an otherwise good command line, and the secret it carries. */
interface Case {
  readonly argv: readonly string[];
  readonly secret: string;
}

const provider = fc.constantFrom(...PROVIDERS);

const cases: Record<string, fc.Arbitrary<Case>> = {
  'an unknown option': fc
    .tuple(secrets, around, fc.constantFrom('--', '-', '--x-'), fc.boolean(), provider)
    .map(([s, a, dash, valued, p]) => ({
      argv: ['list', p, valued ? `--token=${s.text}${a}` : `${dash}${s.text}${a}`],
      secret: s.secret,
    })),
  'a --header without a colon, or with a name that is not one': fc
    .tuple(
      secrets,
      around,
      fc.constantFrom('', 'Authorization ', 'X-Api-Key ', 'Api Key: ', 'Cookie=', ': '),
      provider,
    )
    .map(([s, a, before, p]) => ({
      argv: ['normalize', p, '--status', '401', '--header', `${before}${s.text}${a}`],
      secret: s.secret,
    })),
  'a --status that is not a status': fc
    .tuple(secrets, around, fc.boolean(), provider)
    .map(([s, a, inline, p]) => ({
      argv: inline
        ? ['normalize', p, `--status=${s.text}${a}`]
        : ['normalize', p, '--status', `${s.text}${a}`],
      secret: s.secret,
    })),
  'an unknown provider': fc
    .tuple(secrets, around, fc.constantFrom('explain', 'list', 'normalize'))
    .map(([s, a, command]) => ({
      argv: command === 'explain' ? [command, `${s.text}${a}`, '2205'] : [command, `${s.text}${a}`],
      secret: s.secret,
    })),
  'an unknown command': fc
    .tuple(secrets, around, provider)
    .map(([s, a, p]) => ({ argv: [`${s.text}${a}`, p], secret: s.secret })),
  'an unknown category': fc
    .tuple(secrets, around, provider)
    .map(([s, a, p]) => ({ argv: ['list', p, '--category', `${s.text}${a}`], secret: s.secret })),
  'an unknown code': fc
    .tuple(secrets, around, provider)
    .map(([s, a, p]) => ({ argv: ['explain', p, `${s.text}${a}`], secret: s.secret })),
  'one argument too many': fc
    .tuple(secrets, around, provider)
    .chain(([s, a, p]) =>
      fc.constantFrom<Case>(
        { argv: ['explain', p, '2205', `${s.text}${a}`], secret: s.secret },
        { argv: ['list', p, `${s.text}${a}`], secret: s.secret },
        { argv: ['providers', `${s.text}${a}`], secret: s.secret },
      ),
    ),
  'a value given to a flag': fc
    .tuple(secrets, around, fc.constantFrom('--json', '--help', '--version'), provider)
    .map(([s, a, flag, p]) => ({ argv: ['list', p, `${flag}=${s.text}${a}`], secret: s.secret })),
};

/** Exactly one line: no CR, LF or Unicode line separator before the final newline. */
const ONE_LINE = /^kyc-errors: [^\r\n\u2028\u2029]*\n$/;

describe('usage errors never echo what the command was handed', () => {
  it.each(Object.entries(cases))('%s', async (_, arbitrary) => {
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ argv, secret }) => {
        const r = await cli(argv, '{"message":"x"}');
        expect(r.status).not.toBe(0);
        expect(r.stderr).toMatch(ONE_LINE);
        expect(r.stdout).toBe('');
        for (const text of [r.stderr, r.stdout]) {
          expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('a pasted response with a bad line is named by number, never quoted', () => {
  const header = fc.constantFrom('Content-Type: application/json', 'retry-after: 30', 'x-a: b');
  const bad = fc
    .tuple(secrets, fc.constantFrom('', 'Authorization ', 'Api Key: ', 'HTTP/1.1 '))
    .map(([s, before]) => ({ line: `${before}${s.text}`, secret: s.secret }));

  it.each([
    ['a header line', false],
    ['a status line', true],
  ])('%s', async (_, inStatusLine) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(header, { maxLength: 4 }),
        fc.array(header, { maxLength: 4 }),
        bad,
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        async (before, after, { line, secret }, eol, interim) => {
          const head = inStatusLine
            ? [`HTTP/1.1 4${line}`, ...before]
            : ['HTTP/2 401 ', ...before, line, ...after];
          const preamble = interim ? ['HTTP/1.1 100 Continue', ''] : [];
          const input = [...preamble, ...head, '', '{"message":"x"}'].join(eol);
          const r = await cli(['normalize', 'idenfy'], input);
          expect(r.status).toBe(2);
          expect(r.stderr).toMatch(ONE_LINE);
          expect(r.stderr).toMatch(/^kyc-errors: line \d+ of the pasted response is /);
          expect(r.stdout).toBe('');
          expect(r.stderr.toLowerCase()).not.toContain(secret.toLowerCase());
        },
      ),
      { numRuns: 200 },
    );
  });
});
