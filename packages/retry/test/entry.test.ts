import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The main entry must load in browsers, Deno, Bun and edge runtimes, and without the
// optional peers installed. Only src/cockatiel.ts (its own entry point) may load cockatiel.
const src = fileURLToPath(new URL('../src', import.meta.url));
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.ts'),
);
const RUNTIME_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm;

function runtimeImports(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  return [...text.matchAll(RUNTIME_IMPORT)].map((m) => m[1] ?? '');
}

describe('what the package loads', () => {
  it('finds the sources', () => {
    expect(files).toContain('index.ts');
    expect(files).toContain('cockatiel.ts');
  });

  it.each(files)('%s imports no node: built-in', (file) => {
    expect(runtimeImports(file).filter((m) => m.startsWith('node:'))).toEqual([]);
  });

  it.each(files.filter((f) => f !== 'cockatiel.ts'))(
    '%s never loads p-retry or cockatiel at run time',
    (file) => {
      expect(runtimeImports(file).filter((m) => m === 'p-retry' || m === 'cockatiel')).toEqual([]);
    },
  );

  it('the main entry does not re-export the cockatiel policy module', () => {
    const fromIndex = runtimeImports('index.ts');
    expect(fromIndex).toContain('./retry.js');
    expect(fromIndex).not.toContain('./cockatiel.js');
  });

  it('the regex does see a runtime import (the check can fail)', () => {
    expect(runtimeImports('cockatiel.ts')).toContain('cockatiel');
  });
});
