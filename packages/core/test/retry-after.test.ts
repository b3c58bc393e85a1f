import { MAX_RETRY_AFTER_MS, parseRetryAfter } from '@kyc-errors/core';
import { describe, expect, it } from 'vitest';

const NOW = Date.parse('2026-11-22T10:00:00Z');
const clock = () => NOW;

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['1', 1000],
    ['120', 120_000],
    ['  30  ', 30_000],
    ['3600', 3_600_000],
    ['Sun, 22 Nov 2026 10:01:00 GMT', 60_000],
    ['Sunday, 22-Nov-26 10:00:30 GMT', 30_000],
    ['Sun Nov 22 10:00:05 2026', 5000],
    ['Sun, 22 Nov 2026 09:00:00 GMT', 0],
  ])('reads %j as %d ms', (value, ms) => {
    expect(parseRetryAfter(value, clock)).toBe(ms);
  });

  it.each([
    ['negative delta', '-5'],
    ['fraction', '1.5'],
    ['empty', ''],
    ['words', 'soon'],
    ['hex', '0x10'],
    ['exponent', '1e3'],
    ['overlong', '1'.repeat(100)],
    ['malformed date', 'Sun, 99 Foo 2026 99:99:99 GMT'],
    ['undefined', undefined],
  ])('ignores garbage: %s', (_, value) => {
    expect(parseRetryAfter(value, clock)).toBeUndefined();
  });

  it.each([
    ['beyond a year', String(MAX_RETRY_AFTER_MS / 1000 + 1)],
    ['13 digits', '9999999999999'],
    ['a far-future date', 'Sun, 22 Nov 2099 10:00:00 GMT'],
  ])('clamps a wait longer than a year to a year, so the caller defers: %s', (_, value) => {
    expect(parseRetryAfter(value, clock)).toBe(MAX_RETRY_AFTER_MS);
  });

  it.each([
    ['a duplicated delta', '30, 30', 30_000],
    ['different deltas: the longest', '10, 30', 30_000],
    ['a delta and a date', '5, Sun, 22 Nov 2026 10:01:00 GMT', 60_000],
  ])('reads a header joined from duplicates: %s', (_, value, ms) => {
    expect(parseRetryAfter(value, clock)).toBe(ms);
  });

  it('uses the real clock by default', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const ms = parseRetryAfter(inTenSeconds) ?? -1;
    expect(ms).toBeGreaterThan(8000);
    expect(ms).toBeLessThanOrEqual(10_000);
  });
});
