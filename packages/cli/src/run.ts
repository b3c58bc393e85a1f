import {
  CATEGORIES,
  type CatalogEntry,
  normalize,
  type Provider,
  type Registry,
} from '@kyc-errors/core';
import { type Options, parseArgs } from './args.js';
import { inCategory, vendorOrder } from './codes.js';
import { describeError, eventLines, listLines } from './describe.js';
import { explain } from './explain.js';
import { COMMAND_HELP, COMMANDS, type Command, HELP } from './help.js';
import { readFailure } from './input.js';
import { defaultRegistry } from './registry.js';
import { styleFor } from './style.js';
import { didYouMean, nearest } from './suggest.js';
import { jsonText } from './text.js';
import { EXIT, UsageError } from './usage-error.js';

export { EXIT } from './usage-error.js';

/** Where the command reads and writes; injectable for tests. */
export interface Io {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown };
  /** Standard input, read to its end (on a terminal: until the user ends it with Ctrl-D). */
  readonly readStdin: () => Promise<string | undefined>;
  /** Whether standard input is a terminal: `normalize` then says how to end the paste. */
  readonly stdinIsTTY?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly version: string;
}

const TTY_HINT =
  'Paste the response (curl -i output, the body as the vendor sent it, or an envelope\n{"status", "headers", "body"}), then press Ctrl-D on an empty line (Ctrl-Z, Enter on Windows).\n';

/**
 * Runs the command with `argv` (without the node and script paths) and answers with the
 * exit code. Never throws: every failure becomes one line on standard error.
 */
export async function run(
  argv: readonly string[],
  io: Io,
  registry: Registry = defaultRegistry(),
): Promise<number> {
  try {
    return await dispatch(argv, io, registry);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`kyc-errors: ${e.message}\n`);
      return e.exitCode;
    }
    // Only the error's class: its message may quote what the command was handed.
    const name = e instanceof Error && /^[A-Za-z]{1,40}$/.test(e.name) ? e.name : 'unknown';
    io.stderr.write(`kyc-errors: internal error (${name}); please report it\n`);
    return EXIT.internal;
  }
}

async function dispatch(argv: readonly string[], io: Io, registry: Registry): Promise<number> {
  const { options, positionals } = parseArgs(argv);
  const style = options.json ? styleFor(false, io.env) : styleFor(io.stdout.isTTY, io.env);
  const out = (s: string) => io.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
  const [typed, ...rest] = positionals;

  if (options.version) {
    out(io.version);
    return EXIT.ok;
  }
  if (typed === undefined || typed === 'help') {
    const about = typed === 'help' ? rest[0] : undefined;
    out(about !== undefined && isCommand(about) ? COMMAND_HELP[about] : HELP);
    return EXIT.ok;
  }
  const command = commandOf(typed);
  if (options.help) {
    out(COMMAND_HELP[command]);
    return EXIT.ok;
  }
  if (command !== 'normalize' && (options.status !== undefined || options.headers.length > 0)) {
    throw new UsageError(
      `${options.status !== undefined ? '--status' : '--header'} goes with normalize only`,
    );
  }
  if (command !== 'list' && options.category !== undefined) {
    throw new UsageError('--category goes with list only');
  }

  switch (command) {
    case 'providers': {
      expectArgs(command, rest, 0);
      const providers = registry.ids().map((id) => registry.get(id) as Provider);
      if (options.json) out(jsonText(providers.map(({ id, name }) => ({ id, name }))));
      else {
        const width = Math.max(...providers.map((p) => p.id.length));
        for (const p of providers) out(`${p.id.padEnd(width)}  ${p.name}`);
      }
      return EXIT.ok;
    }
    case 'list': {
      expectArgs(command, rest, 1);
      const provider = providerOf(registry, rest[0] as string);
      const entries = listed(provider, options);
      if (options.json) out(jsonText(entries));
      else out(listLines(entries, style).join('\n'));
      return EXIT.ok;
    }
    case 'events': {
      expectArgs(command, rest, 1);
      const provider = providerOf(registry, rest[0] as string);
      if (options.json) out(jsonText(provider.events));
      else if (provider.events.length === 0) {
        out(`${provider.name} documents no webhook events that name themselves.`);
      } else out(eventLines(provider.events, style).join('\n'));
      return EXIT.ok;
    }
    case 'explain': {
      expectArgs(command, rest, 2);
      const provider = providerOf(registry, rest[0] as string);
      return explain(provider, (rest[1] as string).trim(), options.json, style, io);
    }
    case 'normalize': {
      expectArgs(command, rest, 1);
      const provider = providerOf(registry, rest[0] as string);
      if (io.stdinIsTTY === true) io.stderr.write(TTY_HINT);
      const failure = readFailure((await io.readStdin()) ?? '', options);
      const error = normalize(provider, failure);
      out(options.json ? jsonText(error) : describeError(provider, error, style));
      return EXIT.ok;
    }
  }
}

const isCommand = (s: string): s is Command => (COMMANDS as readonly string[]).includes(s);

function commandOf(typed: string): Command {
  if (isCommand(typed)) return typed;
  const hint = didYouMean(nearest(typed, COMMANDS, 1));
  throw new UsageError(
    `unknown command; ${hint === '' ? `the commands are ${COMMANDS.join(', ')}` : hint} (see kyc-errors --help)`,
  );
}

function listed(provider: Provider, options: Options): readonly CatalogEntry[] {
  const { category } = options;
  const all = vendorOrder(provider.catalog);
  if (category === undefined) return all;
  if (!(CATEGORIES as readonly string[]).includes(category)) {
    const hint = didYouMean(nearest(category, CATEGORIES));
    throw new UsageError(
      `unknown category; ${hint === '' ? `the categories are ${CATEGORIES.join(', ')}` : hint}`,
    );
  }
  return all.filter((e) => inCategory(e, category));
}

function expectArgs(command: Command, args: readonly string[], count: number): void {
  if (args.length < count) {
    const usage = COMMAND_HELP[command].split('\n')[0];
    throw new UsageError(`missing arguments; ${usage}`);
  }
  if (args.length > count) throw new UsageError(`too many arguments for ${command}`);
}

function providerOf(registry: Registry, typed: string): Provider {
  const ids = registry.ids();
  const provider = ids.includes(typed) ? registry.get(typed) : undefined;
  if (provider !== undefined) return provider;
  const hint = didYouMean(nearest(typed, ids));
  throw new UsageError(
    `unknown provider${hint === '' ? '' : `; ${hint}`} (known providers: ${ids.join(', ')})`,
  );
}
