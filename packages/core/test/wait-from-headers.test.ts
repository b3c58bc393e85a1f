import { normalize } from '@kyc-errors/core';
import { defineProvider, type EntrySpec, ownString } from '@kyc-errors/core/provider-kit';
import { describe, expect, it } from 'vitest';

// `waitFromHeaders` gets the call's clock: a vendor whose header names a moment (a Unix time,
// as Dropbox Sign's and DocuSign's `X-RateLimit-Reset` do) turns it into a wait against the
// same clock `Retry-After` dates are read with.

const CATALOG = [
  {
    code: 'SLOW',
    kind: 'error',
    category: 'rate-limit',
    reason: 'SLOW_DOWN',
    message: 'Too many requests.',
    remedy: 'Send fewer.',
  },
] as const satisfies readonly EntrySpec[];

const vendor = defineProvider({
  id: 'wait-clock',
  name: 'Wait clock',
  catalog: CATALOG,
  read: (body) => {
    const code = ownString(body, 'code');
    return code === undefined ? undefined : { code };
  },
  waitFromHeaders: (header, now) => {
    const at = Number(header('x-reset-at'));
    return Number.isFinite(at) ? Math.max(0, at * 1000 - now()) : undefined;
  },
});

describe('waitFromHeaders', () => {
  it('reads a reset time against NormalizeOptions.now', () => {
    const now = () => Date.UTC(2026, 0, 1, 0, 0, 0);
    const error = normalize(
      vendor,
      { status: 429, headers: { 'X-Reset-At': String(now() / 1000 + 42) }, body: { code: 'SLOW' } },
      { now },
    );
    expect(error.retry.afterMs).toBe(42_000);
  });

  it('falls back to Date.now when the call brings no clock', () => {
    const at = Math.floor(Date.now() / 1000) + 3600;
    const error = normalize(vendor, {
      status: 429,
      headers: { 'X-Reset-At': String(at) },
      body: { code: 'SLOW' },
    });
    expect(error.retry.afterMs).toBeGreaterThan(3_590_000);
    expect(error.retry.afterMs).toBeLessThanOrEqual(3_600_000);
  });

  it('still prefers Retry-After', () => {
    const now = () => 0;
    const error = normalize(
      vendor,
      { status: 429, headers: { 'Retry-After': '5', 'X-Reset-At': '600' }, body: { code: 'SLOW' } },
      { now },
    );
    expect(error.retry.afterMs).toBe(5000);
  });
});
