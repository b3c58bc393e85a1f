import { describe, expect, it } from 'vitest';
import { IDENFY_EVENTS } from '../src/events.js';

const names = IDENFY_EVENTS.map((e) => e.name);
const reasons = IDENFY_EVENTS.map((e) => e.reason);

describe('IDENFY_EVENTS', () => {
  it('names each event once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each event its own reason', () => {
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it.each(IDENFY_EVENTS)('$name: an UPPER_SNAKE name and reason, a one-line message', (e) => {
    expect(e.name).toMatch(/^IDENTIFICATION(_[A-Z]+)*$/);
    expect(e.reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    // iDenfy's names are already UPPER_SNAKE: the reason is the name.
    expect(e.reason).toBe(e.name);
    expect(e.message.trim().length).toBeGreaterThan(0);
    expect(e.message).not.toMatch(/\n/);
  });

  // The table of https://documentation.idenfy.com/kyc/webhooks, "Webhook Events and Timing",
  // transcribed apart from the list so that a dropped or misspelt name fails here. The first
  // two are named in issue 22, item 2. iDenfy spells CANCELLED with two Ls.
  it.each([
    'IDENTIFICATION_RESUBMITTED',
    'IDENTIFICATION_CANCELLED',
    'IDENTIFICATION_AUTO_FINISHED',
    'IDENTIFICATION_MANUAL_FINISHED',
    'IDENTIFICATION_EXPIRED',
  ])('knows %s', (name) => {
    expect(names).toContain(name);
  });

  it('leaves "a verdict follows" to the final flag of the body', () => {
    for (const e of IDENFY_EVENTS) expect(e.verdictFollows, e.name).toBe(false);
  });
});
