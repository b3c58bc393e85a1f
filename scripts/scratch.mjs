// The scratch area of the consumers and snippets checks (scripts/check-consumers.mjs,
// scripts/check-snippets.mjs): every package packed as it will be published, scratch projects
// that install those tarballs with npm as a user would, and the tools the projects run.
//
//   <scratch>/                   $KYC_ERRORS_SCRATCH, or kyc-errors-consumers in the OS temp dir
//     tools-<hash>/              typescript, @types/node, jest, ts-jest, bun, deno: installed once
//       node_modules/            per tool set, kept between runs (the slow part, done once)
//       deno/                    Deno's cache (DENO_DIR)
//       runs/<id>/               one run: tarballs/ and one directory per scratch project,
//                                removed when the run passes, kept for a look when it fails
//
// The projects sit below the tools, so Node, TypeScript and Jest find the tools by walking up
// from a project as they would find its own devDependencies; the tools bring none of our
// packages' dependencies (checked), so a dependency missing from a package.json cannot be
// hidden by them.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** A failed command: its line, where it ran, and the end of what it printed. */
export class CommandFailed extends Error {
  constructor(command, cwd, result) {
    const tail = (s) =>
      String(s ?? '')
        .trim()
        .split('\n')
        .slice(-60)
        .join('\n');
    const why = result.error
      ? result.error.message
      : result.signal
        ? `killed by ${result.signal}`
        : `exit ${result.status}`;
    super(
      [`${command} (in ${cwd}): ${why}`, tail(result.stdout), tail(result.stderr)]
        .filter(Boolean)
        .join('\n'),
    );
    /** Everything the command printed (the message keeps only the end of it). */
    this.stdout = String(result.stdout ?? '');
    this.stderr = String(result.stderr ?? '');
  }
}

// What pnpm sets for the scripts it runs (`pnpm check`) describes this repository, not the
// scratch projects; npm and the tools must not read it.
function cleanEnv(extra) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_(package|lifecycle|config_(user_agent|node_gyp|frozen|recursive))|PNPM_)/i.test(k))
      continue;
    env[k] = v;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/**
 * Runs a command and returns its standard output; any failure (non-zero exit, a signal, a
 * timeout, a missing binary) throws a {@link CommandFailed} that says what ran and what it said.
 */
export function run(command, args, { cwd, env = {}, timeoutMs = 240_000 } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: cleanEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
  });
  if (result.status !== 0 || result.error) {
    throw new CommandFailed([command, ...args].join(' '), cwd, result);
  }
  return result.stdout;
}

/** npm install into `dir`, quietly, from the npm cache where it can. */
export function npmInstall(dir, specs = []) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run(
    npm,
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs],
    { cwd: dir },
  );
}

/** Writes `files` ({ relative path: text or JSON value }) under `dir`. */
export function writeFiles(dir, files) {
  for (const [path, content] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`,
    );
  }
}

function installed(name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'))
      .version;
  } catch {
    return rootPkg.devDependencies[name];
  }
}

/**
 * The tools of the scratch projects, pinned so that a run is repeatable and the cache stays
 * valid: TypeScript and @types/node as this repository builds with them; Jest 30 with
 * ts-jest 29 (what a NestJS app has); Bun and Deno from the npm registry. Each supports
 * Node 20.
 */
export const TOOLS = {
  typescript: installed('typescript'),
  '@types/node': installed('@types/node'),
  jest: '30.5.2',
  'ts-jest': '29.4.15',
  '@types/jest': '30.0.0',
  bun: '1.4.5',
  deno: '2.9.6',
};

// Our packages' own dependencies: the tools must not bring any of them (see the top).
const OURS = ['io-ts', 'fp-ts', 'neverthrow', 'ts-pattern', 'cockatiel', 'p-retry', 'ioredis'];

/**
 * The tools directory for {@link TOOLS}, installed on first use. The install happens in a
 * directory of its own and is renamed into place, so a run that stops half-way or another run
 * at the same time never leaves a half-installed tools directory behind.
 */
export function toolsDir(log = console.log) {
  const scratch = process.env.KYC_ERRORS_SCRATCH || join(tmpdir(), 'kyc-errors-consumers');
  const hash = createHash('sha256').update(JSON.stringify(TOOLS)).digest('hex').slice(0, 12);
  const dir = join(scratch, `tools-${hash}`);
  if (!existsSync(join(dir, 'node_modules', '.tools-ready'))) {
    mkdirSync(scratch, { recursive: true });
    const partial = mkdtempSync(join(scratch, `tools-${hash}.partial-`));
    const started = Date.now();
    log(`installing the tools once into ${dir} ...`);
    writeFiles(partial, {
      'package.json': { private: true, description: 'tools of kyc-errors consumers check' },
    });
    npmInstall(
      partial,
      Object.entries(TOOLS).map(([name, version]) => `${name}@${version}`),
    );
    const leaked = OURS.filter((name) => existsSync(join(partial, 'node_modules', name)));
    if (leaked.length > 0) {
      throw new Error(`the tools bring ${leaked.join(', ')}: they would hide missing dependencies`);
    }
    writeFileSync(join(partial, 'node_modules', '.tools-ready'), `${JSON.stringify(TOOLS)}\n`);
    try {
      renameSync(partial, dir);
    } catch (e) {
      // Another run finished first: use its copy.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(join(dir, 'node_modules', '.tools-ready'))) throw e;
    }
    log(`  tools installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return dir;
}

/** The package.json of every workspace package (a directory without one is not a package yet). */
export function workspacePackages() {
  const pkgs = [];
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const file = join(root, 'packages', dir, 'package.json');
    if (existsSync(file)) pkgs.push(JSON.parse(readFileSync(file, 'utf8')));
  }
  return pkgs;
}

/** A binary of the tools directory. */
export function toolBin(tools, name) {
  return join(tools, 'node_modules', '.bin', name);
}

/** A fresh directory for one run, below the tools. */
export function newRun(tools) {
  mkdirSync(join(tools, 'runs'), { recursive: true });
  return mkdtempSync(join(tools, 'runs', `${new Date().toISOString().slice(0, 10)}-`));
}

/**
 * Packs every workspace package as it will be published (`pnpm pack`, which rewrites
 * `workspace:*` to the version; `npm pack` would leave it, and npm cannot install that) into
 * `dest`, and returns package name -> tarball path. Run after the build: it packs `dist` as it is.
 */
export function packAll(dest) {
  mkdirSync(dest, { recursive: true });
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  run(npx, ['-y', rootPkg.packageManager, '-r', 'pack', '--pack-destination', dest], { cwd: root });
  const tarballs = new Map();
  for (const pkg of workspacePackages()) {
    if (pkg.private) continue;
    const file = join(dest, `${pkg.name.replace(/^@/, '').replace('/', '-')}-${pkg.version}.tgz`);
    if (!existsSync(file)) throw new Error(`pnpm pack made no ${file} for ${pkg.name}`);
    tarballs.set(pkg.name, file);
  }
  return tarballs;
}

/**
 * The range a scratch project installs a library at: what a user gets beside our packages, a
 * peer range of ours (ioredis, p-retry, cockatiel), else a dependency range of ours (io-ts),
 * else the repository's own (axios, got, ky, vitest).
 */
export function libraryRange(name) {
  const pkgs = workspacePackages();
  for (const field of ['peerDependencies', 'dependencies']) {
    for (const pkg of pkgs) if (pkg[field]?.[name]) return pkg[field][name];
  }
  return rootPkg.devDependencies?.[name];
}

/** Seconds since `started`, for the report. */
export function seconds(started) {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}
