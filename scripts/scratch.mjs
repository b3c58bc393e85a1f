// The scratch area of the consumers and snippets checks (scripts/check-consumers.mjs,
// scripts/check-snippets.mjs): every package packed as it will be published, scratch projects
// that install those tarballs with npm as a user would, and the tools the projects run.
//
//   <scratch>/                   $KYC_ERRORS_SCRATCH, or kyc-errors-consumers in the OS temp dir
//     tools-<hash>/              typescript, @types/node, jest, ts-jest, bun, deno: installed once
//       node_modules/            per tool set and kept (see installOnce)
//       deno/                    Deno's cache (DENO_DIR)
//       runs/<id>/               one run: tarballs/ and one directory per setup, removed when
//                                the run passes, kept for a look when it fails (a day)
//       libs-<hash>/             the libraries the documented blocks import, and our packages'
//         node_modules/          peers: installed once per set (scripts/check-snippets.mjs)
//         projects/<id>/         the blocks, with only the tarballs installed on each run
//
// A project sits below the tools (and the blocks below their libraries), so Node, TypeScript
// and Jest find them by walking up, as they would find a project's own devDependencies. The
// tools bring none of our packages' dependencies (checked), so a dependency missing from a
// package.json cannot be hidden by them; the setups never sit below the libraries.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
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

// What npm and pnpm set for the scripts they run (`pnpm check`) describes this repository
// (npm_config_local_prefix is /work/main, npm_package_*), not the scratch projects: npm and the
// tools see none of it, except where to fetch from and how (registry, cache, proxy, CA).
const KEPT_NPM_CONFIG =
  /^npm_config_(registry|cache|userconfig|globalconfig|cafile|ca|strict_ssl|proxy|https_proxy|http_proxy|noproxy)$/i;

function cleanEnv(extra) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm|pnpm)_/i.test(k) && !KEPT_NPM_CONFIG.test(k)) continue;
    env[k] = v;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/**
 * Runs a command and resolves with its standard output; any failure (non-zero exit, a signal,
 * a timeout, a missing binary) rejects with a {@link CommandFailed} that says what ran and
 * what it said.
 */
export function run(command, args, { cwd, env = {}, timeoutMs = 240_000 } = {}) {
  const options = {
    cwd,
    env: cleanEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
  };
  return new Promise((resolve, reject) => {
    execFile(command, args, options, (error, stdout, stderr) => {
      if (error === null) return resolve(stdout);
      const result = {
        // A number is the exit code; a string (ENOENT) means the command did not start.
        status: typeof error.code === 'number' ? error.code : null,
        signal: error.signal ?? null,
        error: typeof error.code === 'number' || error.signal ? undefined : error,
        stdout,
        stderr,
      };
      reject(new CommandFailed([command, ...args].join(' '), cwd, result));
    });
  });
}

/** npm install into `dir`, quietly, from the npm cache where it can. */
export async function npmInstall(dir, specs = [], flags = []) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const args = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  await run(npm, [...args, ...flags, ...specs], { cwd: dir });
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
 * `<parent>/<kind>-<hash of specs>`, with `specs` npm-installed there on first use and kept.
 * The install happens in a directory of its own that is renamed into place, so a run that
 * stops half-way, or another run at the same time, never leaves a half-installed copy behind.
 * `verify(dir)` may refuse what was installed (by throwing) before it is kept.
 */
export async function installOnce(
  parent,
  kind,
  specs,
  { verify = () => {}, log = console.log } = {},
) {
  const hash = createHash('sha256').update(JSON.stringify(specs)).digest('hex').slice(0, 12);
  const dir = join(parent, `${kind}-${hash}`);
  const ready = join(dir, 'node_modules', '.installed');
  if (existsSync(ready)) return dir;
  mkdirSync(parent, { recursive: true });
  const partial = mkdtempSync(join(parent, `${kind}-${hash}.partial-`));
  const started = Date.now();
  log(`installing the ${kind} once into ${dir} ...`);
  try {
    writeFiles(partial, {
      'package.json': { private: true, description: `${kind} of kyc-errors checks` },
    });
    await npmInstall(partial, specs);
    verify(partial);
    writeFileSync(join(partial, 'node_modules', '.installed'), `${JSON.stringify(specs)}\n`);
    try {
      renameSync(partial, dir);
    } catch (e) {
      // Another run finished first: use its copy.
      if (!existsSync(ready)) throw e;
      removeLater(partial);
    }
  } catch (e) {
    removeLater(partial);
    throw e;
  }
  log(`  ${kind} installed in ${seconds(started)}`);
  return dir;
}

/** The tools directory for {@link TOOLS}, installed on first use. */
export function toolsDir() {
  const scratch = process.env.KYC_ERRORS_SCRATCH || join(tmpdir(), 'kyc-errors-consumers');
  const specs = Object.entries(TOOLS).map(([name, version]) => `${name}@${version}`);
  return installOnce(scratch, 'tools', specs, {
    verify(dir) {
      const leaked = OURS.filter((name) => existsSync(join(dir, 'node_modules', name)));
      if (leaked.length > 0) {
        throw new Error(
          `the tools bring ${leaked.join(', ')}: they would hide missing dependencies`,
        );
      }
    },
  });
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

/**
 * A fresh directory for one run, below the tools. What failed runs kept more than a day ago
 * is removed (in the background, see {@link removeLater}).
 */
export function newRun(tools) {
  const runs = join(tools, 'runs');
  mkdirSync(runs, { recursive: true });
  const kept = [runs];
  for (const d of readdirSync(tools))
    if (d.startsWith('libs-')) kept.push(join(tools, d, 'projects'));
  for (const parent of kept.filter((d) => existsSync(d))) {
    for (const old of readdirSync(parent)) {
      const dir = join(parent, old);
      if (Date.now() - statSync(dir).mtimeMs > 24 * 3600_000) removeLater(dir);
    }
  }
  return mkdtempSync(join(runs, `${new Date().toISOString().slice(0, 10)}-`));
}

/**
 * Removes a run directory in a detached process: a run leaves a hundred megabytes of
 * node_modules, which a busy disk can take a minute to delete, and nothing waits for it.
 */
export function removeLater(dir) {
  const code = `require('node:fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Packs every workspace package as it will be published (`pnpm pack`, which rewrites
 * `workspace:*` to the version; `npm pack` would leave it, and npm cannot install that) into
 * `dest`, and returns package name -> tarball path. Run after the build: it packs `dist` as it is.
 */
export async function packAll(dest) {
  mkdirSync(dest, { recursive: true });
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  await run(npx, ['-y', rootPkg.packageManager, '-r', 'pack', '--pack-destination', dest], {
    cwd: root,
  });
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
 * else what a package of ours tests with, else the repository's own (axios, got, ky, vitest).
 */
export function libraryRange(name) {
  const pkgs = workspacePackages();
  for (const field of ['peerDependencies', 'dependencies', 'devDependencies']) {
    for (const pkg of pkgs) if (pkg[field]?.[name]) return pkg[field][name];
  }
  return rootPkg.devDependencies?.[name];
}

/** Seconds since `started`, for the report. */
export function seconds(started) {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}
