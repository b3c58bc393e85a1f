import { stripeIdentity } from '@kyc-errors/stripe-identity';
import { describe, expect, it } from 'vitest';
import { STRIPE_IDENTITY_EVENTS } from '../src/events.js';
import { EVENT_TYPES } from './documented.js';

const byName = new Map<string, (typeof STRIPE_IDENTITY_EVENTS)[number]>(
  STRIPE_IDENTITY_EVENTS.map((e) => [e.name, e]),
);
const names = STRIPE_IDENTITY_EVENTS.map((e) => e.name);

describe('STRIPE_IDENTITY_EVENTS', () => {
  it('is exactly the documented identity.verification_session events', () => {
    expect([...names].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it('is the list the provider was built with', () => {
    expect(stripeIdentity.events.map((e) => e.name)).toEqual(names);
  });

  it.each(STRIPE_IDENTITY_EVENTS)(
    '$name: an UPPER_SNAKE reason from its name, a one-line message',
    (e) => {
      expect(e.reason).toBe(
        `SESSION_${e.name.slice('identity.verification_session.'.length).toUpperCase()}`,
      );
      expect(e.message.trim().length).toBeGreaterThan(15);
      expect(e.message).not.toMatch(/\n/);
    },
  );

  it('expects a verdict after created, processing and requires_input, and none after the rest', () => {
    const follows = names.filter((n) => byName.get(n)?.verdictFollows).sort();
    expect(follows).toEqual([
      'identity.verification_session.created',
      'identity.verification_session.processing',
      'identity.verification_session.requires_input',
    ]);
  });

  it('asks no one for attention: Stripe Identity has no manual review of its own', () => {
    expect(STRIPE_IDENTITY_EVENTS.filter((e) => e.attention)).toEqual([]);
  });
});
