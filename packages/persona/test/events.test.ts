import { PERSONA_CATALOG } from '@kyc-errors/persona';
import { describe, expect, it } from 'vitest';
import { PERSONA_EVENTS } from '../src/events.js';

const byName = new Map<string, (typeof PERSONA_EVENTS)[number]>(
  PERSONA_EVENTS.map((e) => [e.name, e]),
);
const names = PERSONA_EVENTS.map((e) => e.name);
const reasons = PERSONA_EVENTS.map((e) => e.reason);

describe('PERSONA_EVENTS', () => {
  it('names each event once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each event its own reason', () => {
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it.each(PERSONA_EVENTS)(
    '$name: a Persona event name, an UPPER_SNAKE reason, a one-line message',
    (e) => {
      // Persona's names: `<resource>.<action>`, resources possibly with a `report/` prefix.
      expect(e.name).toMatch(/^[a-z][a-z-]*(\/[a-z][a-z-]*)?\.[a-z][a-z-]*$/);
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      // The reason is the name, upper-cased, its separators turned into underscores: stable
      // across releases, and two names cannot share one.
      expect(e.reason).toBe(e.name.toUpperCase().replace(/[./-]/g, '_'));
      expect(e.message.trim().length).toBeGreaterThan(0);
      expect(e.message).not.toMatch(/\n/);
    },
  );

  it('lists every webhook event the catalog reads as a verdict', () => {
    const catalogEvents = PERSONA_CATALOG.map((e) => e.code).filter((c) =>
      /^[a-z-]+\.[a-z-]+$/.test(c),
    );
    expect(catalogEvents.length).toBeGreaterThan(0);
    for (const code of catalogEvents) expect(names, code).toContain(code);
  });

  // Named in issue 22, item 2; sourced in the README's "Webhook events".
  it.each([
    'inquiry-session.started',
    'inquiry-session.expired',
    'inquiry-session.canceled',
    'report/watchlist.matched',
    'case.created',
    'document.processed',
  ])('knows %s', (name) => {
    expect(byName.has(name)).toBe(true);
  });

  it('asks for attention on every screening match, and on nothing else among reports', () => {
    for (const e of PERSONA_EVENTS.filter((x) => x.name.startsWith('report/'))) {
      expect(e.attention, e.name).toBe(e.name.endsWith('.matched'));
    }
  });

  it('expects no further verdict after approved or declined, and one after marked-for-review', () => {
    expect(byName.get('inquiry.approved')?.verdictFollows).toBe(false);
    expect(byName.get('inquiry.declined')?.verdictFollows).toBe(false);
    expect(byName.get('inquiry.marked-for-review')).toMatchObject({
      attention: true,
      verdictFollows: true,
    });
  });

  it('treats a started session as the start of an inquiry, an expired one as the end of a session', () => {
    expect(byName.get('inquiry-session.started')?.verdictFollows).toBe(true);
    expect(byName.get('inquiry-session.expired')?.verdictFollows).toBe(false);
  });
});
