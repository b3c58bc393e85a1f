import { DOCUSIGN_CATALOG, DOCUSIGN_EVENTS } from '@kyc-errors/docusign';
import { describe, expect, it } from 'vitest';

const byName = new Map<string, (typeof DOCUSIGN_EVENTS)[number]>(
  DOCUSIGN_EVENTS.map((e) => [e.name, e]),
);
const names = DOCUSIGN_EVENTS.map((e) => e.name);

describe('DOCUSIGN_EVENTS', () => {
  it('names each event once, each with its own reason', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(DOCUSIGN_EVENTS.map((e) => e.reason)).size).toBe(names.length);
  });

  it.each(DOCUSIGN_EVENTS)('$name: a JSON SIM event name, its reason, a one-line message', (e) => {
    expect(e.name).toMatch(/^(?:envelope|recipient)-[a-z]+$/);
    // The reason is the name in upper case, its words joined by underscores: stable, unique.
    expect(e.reason.replaceAll('_', '')).toBe(e.name.toUpperCase().replace('-', ''));
    expect(e.message.trim().length).toBeGreaterThan(0);
    expect(e.message).not.toMatch(/\n/);
  });

  it('lists every Connect event the catalog reads as a verdict', () => {
    const verdicts = DOCUSIGN_CATALOG.map((e) => e.code).filter((c) => c.startsWith('envelope-'));
    for (const code of verdicts) expect(names, code).toContain(code);
  });

  it('expects a verdict after every recipient event: one signer is never the envelope', () => {
    for (const e of DOCUSIGN_EVENTS.filter((x) => x.name.startsWith('recipient-'))) {
      expect(e.verdictFollows, e.name).toBe(true);
    }
  });

  it('expects none after completed, declined or voided, and one after sent or delivered', () => {
    for (const name of ['envelope-completed', 'envelope-declined', 'envelope-voided']) {
      expect(byName.get(name)?.verdictFollows, name).toBe(false);
    }
    for (const name of ['envelope-sent', 'envelope-delivered']) {
      expect(byName.get(name)?.verdictFollows, name).toBe(true);
    }
  });

  it('asks for attention only where the sender must act: failed authentication, a bounce', () => {
    expect(
      DOCUSIGN_EVENTS.filter((e) => e.attention)
        .map((e) => e.name)
        .sort(),
    ).toEqual(['recipient-authenticationfailed', 'recipient-autoresponded']);
  });
});
