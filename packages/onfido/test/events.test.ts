import { ONFIDO_CATALOG, ONFIDO_EVENTS, onfido } from '@kyc-errors/onfido';
import { describe, expect, it } from 'vitest';
import { webhook } from './fixtures/results.js';

const byName = new Map<string, (typeof ONFIDO_EVENTS)[number]>(
  ONFIDO_EVENTS.map((e) => [e.name, e]),
);
const names = ONFIDO_EVENTS.map((e) => e.name);

describe('ONFIDO_EVENTS', () => {
  it('names each event once, each with its own reason', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ONFIDO_EVENTS.map((e) => e.reason)).size).toBe(names.length);
  });

  it.each(ONFIDO_EVENTS)('$name: an Onfido event name, its reason, a one-line message', (e) => {
    // Onfido's names: `<resource_type>.<action>`, snake_case on both sides.
    expect(e.name).toMatch(/^[a-z][a-z_]*\.[a-z][a-z_]*$/);
    // The reason is the name upper-cased, its dot an underscore: stable, and unique.
    expect(e.reason).toBe(e.name.toUpperCase().replace('.', '_'));
    expect(e.message.trim().length).toBeGreaterThan(15);
    expect(e.message).not.toMatch(/\n/);
  });

  it('lists every webhook event the catalog reads as a verdict', () => {
    const catalogEvents = ONFIDO_CATALOG.map((e) => e.code).filter((c) => c.includes('.'));
    for (const code of catalogEvents) expect(names, code).toContain(code);
  });

  it('is the list the provider gives core', () => {
    expect(onfido.events.map((e) => e.name)).toEqual(names);
  });

  it.each(ONFIDO_EVENTS.filter((e) => !ONFIDO_CATALOG.some((c) => c.code === e.name)))(
    '$name reaches webhook() as itself',
    (e) => {
      expect(onfido.webhook(webhook(e.name))._unsafeUnwrap()).toMatchObject({
        kind: 'event',
        name: e.name,
        reason: e.reason,
        known: true,
      });
    },
  );

  it('asks for attention on new watchlist matches and on work withdrawn or cancelled', () => {
    const attention = ONFIDO_EVENTS.filter((e) => e.attention).map((e) => e.name);
    expect(attention.sort()).toEqual(
      [
        'check.withdrawn',
        'report.awaiting_approval',
        'report.cancelled',
        'report.withdrawn',
        'watchlist_monitor.matches_updated',
      ].sort(),
    );
  });

  it('expects a verdict after check.completed (fetched), none after a run completed', () => {
    expect(byName.get('check.completed')?.verdictFollows).toBe(true);
    expect(byName.get('workflow_run.completed')?.verdictFollows).toBe(false);
    expect(byName.get('workflow_task.completed')?.verdictFollows).toBe(true);
  });
});
