import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Importing one subpath never loads another tool's library: the packages each entry loads at
// run time, read from the sources (type-only imports are erased, so they load nothing).

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)';/gms;

/** The bare specifiers `entry` loads at run time, through its relative imports. */
function packagesLoadedBy(entry: string): string[] {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Comments off first: the JSDoc examples import what a user would.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    for (const [, , typeOnly, specifier] of code.matchAll(IMPORT)) {
      if (typeOnly !== undefined || specifier === undefined) continue;
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(join(src, `${entry}.ts`));
  return [...packages].sort();
}

describe('what each entry loads', () => {
  it.each([
    ['index', ['@kyc-errors/core']],
    ['pino', ['@kyc-errors/core']],
    ['sentry', ['@kyc-errors/core']],
    ['problem', ['@kyc-errors/core']],
    ['otel', ['@kyc-errors/core', '@kyc-errors/retry', '@opentelemetry/api']],
  ])('%s loads only %j', (entry, expected) => {
    expect(packagesLoadedBy(entry)).toEqual(expected);
  });
});
