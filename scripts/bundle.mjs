#!/usr/bin/env node
// Build step after `tsc -b`: bundles each package's own compiled files (dist/*.js) into one
// file per entry under dist/bundle/, so that Node resolves and links a handful of files
// instead of a few dozen when the package is imported. Only our own code is bundled: every
// bare import (io-ts, fp-ts, neverthrow, ts-pattern, @kyc-errors/*) stays an import,
// resolved at run time as a real dependency, never inlined.
//
// A package opts in through its exports: each entry whose `default` is
// `./dist/bundle/<name>.js` is bundled from tsc's `./dist/<name>.js`. Entries of one package
// are bundled together with code splitting, so code they share (core's `defineProvider`
// registry, read by `normalize`) exists once. Declarations stay tsc's (dist/*.d.ts); the
// source maps chain through tsc's to src/*.ts.
//
// Usage: node scripts/bundle.mjs [package-dir ...]   (default: every package in tsconfig.build.json)
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = /^\.\/dist\/bundle\/([\w.-]+)\.js$/;

function packageDirs() {
  const args = process.argv.slice(2);
  if (args.length > 0) return args.map((a) => resolve(a));
  const { references } = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8'));
  return references.map((r) => join(root, r.path));
}

/** The bundled entries of a package: `{ name: dist/name.js }`. */
function entriesOf(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const entries = {};
  for (const target of Object.values(pkg.exports ?? {})) {
    const file = typeof target === 'object' && target !== null ? target.default : undefined;
    const m = typeof file === 'string' ? BUNDLE.exec(file) : null;
    if (m !== null) entries[m[1]] = join(dir, 'dist', `${m[1]}.js`);
  }
  return entries;
}

let bundled = 0;
for (const dir of packageDirs()) {
  const entries = entriesOf(dir);
  if (Object.keys(entries).length === 0) continue;
  const missing = Object.values(entries).filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.error(
      `bundle: ${missing.map((f) => relative(root, f)).join(', ')} not built (run tsc -b first)`,
    );
    process.exit(1);
  }
  const outdir = join(dir, 'dist', 'bundle');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: dir,
    entryPoints: entries,
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'shared-[hash]',
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    // Every package import stays an import; only our relative imports are followed.
    packages: 'external',
    external: ['node:*'],
    sourcemap: true,
    logLevel: 'warning',
  });
  bundled += Object.keys(entries).length;
}
console.log(`bundle: ${bundled} entries`);
