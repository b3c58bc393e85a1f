#!/usr/bin/env node
// Checks that every regular expression run on untrusted text is linear-time, with recheck
// (https://makenowjust-labs.github.io/recheck/): a pattern recheck calls vulnerable, or cannot
// decide within the timeout, fails the check. Run after `pnpm build`; it reads the built
// packages, as published, so it needs no TypeScript loader.
//
// The patterns come from the built code itself, so a new one is checked without a list here:
//  - every `PATTERNS` export of a module in packages/*/dist (each module that runs a pattern on
//    untrusted text lists it there);
//  - every regular expression reachable from a package's public entry points: exported
//    patterns (vendor code grammars) and, on every provider, `definition.messages[].pattern`
//    and `definition.codePattern`.
//
// `--list` prints every pattern found and where, without checking.
//
// It was a vitest suite (one test per pattern, about 18 s of a 2-core run); as a script it runs
// once per `pnpm check`, not on every `vitest` run.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { check } from 'recheck';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packagesDir = join(root, 'packages');
const TIMEOUT_MS = 20_000;

/** source + flags -> where it was found (the first place, then how many more). */
const found = new Map();

function add(pattern, where) {
  // g and y only move lastIndex; they do not change what the automaton does.
  const flags = pattern.flags.replace(/[gy]/g, '');
  const key = `/${pattern.source}/${flags}`;
  const seen = found.get(key);
  if (seen === undefined) found.set(key, { source: pattern.source, flags, where: [where] });
  else seen.where.push(where);
}

/** Every RegExp reachable from `value` through arrays and plain objects (providers included). */
function walk(value, where, seen = new Set()) {
  if (value instanceof RegExp) {
    add(value, where);
    return;
  }
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return;
  if (seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, `${where}[${i}]`, seen);
    return;
  }
  // Plain objects only (definitions, rules, catalogs), and functions' own data properties
  // (a provider may be a function object): never class instances' internals or prototypes.
  const proto = Object.getPrototypeOf(value);
  if (typeof value === 'object' && proto !== Object.prototype && proto !== null) return;
  for (const key of Object.keys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && 'value' in d) walk(d.value, `${where}.${key}`, seen);
  }
}

/** Files of `dir`, recursively, except the bundle (the same code again, in one file). */
function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'bundle' ? [] : jsFiles(path);
    return d.name.endsWith('.js') ? [path] : [];
  });
}

/** The ESM file of each `exports` entry of a package. */
function entryFiles(dir, pkg) {
  return Object.entries(pkg.exports ?? {})
    .filter(([subpath, t]) => !subpath.includes('*') && typeof t === 'object' && t !== null)
    .map(([subpath, t]) => [subpath, t.import?.default ?? t.default])
    .filter(([, file]) => typeof file === 'string' && file.endsWith('.js'))
    .map(([subpath, file]) => [subpath, join(dir, file)]);
}

for (const name of readdirSync(packagesDir).sort()) {
  const dir = join(packagesDir, name);
  let pkg;
  try {
    pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  } catch {
    continue;
  }
  let dist;
  try {
    dist = jsFiles(join(dir, 'dist'));
  } catch {
    console.error(`check-redos: ${pkg.name} has no dist/; run \`pnpm build\` first`);
    process.exit(1);
  }
  for (const file of dist) {
    if (!/^export const PATTERNS\b/m.test(readFileSync(file, 'utf8'))) continue;
    const { PATTERNS } = await import(pathToFileURL(file).href);
    walk(PATTERNS, `${pkg.name} ${file.slice(dir.length + 1)} PATTERNS`);
  }
  for (const [subpath, file] of entryFiles(dir, pkg)) {
    const mod = await import(pathToFileURL(file).href);
    const where = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    for (const [key, value] of Object.entries(mod)) {
      if (value instanceof RegExp || Array.isArray(value)) walk(value, `${where} ${key}`);
      else if (value !== null && typeof value === 'object' && 'definition' in value)
        walk(value.definition, `${where} ${key}.definition`);
    }
  }
}

if (process.argv.includes('--list')) {
  for (const [key, { where }] of found) console.log(`${key}\t${where.join(', ')}`);
  process.exit(0);
}

if (found.size < 20) {
  // The ReDoS check finding almost nothing means it is looking in the wrong place.
  console.error(`check-redos: only ${found.size} patterns found; is the build current?`);
  process.exit(1);
}

// A check that cannot fail is no check: a known catastrophic pattern must be reported.
const control = await check('^(a+)+$', '', { timeout: TIMEOUT_MS });
if (control.status !== 'vulnerable') {
  console.error(
    `check-redos: recheck called ^(a+)+$ ${control.status}; the checker is not working`,
  );
  process.exit(1);
}

// Two requests in flight: the recheck agent answers them side by side, one per core.
const CONCURRENCY = 2;
const queue = [...found];
const reports = [];
async function worker() {
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const [key, { source, flags, where }] = next;
    const result = await check(source, flags, { timeout: TIMEOUT_MS });
    if (result.status === 'safe') continue;
    const more = where.length > 1 ? ` (and ${where.length - 1} more)` : '';
    const lines = [`${result.status}: ${key} in ${where[0]}${more}`];
    if (result.status === 'vulnerable') {
      lines.push(`  complexity: ${result.complexity.summary}; attack: ${result.attack.pattern}`);
    } else if (result.error) {
      lines.push(
        `  ${result.error.kind}${result.error.message ? `: ${result.error.message}` : ''}`,
      );
    }
    reports.push(lines.join('\n'));
  }
}
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
for (const report of reports) console.error(report);
const failed = reports.length;

if (failed > 0) {
  console.error(`check-redos: ${failed} of ${found.size} patterns are not proven linear-time`);
  process.exit(1);
}
console.log(`check-redos: ${found.size} patterns, all linear-time`);
