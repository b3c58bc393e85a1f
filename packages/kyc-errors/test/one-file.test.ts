// The umbrella's published bundle carries core, retry and the ten vendors inside one file
// (scripts/bundle.mjs, CARRIES_WORKSPACE), because loading one file instead of twenty is what
// brings a cold import of it to within 1.1x of its dependencies alone (`pnpm bench`). An
// application may still import a scoped package beside it: these tests load the built bundle
// beside the scoped packages and check that each copy of core reads the other's providers,
// errors and failures, and that the bundle imports only declared third-party dependencies.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as scoped from '@kyc-errors/core';
import { retry as scopedRetry } from '@kyc-errors/retry';
import { smileId as scopedSmileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';

const bundle = new URL('../dist/bundle/index.js', import.meta.url);
// Imported by path: the name `kyc-errors` points at the sources in this repository's tests.
const umbrella = (await import(/* @vite-ignore */ bundle.href)) as typeof import('kyc-errors');

const NOT_AUTHORIZED = { status: 401, body: { code: '2205', error: 'You are not authorized' } };

describe('the umbrella bundle', () => {
  it('is another copy: the same names, other objects', () => {
    expect(umbrella.normalize).not.toBe(scoped.normalize);
    expect(umbrella.smileId).not.toBe(scopedSmileId);
  });

  it('imports no package of ours, and only third-party packages it declares', () => {
    const text = readFileSync(fileURLToPath(bundle), 'utf8');
    // esbuild writes each import as a statement of its own line, double-quoted.
    const bare = new Set(
      [...text.matchAll(/^(?:import\b|export\b|\})[^\n]*?(?:\bfrom\s*)?"([^".][^"]*)";$/gm)].map(
        (m) => m[1],
      ),
    );
    const declared = Object.keys(
      JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).dependencies,
    );
    expect([...bare].filter((s) => s?.startsWith('@kyc-errors/'))).toEqual([]);
    expect(bare.size).toBeGreaterThan(0);
    for (const specifier of bare) {
      const name = specifier?.startsWith('@')
        ? specifier.split('/').slice(0, 2).join('/')
        : specifier?.split('/')[0];
      expect(declared, `${specifier}`).toContain(name);
    }
  });

  it("classifies the scoped packages' providers, and they classify its", () => {
    const expected = scoped.normalize(scopedSmileId, NOT_AUTHORIZED);
    expect(expected.reason).toBe('INVALID_SIGNATURE');
    expect(umbrella.normalize(scopedSmileId, NOT_AUTHORIZED)).toEqual(expected);
    expect(scoped.normalize(umbrella.smileId, NOT_AUTHORIZED)).toEqual(expected);
  });

  it("recognises the other copy's errors and failures, and passes them through", () => {
    const ours = umbrella.normalize(umbrella.smileId, NOT_AUTHORIZED);
    const theirs = scoped.normalize(scopedSmileId, NOT_AUTHORIZED);
    expect(scoped.isKycError(ours)).toBe(true);
    expect(umbrella.isKycError(theirs)).toBe(true);
    expect(scoped.isKycFailure(new umbrella.KycFailure(ours))).toBe(true);
    expect(umbrella.isKycFailure(new scoped.KycFailure(theirs))).toBe(true);
    expect(umbrella.normalizeThrown(umbrella.smileId, new scoped.KycFailure(theirs))).toBe(theirs);
  });

  it("retries on either copy's failures by their advice", async () => {
    let calls = 0;
    const call = () => {
      calls += 1;
      return scoped.bodyOrThrow(scopedSmileId, Promise.resolve(NOT_AUTHORIZED));
    };
    const stopped = await umbrella
      .retry(call, { provider: umbrella.smileId, sleep: async () => {} })
      .catch((e: unknown) => e);
    expect(umbrella.isKycFailure(stopped)).toBe(true);
    expect(calls).toBe(1);
    calls = 0;
    const other = await scopedRetry(
      () => {
        calls += 1;
        return umbrella.bodyOrThrow(umbrella.smileId, Promise.resolve(NOT_AUTHORIZED));
      },
      { provider: scopedSmileId, sleep: async () => {} },
    ).catch((e: unknown) => e);
    expect(scoped.isKycFailure(other) && other.error.reason).toBe('INVALID_SIGNATURE');
    expect(calls).toBe(1);
  });
});
