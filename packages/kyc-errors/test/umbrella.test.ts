import { readFileSync } from 'node:fs';
import * as core from '@kyc-errors/core';
import { defineProvider } from '@kyc-errors/core/provider-kit';
import * as retryPkg from '@kyc-errors/retry';
import * as umbrella from 'kyc-errors';
import { createDefaultRegistry, normalize, normalizeThrown, providers, smileId } from 'kyc-errors';
import { describe, expect, it } from 'vitest';

/** The one list of vendors: provider id -> the provider's export name. */
const VENDORS: Readonly<Record<string, string>> = JSON.parse(
  readFileSync(new URL('../vendors.json', import.meta.url), 'utf8'),
).vendors;

/** Each vendor package's exports, by provider id. */
const vendorPackages = new Map<string, Record<string, unknown>>(
  await Promise.all(
    Object.keys(VENDORS).map(async (id) => [id, await import(`@kyc-errors/${id}`)] as const),
  ),
);

describe('kyc-errors (umbrella)', () => {
  it("normalize is core's, with the same answer for every shipped provider", () => {
    const failure = {
      status: 401,
      body: { code: '2205', error: 'You are not authorized to do that' },
    };
    expect(normalize).toBe(core.normalize);
    expect(normalize(smileId, failure)).toEqual(core.normalize(smileId, failure));
    expect(
      normalize(providers.idenfy, {
        status: 429,
        body: { identifier: 'TOO_MANY_REQUESTS', message: 'x' },
      }).category,
    ).toBe('rate-limit');
    expect(
      normalize(providers.signingcloud, { status: 200, body: { result: 6 } }).retry.action,
    ).toBe('refresh-credentials');
  });

  it('normalizeThrown is core’s', () => {
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    expect(normalizeThrown).toBe(core.normalizeThrown);
    expect(normalizeThrown(providers.idenfy, refused)).toMatchObject({
      provider: 'idenfy',
      delivery: 'not-sent',
    });
  });

  it('each default registry is new: a registration never leaks to another caller', () => {
    const acme = defineProvider({
      id: 'acme-umbrella-test',
      name: 'Acme',
      catalog: [
        {
          code: 'E1',
          kind: 'error',
          category: 'auth',
          reason: 'BAD_KEY',
          message: 'm',
          remedy: 'r',
        },
      ] as const,
      read: (b) =>
        typeof b === 'object' && b !== null && 'err' in b
          ? { code: String((b as { err: unknown }).err) }
          : undefined,
    });
    const mine = createDefaultRegistry().register(acme);
    const provider = mine.get('acme-umbrella-test');
    expect(provider).toBe(acme);
    expect(normalize(acme, { status: 401, body: { err: 'E1' } }).reason).toBe('BAD_KEY');
    expect(createDefaultRegistry().get('acme-umbrella-test')).toBeUndefined();
    expect(createDefaultRegistry().get('__proto__')).toBeUndefined();
  });

  it('ships every vendor of vendors.json, in its order, each under its own id', () => {
    const ids = Object.keys(VENDORS);
    expect(Object.keys(providers)).toEqual(ids);
    expect(createDefaultRegistry().ids()).toEqual(ids);
    for (const [id, provider] of Object.entries(providers)) expect(provider.id, id).toBe(id);
  });

  it.each(Object.entries(VENDORS))('re-exports %s as %s, with its catalog', (id, name) => {
    const pkg = vendorPackages.get(id) ?? {};
    const catalog = `${id.toUpperCase().replaceAll('-', '_')}_CATALOG`;
    expect(Object.hasOwn(pkg, name) && Object.hasOwn(pkg, catalog)).toBe(true);
    expect((umbrella as Record<string, unknown>)[name]).toBe(pkg[name]);
    expect((umbrella as Record<string, unknown>)[catalog]).toBe(pkg[catalog]);
  });

  it('re-exports by name and shadows nothing: every export is the original', () => {
    const sources: Record<string, unknown>[] = [core, retryPkg, ...vendorPackages.values()];
    const own = new Set(['createDefaultRegistry', 'providers']);
    for (const [name, value] of Object.entries(umbrella)) {
      if (own.has(name)) continue;
      const origin = sources.find((s) => Object.hasOwn(s, name));
      expect(origin, name).toBeDefined();
      expect(value, name).toBe(origin?.[name]);
    }
    expect(Object.hasOwn(umbrella, 'registry')).toBe(false);
  });
});
