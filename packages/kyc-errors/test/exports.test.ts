import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as core from '@kyc-errors/core';
import * as retryPkg from '@kyc-errors/retry';
import * as retryCockatiel from '@kyc-errors/retry/cockatiel';
import { build } from 'esbuild';
import * as umbrella from 'kyc-errors';
import * as umbrellaCockatiel from 'kyc-errors/cockatiel';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The umbrella promises one dependency for everything: every public name of core's main entry,
// of each vendor's and of retry's. Its index is generated (scripts/gen-vendors.mjs); these
// tests compare what it exports, as values at run time and as types in the compiler's view,
// with the union of what those packages export, so a new export cannot be left behind.

const root = new URL('../../../', import.meta.url);
const at = (path: string): string => fileURLToPath(new URL(path, root));

/** The one list of vendors, by provider id. */
const VENDOR_IDS = Object.keys(
  JSON.parse(readFileSync(at('packages/kyc-errors/vendors.json'), 'utf8')).vendors,
);

/** What the umbrella adds of its own: the shipped providers and a registry of them. */
const OWN_VALUES = ['createDefaultRegistry', 'providers'];
const OWN_TYPES = ['ProviderId'];

const vendorPackages: Record<string, unknown>[] = await Promise.all(
  VENDOR_IDS.map((id) => import(`@kyc-errors/${id}`)),
);

const names = (m: object): string[] => Object.keys(m).sort();

describe('the umbrella exports everything its packages do', () => {
  it('at run time: exactly the names of core, retry and every vendor, plus its own', () => {
    const union = [core, retryPkg, ...vendorPackages].flatMap(names);
    expect(VENDOR_IDS.length).toBeGreaterThan(0);
    expect(names(umbrella)).toEqual([...union, ...OWN_VALUES].sort());
  });

  it('the fleet policies and adapters of retry are among them', () => {
    for (const name of [
      'createRetryBudget',
      'createCooldown',
      'createRateLimit',
      'checkStatusFirst',
      'cockatielOptions',
      'pRetryOptions',
    ]) {
      expect((umbrella as Record<string, unknown>)[name], name).toBe(
        (retryPkg as Record<string, unknown>)[name],
      );
    }
  });

  it("kyc-errors/cockatiel is retry's cockatiel subpath, name for name", () => {
    expect(names(umbrellaCockatiel)).toEqual(names(retryCockatiel));
    expect(umbrellaCockatiel.cockatielPolicy).toBe(retryCockatiel.cockatielPolicy);
    expect(Object.hasOwn(umbrella, 'cockatielPolicy')).toBe(false);
  });

  it('as types: every type and value name, each of the same kind', () => {
    const kinds = exportKinds([
      'packages/kyc-errors/src/index.ts',
      'packages/core/src/index.ts',
      'packages/retry/src/index.ts',
      ...VENDOR_IDS.map((id) => `packages/${id}/src/index.ts`),
    ]);
    const [ofUmbrella, ...ofPackages] = kinds;
    const union = new Map(ofPackages.flatMap((m) => [...m]));
    for (const name of OWN_VALUES) union.set(name, 'value');
    for (const name of OWN_TYPES) union.set(name, 'type');
    // Types are most of what a value test cannot see: make sure some are compared.
    expect([...union.values()].filter((k) => k === 'type').length).toBeGreaterThan(50);
    expect(Object.fromEntries([...(ofUmbrella ?? [])].sort())).toEqual(
      Object.fromEntries([...union].sort()),
    );
    // A TypeScript program over every package's sources: seconds on a busy machine.
  }, 60_000);
});

describe('the main entry loads without the optional peers', () => {
  it('bundling kyc-errors reaches neither cockatiel nor p-retry; kyc-errors/cockatiel does reach cockatiel', async () => {
    const main = await bareImports(at('packages/kyc-errors/dist/bundle/index.js'));
    expect(main).not.toContain('cockatiel');
    expect(main).not.toContain('p-retry');
    // It carries our packages inside (one file to load) and imports the third-party ones.
    expect(main.filter((p) => p.startsWith('@kyc-errors/'))).toEqual([]);
    expect(main).toContain('io-ts');
    // The same check sees cockatiel where it is loaded: it can fail.
    expect(await bareImports(at('packages/kyc-errors/dist/bundle/cockatiel.js'))).toContain(
      'cockatiel',
    );
  });
});

/**
 * For each module, its exports as the compiler sees them: name -> 'value' (a value, with or
 * without a type of the same name) or 'type' (a type only).
 */
function exportKinds(files: readonly string[]): Map<string, 'value' | 'type'>[] {
  const program = ts.createProgram({
    rootNames: files.map(at),
    options: {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
  });
  const checker = program.getTypeChecker();
  return files.map((file) => {
    const source = program.getSourceFile(at(file));
    const module = source && checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`${file} is not a module`);
    return new Map(
      checker.getExportsOfModule(module).map((s) => {
        const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
        return [s.name, target.flags & ts.SymbolFlags.Value ? 'value' : 'type'] as const;
      }),
    );
  });
}

/** Every package `entry` reaches by bare specifier, following the bundle through them. */
async function bareImports(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-packages',
        setup(b) {
          b.onResolve({ filter: /^[@a-z]/ }, ({ path }) => {
            seen.add(path);
            // Stop at the optional peers (they may not be installed); follow everything else.
            return path === 'cockatiel' || path === 'p-retry'
              ? { path, external: true }
              : undefined;
          });
        },
      },
    ],
  });
  return [...seen];
}
