import { describe, expect, it } from 'vitest';
import { ANSI, cli, expectOneLineError } from './helpers.js';

describe('kyc-errors: help, options and mistakes', () => {
  it('no arguments prints the help', async () => {
    const r = await cli([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^kyc-errors: explain KYC/);
    expect(r.stdout).toMatch(/explain <provider> <code>/);
    expect(r.stdout).toMatch(/normalize <provider>/);
    expect(r.stdout).toMatch(/list <provider>/);
  });

  it.each([['--help'], ['-h'], ['help']])('%s prints the help', async (arg) => {
    expect((await cli([arg])).stdout).toBe((await cli([])).stdout);
  });

  it.each(['explain', 'normalize', 'list', 'events', 'providers'])('%s --help', async (command) => {
    const r = await cli([command, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: kyc-errors ${command}`));
    expect((await cli(['help', command])).stdout).toBe(r.stdout);
  });

  it('--version', async () => {
    expect((await cli(['--version'])).stdout).toBe('0.0.0-test\n');
  });

  describe('unknown options get one line of our own, with the nearest option', () => {
    // The third column is what was typed and must not come back: the line is ours alone.
    it.each([
      [
        ['explain', 'smile-id', '2205', '--josn'],
        /^kyc-errors: unknown option; did you mean --json\? \(kyc-errors --help lists the options\)$/,
        '--josn',
      ],
      [
        ['list', 'idenfy', '--categroy', 'auth'],
        /^kyc-errors: unknown option; did you mean --category\? /,
        '--categroy',
      ],
      [
        ['list', 'idenfy', '--bogus'],
        /^kyc-errors: unknown option \(kyc-errors --help lists the options\)$/,
        'bogus',
      ],
      [['list', 'idenfy', '-x'], /^kyc-errors: unknown option \(/, '-x'],
      [['list', 'idenfy', '--json=yes'], /--json takes no value/, 'yes'],
      [['normalize', 'idenfy', '--status'], /--status needs a value/, undefined],
      [
        ['normalize', 'idenfy', '--status', '401', '--status', '402'],
        /--status is given twice/,
        '40',
      ],
    ])('%j', async (args, pattern, typed) => {
      const r = await cli(args);
      expectOneLineError(r, 2, pattern);
      if (typed !== undefined) expect(r.stderr).not.toContain(typed);
      // Not node:util's message.
      expect(r.stderr).not.toMatch(/positional argument/);
    });
  });

  it('-- ends the options', async () => {
    // Exit 1: "--json" was read as a code (not the flag), and is not echoed.
    const r = await cli(['explain', 'idenfy', '--', '--json']);
    expectOneLineError(r, 1, /^kyc-errors: idenfy has no such code\./);
    expect(r.stderr).not.toContain('--json');
  });

  it('--status=N and --header=V work too', async () => {
    const r = await cli(
      ['normalize', 'idenfy', '--status=429', '--header=Retry-After: 5', '--json'],
      'slow down',
    );
    expect(JSON.parse(r.stdout)).toMatchObject({ httpStatus: 429, retry: { afterMs: 5000 } });
  });

  it.each([
    [
      ['frobnicate'],
      /^kyc-errors: unknown command; the commands are explain, normalize, list, events, providers \(/,
      'frobnicate',
    ],
    [
      ['explian', 'smile-id', '2205'],
      /^kyc-errors: unknown command; did you mean explain\?/,
      'explian',
    ],
    [['explain'], /missing arguments/, undefined],
    [['explain', 'smile-id'], /missing arguments/, undefined],
    [
      ['explain', 'smile-id', '2205', 'extra'],
      /^kyc-errors: too many arguments for explain$/,
      'extra',
    ],
    [['list', 'idenfy', '--status', '400'], /--status goes with normalize only/, '400'],
    [['explain', 'idenfy', 'X', '-H', 'a: b'], /--header goes with normalize only/, 'a: b'],
    [['explain', 'idenfy', 'X', '--category', 'auth'], /--category goes with list only/, 'auth'],
  ])('%j', async (args, pattern, typed) => {
    const r = await cli(args);
    expectOneLineError(r, 2, pattern);
    if (typed !== undefined) expect(r.stderr).not.toContain(typed);
  });

  describe('colour', () => {
    it('is off when stdout is not a TTY, on with FORCE_COLOR, off again with NO_COLOR', async () => {
      const explain = ['explain', 'smile-id', '2205'];
      expect((await cli(explain)).stdout).not.toMatch(ANSI);
      expect((await cli(explain, '', { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ANSI);
      expect(
        (await cli(explain, '', { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout,
      ).not.toMatch(ANSI);
    });

    it('--json is never coloured', async () => {
      const r = await cli(['explain', 'smile-id', '2205', '--json'], '', {
        env: { FORCE_COLOR: '1' },
        stdoutIsTTY: true,
      });
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    });
  });
});
