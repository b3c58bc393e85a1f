#!/usr/bin/env node
// Build step after `tsc -b`: makes what each package publishes for ESM and for CommonJS.
//
// 1. ESM bundles. Each package's own compiled files (dist/*.js) are bundled into one file per
//    entry under dist/bundle/, so that Node resolves and links a handful of files instead of a
//    few dozen. Only our own code is bundled: every bare import (io-ts, fp-ts, neverthrow,
//    ts-pattern, @kyc-errors/*) stays an import, resolved at run time as a real dependency,
//    never inlined. Entries of one package are bundled together with code splitting, so code
//    they share (core's `defineProvider` registry, read by `normalize`) exists once. The one
//    exception is the umbrella, `kyc-errors`, whose entries carry our scoped packages inside
//    (CARRIES_WORKSPACE below); third-party packages stay imports there too.
// 2. CommonJS twins. Every ESM file an export loads (entries, and the chunks or tsc files they
//    import) becomes a `.cjs` file beside it, one file for one file, its relative imports turned
//    into `require`s of their `.cjs` twins. The CommonJS graph is the ESM graph, so shared state
//    still exists once per format (esbuild cannot split CommonJS, and bundling each entry alone
//    would give `provider-kit` and the main entry two registries).
// 3. CommonJS declarations. Every dist/**/*.d.ts is copied to a `.d.cts` (and its map) with its
//    relative specifiers rewritten from `.js` to `.cjs`, so TypeScript reads a `require` of the
//    package as CommonJS all the way down (a `.d.cts` importing a `.d.ts` of a `"type": "module"`
//    package would be read as ESM, TS1479). The declarations are tsc's, unchanged otherwise:
//    there are no default exports, whose meaning differs between the two formats.
//
// A package opts in through its exports: an entry `{ import: { default: X.js }, require:
// { default: X.cjs } }` gets a CommonJS twin of X.js, and X.js is bundled from tsc's
// `./dist/<name>.js` when it is `./dist/bundle/<name>.js` (the CLI exports tsc's files as they
// are: its `main` reads `../package.json` relative to itself). Source maps chain through tsc's
// to src/*.ts.
//
// Usage: node scripts/bundle.mjs [package-dir ...]   (default: every package in tsconfig.build.json)
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = /^\.\/dist\/bundle\/([\w.-]+)\.js$/;
// What `import.meta.url` is in a CommonJS file. Only the CLI (Node-only) uses it; in any other
// package it would pull in a Node built-in, so it is replaced only where it occurs.
const FILE_URL = "require('node:url').pathToFileURL(__filename).href";

function packageDirs() {
  const args = process.argv.slice(2);
  if (args.length > 0) return args.map((a) => resolve(a));
  // tsconfig files are JSON with comments: read them as TypeScript does.
  const file = join(root, 'tsconfig.build.json');
  const { config, error } = ts.parseConfigFileTextToJson(file, readFileSync(file, 'utf8'));
  if (error !== undefined)
    fail(`${file}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  return config.references.map((r) => join(root, r.path));
}

function fail(message) {
  console.error(`bundle: ${message}`);
  process.exit(1);
}

/** The ESM files a package exports, and which of them are bundles: `{ esm, bundles }`. */
function entriesOf(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const esm = [];
  const bundles = {};
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target !== 'object' || target === null) continue;
    const file = target.import?.default;
    const twin = target.require?.default;
    if (typeof file !== 'string' || !file.endsWith('.js')) {
      fail(`${pkg.name} exports ${subpath} without an import condition`);
    }
    if (twin !== file.replace(/\.js$/, '.cjs')) {
      fail(`${pkg.name} exports ${subpath}: require must be ${file.replace(/\.js$/, '.cjs')}`);
    }
    esm.push(join(dir, file));
    const m = BUNDLE.exec(file);
    if (m !== null) bundles[m[1]] = join(dir, 'dist', `${m[1]}.js`);
  }
  return { esm, bundles };
}

/** Every file under `dir` (recursively) whose name matches `pattern`. */
function filesUnder(dir, pattern) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Packages whose bundles carry our workspace packages' code inside them rather than import
 * it. The umbrella imports core, retry and ten vendors: as separate packages, Node resolves,
 * reads and links some twenty files, and that, not running them, made a cold import of the
 * umbrella 1.3x a process importing only its dependencies; as one file it is about 1.04x
 * (`pnpm bench`, cold import of the umbrella). Third-party packages (io-ts, fp-ts, neverthrow, ts-pattern,
 * cockatiel) stay imports, resolved at run time as real dependencies. The copy of core inside
 * reads the scoped packages' providers and failures and they read its, through registered
 * symbols, as the ESM and CommonJS copies do (packages/kyc-errors/test/one-file.test.ts).
 */
const CARRIES_WORKSPACE = new Set(['kyc-errors']);

/** Bundles the entries of one package into dist/bundle/ as ESM, with shared chunks (see above). */
async function bundleEsm(dir, bundles) {
  const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const carries = CARRIES_WORKSPACE.has(name);
  const missing = Object.values(bundles).filter((f) => !existsSync(f));
  if (missing.length > 0) {
    fail(`${missing.map((f) => relative(root, f)).join(', ')} not built (run tsc -b first)`);
  }
  const outdir = join(dir, 'dist', 'bundle');
  rmSync(outdir, { recursive: true, force: true });
  const common = {
    absWorkingDir: dir,
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external: ['node:*'],
    sourcemap: true,
    logLevel: 'warning',
  };
  if (carries) {
    // One self-contained file per entry, no shared chunk: the main entry is then one file to
    // load (with core split off into a chunk shared with ./cockatiel it measured 1.15x). An
    // application using two entries holds two copies of core, which read each other's
    // providers and failures like any two copies.
    for (const [entry, file] of Object.entries(bundles)) {
      await build({ ...common, entryPoints: { [entry]: file }, plugins: [thirdPartyExternal] });
    }
    return;
  }
  await build({
    ...common,
    entryPoints: bundles,
    splitting: true,
    chunkNames: 'shared-[hash]',
    // Every package import stays an import; only our relative imports are followed.
    packages: 'external',
  });
}

/** Leaves every bare import but `@kyc-errors/*` to be resolved at run time. */
const thirdPartyExternal = {
  name: 'third-party-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, ({ path, kind }) =>
      kind === 'entry-point' || path.startsWith('@kyc-errors/') ? undefined : { external: true },
    );
  },
};

/**
 * Writes a `.cjs` twin of every ESM file reachable from `entries` through relative imports,
 * one output file per input file: each relative import stays a (required) file of its own.
 */
async function cjsTwins(dir, entries) {
  const dist = join(dir, 'dist');
  const done = new Set();
  let queue = entries;
  while (queue.length > 0) {
    const batch = [...new Set(queue)].filter((f) => !done.has(f));
    queue = [];
    if (batch.length === 0) break;
    for (const f of batch) done.add(f);
    const result = await build({
      absWorkingDir: dir,
      entryPoints: batch,
      outbase: dist,
      outdir: dist,
      outExtension: { '.js': '.cjs' },
      bundle: true,
      format: 'cjs',
      platform: 'neutral',
      target: 'es2022',
      packages: 'external',
      external: ['node:*'],
      sourcemap: true,
      logLevel: 'silent',
      plugins: [
        {
          name: 'cjs-twins',
          setup(b) {
            b.onResolve({ filter: /^\.\.?\// }, ({ path, resolveDir, kind }) => {
              if (kind === 'entry-point') return undefined;
              if (!path.endsWith('.js')) fail(`${path}: a relative import without .js`);
              queue.push(join(resolveDir, path));
              return { path: path.replace(/\.js$/, '.cjs'), external: true };
            });
            b.onLoad({ filter: /\.js$/ }, ({ path }) => {
              const text = readFileSync(path, 'utf8');
              if (!text.includes('import.meta.url')) return undefined;
              return {
                contents: text.replaceAll('import.meta.url', FILE_URL),
                loader: 'js',
                resolveDir: dirname(path),
              };
            });
          },
        },
      ],
    });
    // A warning here is a change of meaning (`import.meta` is empty in CommonJS, say).
    if (result.warnings.length > 0) {
      fail(`CommonJS of ${relative(root, dir)}: ${result.warnings.map((w) => w.text).join('; ')}`);
    }
  }
  return done.size;
}

const SPECIFIER = /((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*?)\.js\2/g;

/** Copies every dist/**\/*.d.ts to a `.d.cts` whose relative imports name `.cjs` files. */
function cjsDeclarations(dir) {
  const dist = join(dir, 'dist');
  for (const dts of filesUnder(dist, /\.d\.ts$/)) {
    const dcts = dts.replace(/\.d\.ts$/, '.d.cts');
    const name = (p) => p.slice(dirname(p).length + 1);
    let text = readFileSync(dts, 'utf8').replace(SPECIFIER, '$1$2$3.cjs$2');
    const map = `${dts}.map`;
    if (existsSync(map)) {
      const json = JSON.parse(readFileSync(map, 'utf8'));
      json.file = name(dcts);
      writeFileSync(`${dcts}.map`, JSON.stringify(json));
      text = text.replace(
        `//# sourceMappingURL=${name(map)}`,
        `//# sourceMappingURL=${name(dcts)}.map`,
      );
    }
    writeFileSync(dcts, text);
  }
}

let entries = 0;
let twins = 0;
for (const dir of packageDirs()) {
  const { esm, bundles } = entriesOf(dir);
  if (esm.length === 0) continue;
  // Outputs of an earlier build whose source is gone must not be published.
  for (const f of filesUnder(join(dir, 'dist'), /\.(cjs|d\.cts)(\.map)?$/)) rmSync(f);
  if (Object.keys(bundles).length > 0) await bundleEsm(dir, bundles);
  const missing = esm.filter((f) => !existsSync(f));
  if (missing.length > 0) fail(`${missing.map((f) => relative(root, f)).join(', ')} not built`);
  twins += await cjsTwins(dir, esm);
  cjsDeclarations(dir);
  entries += esm.length;
}
console.log(`bundle: ${entries} entries, ${twins} CommonJS files`);
