import { describe, expect, it } from 'vitest';
import { SUMSUB_EVENTS } from '../src/events.js';

const byName = new Map<string, (typeof SUMSUB_EVENTS)[number]>(
  SUMSUB_EVENTS.map((e) => [e.name, e]),
);
const names = SUMSUB_EVENTS.map((e) => e.name);
const reasons = SUMSUB_EVENTS.map((e) => e.reason);

// `applicantTagsChanged` -> `APPLICANT_TAGS_CHANGED`.
const snake = (name: string): string => name.replace(/(?<=[a-z0-9])(?=[A-Z])/g, '_').toUpperCase();

describe('SUMSUB_EVENTS', () => {
  it('names each webhook type once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each webhook type its own reason', () => {
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it.each(SUMSUB_EVENTS)(
    '$name: a camelCase type, its UPPER_SNAKE reason, a one-line message',
    (e) => {
      expect(e.name).toMatch(/^[a-z]+(?:[A-Z][a-z]+)+$/);
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(e.reason).toBe(snake(e.name));
      expect(e.message.trim().length).toBeGreaterThan(0);
      expect(e.message).not.toMatch(/\n/);
    },
  );

  // Named in issue 22, item 2; sourced in the README's "Webhook events".
  it.each([
    'applicantActivated',
    'applicantDeactivated',
    'applicantTagsChanged',
    'videoIdentCompositionCompleted',
    'applicantCreated',
    'applicantPending',
    'applicantReviewed',
    'applicantOnHold',
    'applicantActionPending',
    'applicantWorkflowCompleted',
  ])('knows %s', (name) => {
    expect(byName.has(name)).toBe(true);
  });

  // SUMSUB/agent-skills @ 070922a, webhook-schema.md: older docs name these, the dashboard
  // does not emit them.
  it.each(['applicantWorkflowRunCompleted', 'kytCaseUpdated'])('does not list %s', (name) => {
    expect(byName.has(name)).toBe(false);
  });

  it('expects no further verdict after the verdict webhooks the reader reads', () => {
    for (const name of [
      'applicantReviewed',
      'applicantWorkflowCompleted',
      'applicantActionReviewed',
    ]) {
      expect(byName.get(name)?.verdictFollows, name).toBe(false);
    }
  });

  it('asks for attention on every on-hold type, where a person must step in', () => {
    const onHold = SUMSUB_EVENTS.filter((e) => e.name.endsWith('OnHold'));
    expect(onHold.map((e) => e.name)).toEqual([
      'applicantOnHold',
      'applicantActionOnHold',
      'applicantKytOnHold',
      'amlCaseOnHold',
    ]);
    for (const e of onHold) expect(e.attention, e.name).toBe(true);
  });
});
