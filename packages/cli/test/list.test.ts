import { CATEGORIES } from '@kyc-errors/core';
import { providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { ANSI, cli, expectOneLineError } from './helpers.js';

const codesOf = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => l.split(/\s+/)[0]);

describe('kyc-errors list', () => {
  it('prints one line per catalog entry', async () => {
    const r = await cli(['list', 'signingcloud']);
    expect(r.status).toBe(0);
    // 0-31, 35-115 and 2001-2029
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(32 + 81 + 29);
  });

  it('sorts numeric codes by number, as the vendor does', async () => {
    const codes = codesOf((await cli(['list', 'smile-id'])).stdout);
    const numeric = codes.filter((c) => /^\d+$/.test(c as string)).map(Number);
    expect(numeric).toEqual([...numeric].sort((a, b) => a - b));
    expect(codes[0]).toBe('0001');
    // Codes that are not numbers (names for failures without a code) come last.
    expect(codes.at(-1)).toMatch(/^\D/);
  });

  it('keeps named codes in the vendor documentation order', async () => {
    const codes = codesOf((await cli(['list', 'idenfy'])).stdout);
    expect(codes.slice(0, 3)).toEqual(['INTERNAL_ERROR', 'BAD_VALUE', 'MISSING_VALUE']);
  });

  it.each(['idenfy', 'smile-id'])('%s: aligns its columns', async (provider) => {
    const lines = (await cli(['list', provider])).stdout.trimEnd().split('\n');
    const entries = JSON.parse((await cli(['list', provider, '--json'])).stdout) as {
      reason: string;
      message: string;
    }[];
    // The reason and the explanation start in the same column on every line.
    const reasonAt = new Set(lines.map((l, i) => l.indexOf(`  ${entries[i]?.reason}  `)));
    const messageAt = new Set(lines.map((l, i) => l.lastIndexOf(`  ${entries[i]?.message}`)));
    expect(reasonAt.size).toBe(1);
    expect(messageAt.size).toBe(1);
    expect([...reasonAt][0]).toBeGreaterThan(0);
  });

  it('--category keeps one category', async () => {
    const r = await cli(['list', 'idenfy', '--category', 'rate-limit']);
    expect(r.status).toBe(0);
    expect(codesOf(r.stdout)).toEqual(['TOO_MANY_REQUESTS']);
  });

  it('--category verification includes rejected verdicts', async () => {
    const r = await cli(['list', 'smile-id', '--category', 'verification', '--json']);
    const entries = JSON.parse(r.stdout) as { kind: string; verdict?: string }[];
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.kind === 'error' || e.verdict === 'rejected').toBe(true);
  });

  it.each(CATEGORIES)('--category %s is accepted', async (category) => {
    expect((await cli(['list', 'smile-id', '--category', category])).status).toBe(0);
  });

  it('an unknown category suggests the nearest', async () => {
    const r = await cli(['list', 'idenfy', '--category', 'ratelimit']);
    expectOneLineError(r, 2, /^kyc-errors: unknown category; did you mean rate-limit\?$/);
    expect(r.stderr).not.toContain('ratelimit');
  });

  it('--json prints the entries as an array', async () => {
    const r = await cli(['list', 'idenfy', '--json']);
    const catalog = JSON.parse(r.stdout);
    expect(catalog.map((e: { code: string }) => e.code)).toContain('TOO_MANY_REQUESTS');
  });

  it('is coloured only on a terminal', async () => {
    expect((await cli(['list', 'idenfy'])).stdout).not.toMatch(ANSI);
    expect((await cli(['list', 'idenfy'], '', { stdoutIsTTY: true })).stdout).toMatch(ANSI);
  });
});

describe('kyc-errors providers', () => {
  it("lists every shipped vendor, in the umbrella's order", async () => {
    const r = await cli(['providers', '--json']);
    expect(JSON.parse(r.stdout).map((p: { id: string }) => p.id)).toEqual(Object.keys(providers));
  });
});
