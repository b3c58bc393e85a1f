import { parseArgs } from 'node:util';
import type { HttpFailure, Provider, Registry } from '@kyc-errors/core';
import { describeEntry, describeError, listLines } from './describe.js';
import { defaultRegistry } from './registry.js';
import { type Style, styleFor } from './style.js';

/** Where the command reads and writes; injectable for tests. */
export interface Io {
  readonly stdout: { write(s: string): unknown; isTTY?: boolean };
  readonly stderr: { write(s: string): unknown };
  /** Standard input, read whole; `undefined` when it is a terminal (nothing piped). */
  readonly readStdin: () => Promise<string | undefined>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly version: string;
}

/** Exit codes: 0 success, 1 an unknown code, 2 a usage or input error, 70 a bug. */
export const EXIT = { ok: 0, unknownCode: 1, usage: 2, internal: 70 } as const;

/** A bad argument or input: reported as one line, with its exit code. */
class UsageError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.exitCode = exitCode;
  }
}

const HELP = `kyc-errors: explain KYC and e-signature vendor errors, with retry advice

Usage:
  kyc-errors explain <provider> <code> [--json]   what a vendor code means and what to do
  kyc-errors normalize <provider> [--status N] [--json]
                                                  read a failure as JSON on standard input
                                                  and print the normalized error
  kyc-errors list <provider> [--json]             every catalogued code, one per line
  kyc-errors providers [--json]                   the known providers

Options:
  --json          machine-readable output
  --status N      with normalize: the HTTP status, when standard input is a bare body
  -h, --help      this help, or a command's help after the command
  -v, --version   the version

Examples:
  kyc-errors explain smile-id 2205
  echo '{"identifier":"TOO_MANY_REQUESTS","message":"Too many requests"}' | kyc-errors normalize idenfy --status 429
  echo '{"status":502,"body":"<html>Bad Gateway</html>"}' | kyc-errors normalize signingcloud --json
`;

const COMMAND_HELP: Readonly<Record<string, string>> = {
  explain: `Usage: kyc-errors explain <provider> <code> [--json]

Prints what a vendor code means: category or verdict, reason, our explanation, what to
do, retry advice, the vendor's own text and the catalog page. Codes the vendor
overloads (Smile ID 0001) print every entry. With --json, the catalog entry as JSON
(an array when the code has several entries). An unknown code exits 1 and says what the
family rule or the HTTP status would make of it.
`,
  normalize: `Usage: kyc-errors normalize <provider> [--status N] [--json]

Reads one failure as JSON on standard input and prints the normalized KycError. Input is
either an envelope {"status": 429, "headers": {...}, "body": ...} (body may be JSON, a
JSON string or HTML text) or a bare vendor body, with --status for its HTTP status.
`,
  list: `Usage: kyc-errors list <provider> [--json]

Prints every catalogued code of a provider, one per line: code, category or verdict,
reason, explanation. With --json, the whole catalog as an array.
`,
  providers: `Usage: kyc-errors providers [--json]

Prints the ids and names of the providers the command knows.
`,
};

const ENVELOPE_KEYS = new Set(['status', 'headers', 'body']);

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
    const code = (e as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`kyc-errors: ${firstLine(e)} (see kyc-errors --help)\n`);
      return EXIT.usage;
    }
    io.stderr.write(`kyc-errors: internal error: ${firstLine(e)}\n`);
    return EXIT.internal;
  }
}

function firstLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] ?? '';
}

async function dispatch(argv: readonly string[], io: Io, registry: Registry): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean', default: false },
      status: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', short: 'v', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const style = values.json ? styleFor(false, io.env) : styleFor(io.stdout.isTTY, io.env);
  const out = (s: string) => io.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
  const [command, ...rest] = positionals;

  if (values.version) {
    out(io.version);
    return EXIT.ok;
  }
  if (command === undefined) {
    if (values.help) {
      out(HELP);
      return EXIT.ok;
    }
    throw new UsageError(
      'missing command (explain, normalize, list, providers); see kyc-errors --help',
    );
  }
  if (!Object.hasOwn(COMMAND_HELP, command)) {
    throw new UsageError(
      `unknown command "${clip(command)}" (explain, normalize, list, providers)`,
    );
  }
  if (values.help) {
    out(COMMAND_HELP[command] as string);
    return EXIT.ok;
  }
  if (values.status !== undefined && command !== 'normalize') {
    throw new UsageError('--status goes with normalize only');
  }

  switch (command) {
    case 'providers': {
      expectArgs(command, rest, 0);
      const providers = registry.ids().map((id) => registry.get(id) as Provider);
      if (values.json)
        out(
          JSON.stringify(
            providers.map(({ id, name }) => ({ id, name })),
            null,
            2,
          ),
        );
      else for (const p of providers) out(`${p.id.padEnd(14)} ${p.name}`);
      return EXIT.ok;
    }
    case 'list': {
      expectArgs(command, rest, 1);
      const provider = providerOf(registry, rest[0] as string);
      if (values.json) out(JSON.stringify(provider.catalog, null, 2));
      else out(listLines(provider, style).join('\n'));
      return EXIT.ok;
    }
    case 'explain': {
      expectArgs(command, rest, 2);
      const provider = providerOf(registry, rest[0] as string);
      return explain(provider, rest[1] as string, values.json, style, out);
    }
    default: {
      expectArgs(command, rest, 1);
      const provider = providerOf(registry, rest[0] as string);
      const failure = toFailure(await readJson(io), values.status);
      const error = provider.normalize(failure);
      out(values.json ? JSON.stringify(error, null, 2) : describeError(provider, error, style));
      return EXIT.ok;
    }
  }
}

function explain(
  provider: Provider,
  code: string,
  json: boolean,
  style: Style,
  out: (s: string) => void,
): number {
  const entries = provider.entries(code.trim());
  if (entries.length > 0) {
    if (json) out(JSON.stringify(entries.length === 1 ? entries[0] : entries, null, 2));
    else out(entries.map((e) => describeEntry(provider, e, style)).join('\n\n'));
    return EXIT.ok;
  }
  throw new UsageError(
    `${provider.id} has no code "${clip(code)}"; ${inference(provider, code.trim())}`,
    EXIT.unknownCode,
  );
}

/** What the pipeline would make of an unknown code: the family rule, or the HTTP status. */
function inference(provider: Provider, code: string): string {
  const sibling = provider.infer(code);
  if (sibling !== undefined) {
    const what = sibling.kind === 'error' ? sibling.category : sibling.kind;
    return `by the family rule it would be read as ${sibling.code} (${what}, ${sibling.reason})`;
  }
  if (/^[1-5]\d\d$/.test(code)) {
    const e = provider.normalize({ status: Number(code) });
    if (e.matchedBy === 'status')
      return `as an HTTP status it would be ${e.category} (${e.reason})`;
  }
  return `no family rule or HTTP status applies, so a response carrying it would be classified by its message or status (see kyc-errors list ${provider.id})`;
}

function expectArgs(command: string, args: readonly string[], count: number): void {
  if (args.length < count) {
    const usage = (COMMAND_HELP[command] as string).split('\n')[0];
    throw new UsageError(`missing arguments; ${usage}`);
  }
  if (args.length > count)
    throw new UsageError(`unexpected argument "${clip(args[count] as string)}" for ${command}`);
}

function providerOf(registry: Registry, id: string): Provider {
  const provider = registry.get(id);
  if (provider === undefined || !registry.ids().includes(id)) {
    throw new UsageError(
      `unknown provider "${clip(id)}"; known providers: ${registry.ids().join(', ')}`,
    );
  }
  return provider;
}

const MAX_INPUT = 16 * 1024 * 1024;

async function readJson(io: Io): Promise<unknown> {
  const text = await io.readStdin();
  if (text === undefined || text.trim() === '') {
    throw new UsageError(
      'normalize expects a JSON failure on standard input (see kyc-errors normalize --help)',
    );
  }
  if (text.length > MAX_INPUT) throw new UsageError('standard input is larger than 16 MiB');
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new UsageError(`standard input is not valid JSON (${firstLine(e)})`);
  }
}

function toFailure(input: unknown, status: string | undefined): HttpFailure {
  let parsedStatus: number | undefined;
  if (status !== undefined) {
    parsedStatus = Number(status);
    if (!/^\d{3}$/.test(status) || parsedStatus < 100 || parsedStatus > 599) {
      throw new UsageError(
        `--status must be an HTTP status from 100 to 599, not "${clip(status)}"`,
      );
    }
  }
  const isEnvelope =
    typeof input === 'object' &&
    input !== null &&
    !Array.isArray(input) &&
    Object.keys(input).length > 0 &&
    Object.keys(input).every((k) => ENVELOPE_KEYS.has(k)) &&
    (typeof (input as { status?: unknown }).status === 'number' || !('status' in input));
  if (isEnvelope) {
    const envelope = input as HttpFailure;
    return parsedStatus === undefined ? envelope : { ...envelope, status: parsedStatus };
  }
  return parsedStatus === undefined ? { body: input } : { status: parsedStatus, body: input };
}

/** Echoes user input safely: one line, no terminal escape sequences, bounded. */
function clip(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point.
  const oneLine = s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 60)}…` : oneLine;
}
