import { VERIFF_CATALOG } from '@kyc-errors/veriff';
import { describe, expect, it } from 'vitest';
import { VERIFF_EVENTS } from '../src/events.js';

const byName = new Map<string, (typeof VERIFF_EVENTS)[number]>(
  VERIFF_EVENTS.map((e) => [e.name, e]),
);
const names = VERIFF_EVENTS.map((e) => e.name);
const reasons = VERIFF_EVENTS.map((e) => e.reason);

describe('VERIFF_EVENTS', () => {
  it('names each value once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each value its own reason', () => {
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it.each(VERIFF_EVENTS)(
    '$name: a snake_case value, an UPPER_SNAKE reason, a one-line message',
    (e) => {
      expect(e.name).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(e.message.trim().length).toBeGreaterThan(0);
      expect(e.message).not.toMatch(/\n/);
    },
  );

  // The session status and event codes of the catalog (7xxx, 9xxx) are webhook values too:
  // each must be listed, under the catalog's own reason.
  const statusEntries = VERIFF_CATALOG.filter((e) => /^[79]\d{3}$/.test(e.code));
  it.each(statusEntries.map((e) => [e.code, e.vendorText, e.reason] as const))(
    'lists %s (%s) under the catalog reason %s',
    (_code, text, reason) => {
      expect(byName.get(String(text))?.reason).toBe(reason);
    },
  );

  // Named in issue 22, item 2; sourced in the README's "Webhook events".
  it('knows the watchlist-screening possible_match, and asks for attention on it', () => {
    expect(byName.get('possible_match')).toMatchObject({ attention: true, verdictFollows: false });
    expect(byName.get('no_match')?.attention).toBe(false);
  });

  it('expects a decision after the flow events, resubmission_requested and review only', () => {
    const following = VERIFF_EVENTS.filter((e) => e.verdictFollows).map((e) => e.name);
    expect(following).toEqual([
      'started',
      'submitted',
      'waiting_complete',
      'resubmission_requested',
      'review',
    ]);
  });
});
