import { didYouMean, nearest } from './suggest.js';
import { UsageError } from './usage-error.js';

/** The options of every command, parsed. */
export interface Options {
  readonly json: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly status: string | undefined;
  readonly headers: readonly string[];
  readonly category: string | undefined;
}

/** What the command line holds: the options and the positional arguments, in order. */
export interface Parsed {
  readonly options: Options;
  readonly positionals: readonly string[];
}

type Flag = 'json' | 'help' | 'version';
type Valued = 'status' | 'header' | 'category';

const FLAGS: ReadonlyMap<string, Flag> = new Map([
  ['--json', 'json'],
  ['--help', 'help'],
  ['-h', 'help'],
  ['--version', 'version'],
  ['-v', 'version'],
]);
const VALUED: ReadonlyMap<string, Valued> = new Map([
  ['--status', 'status'],
  ['--header', 'header'],
  ['-H', 'header'],
  ['--category', 'category'],
]);
const LONG_NAMES = [...FLAGS.keys(), ...VALUED.keys()].filter((n) => n.startsWith('--'));

/**
 * Parses the command line ourselves (not `node:util`'s parseArgs) so every mistake gets one
 * line of our own: unknown options with the nearest known one, a missing value, a value
 * given to a flag. `--` ends the options; `--name=value` and `--name value` both work.
 */
export function parseArgs(argv: readonly string[]): Parsed {
  const flags = { json: false, help: false, version: false };
  let status: string | undefined;
  let category: string | undefined;
  const headers: string[] = [];
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.length < 2 || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const flag = FLAGS.get(name);
    if (flag !== undefined) {
      if (eq !== -1) throw new UsageError(`${name} takes no value`);
      flags[flag] = true;
      continue;
    }
    const valued = VALUED.get(name);
    if (valued === undefined) throw unknownOption(name);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value (see kyc-errors --help)`);
    if (valued === 'header') headers.push(value);
    else if (valued === 'status') {
      if (status !== undefined) throw new UsageError('--status is given twice');
      status = value;
    } else {
      if (category !== undefined) throw new UsageError('--category is given twice');
      category = value;
    }
  }
  return { options: { ...flags, status, headers, category }, positionals };
}

function unknownOption(name: string): UsageError {
  const hint = didYouMean(nearest(name, LONG_NAMES, 1));
  return new UsageError(
    `unknown option${hint === '' ? '' : `; ${hint}`} (kyc-errors --help lists the options)`,
  );
}
