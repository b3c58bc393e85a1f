#!/usr/bin/env node
// Checks what every package would publish: publint (package.json, exports, files),
// @arethetypeswrong/cli on the packed tarball under every resolution (node10, node16 from
// CommonJS, node16 from ESM, bundler; any problem fails), that the ESM and CommonJS forms of
// each entry export the same names, and that the node10 stub directory of each subpath points
// where its `require` condition does. Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const attw = join(root, 'node_modules', '.bin', 'attw');
let failed = false;

/** Each `exports` entry that is a file: subpath -> { import, require } conditions. */
function entries(pkg) {
  return Object.entries(pkg.exports ?? {}).filter(
    ([subpath, t]) => !subpath.includes('*') && typeof t === 'object' && t !== null,
  );
}

/**
 * The ESM and CommonJS forms of every entry export the same names, and a subpath's stub
 * directory (what node10 resolution and tools without `exports` read) names the same files as
 * its `require` condition and is published.
 */
async function dualProblems(pkgDir, pkg) {
  const problems = [];
  const require = createRequire(join(pkgDir, 'package.json'));
  for (const [subpath, target] of entries(pkg)) {
    const esm = target.import?.default;
    const cjs = target.require?.default;
    if (typeof esm !== 'string' || typeof cjs !== 'string') {
      problems.push(`exports ${subpath} has no import and require conditions`);
      continue;
    }
    try {
      const names = (m) => Object.keys(m).filter((k) => k !== 'default' && k !== '__esModule');
      const fromEsm = names(await import(pathToFileURL(join(pkgDir, esm)).href)).sort();
      const fromCjs = names(require(join(pkgDir, cjs))).sort();
      const only = (a, b) => a.filter((n) => !b.includes(n));
      if (only(fromEsm, fromCjs).length + only(fromCjs, fromEsm).length > 0) {
        problems.push(
          `exports ${subpath}: ESM only ${only(fromEsm, fromCjs)}; CommonJS only ${only(fromCjs, fromEsm)}`,
        );
      }
    } catch (e) {
      problems.push(`exports ${subpath} does not load: ${e.message}`);
    }
    if (subpath === '.') continue;
    const stub = subpath.slice(2);
    const stubFile = join(pkgDir, stub, 'package.json');
    const fromStub = (p) => posix.relative(stub, p);
    const want = { main: fromStub(cjs), types: fromStub(target.require.types ?? '') };
    const got = existsSync(stubFile) ? JSON.parse(readFileSync(stubFile, 'utf8')) : {};
    if (got.main !== want.main || got.types !== want.types) {
      problems.push(`${stub}/package.json must be ${JSON.stringify(want)} (node10 resolution)`);
    }
    if (!pkg.files?.includes(stub)) problems.push(`files must list ${stub} (node10 resolution)`);
  }
  return problems;
}

for (const dir of readdirSync(join(root, 'packages')).sort()) {
  const pkgDir = join(root, 'packages', dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const problems = [];
  for (const field of ['license', 'description', 'files', 'exports']) {
    if (pkg[field] === undefined) problems.push(`package.json has no "${field}"`);
  }
  try {
    readFileSync(join(pkgDir, 'README.md'));
  } catch {
    problems.push('no README.md');
  }
  // npm packs the same files pnpm would (workspace: ranges are not resolved, which publint
  // does not read), and npm is on every machine; pnpm may run only through npx.
  const { messages } = await publint({ pkgDir, level: 'suggestion', strict: true, pack: 'npm' });
  for (const m of messages) problems.push(`publint ${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
  problems.push(...(await dualProblems(pkgDir, pkg)));
  try {
    // The default (strict) profile: every resolution, no problem kind ignored.
    execFileSync(attw, ['--pack', pkgDir, '--format', 'ascii', '--no-emoji', '--no-color'], {
      cwd: pkgDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, npm_config_loglevel: 'error' },
    });
  } catch (e) {
    problems.push(
      `attw: ${String(e.stdout ?? '').trim() || String(e.stderr ?? '').trim() || e.message}`,
    );
  }
  failed ||= problems.length > 0;
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${pkg.name}`);
  for (const p of problems) console.log(`       ${p}`);
}
process.exit(failed ? 1 : 0);
