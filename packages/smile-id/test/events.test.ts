import { describe, expect, it } from 'vitest';
import { SMILE_ID_EVENTS } from '../src/events.js';

const names = SMILE_ID_EVENTS.map((e) => e.name);
const reasons = SMILE_ID_EVENTS.map((e) => e.reason);

describe('SMILE_ID_EVENTS', () => {
  it('names each callback once', () => {
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each callback its own reason', () => {
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it.each(SMILE_ID_EVENTS)(
    '$name: a snake_case name, its UPPER_SNAKE reason, a one-line message',
    (e) => {
      expect(e.name).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(e.reason).toBe(e.name.toUpperCase());
      expect(e.message.trim().length).toBeGreaterThan(0);
      expect(e.message).not.toMatch(/\n/);
    },
  );

  // smileidentity/api-reference @ 32cab19, v3-aml-monitoring-entry.yaml: monitoring updates
  // arrive as their own webhook with `product: aml_monitoring_update`.
  it('knows the AML monitoring update, asks for attention on it, and expects no verdict after it', () => {
    expect(SMILE_ID_EVENTS.find((e) => e.name === 'aml_monitoring_update')).toMatchObject({
      attention: true,
      verdictFollows: false,
    });
  });

  // A job's own callback is a verdict read through the catalog by its ResultCode or status;
  // none of those words may pass for an event name.
  it.each(['clear', 'attention', 'block', 'error', 'accepted', 'processing'])(
    'does not list the status %s',
    (status) => {
      expect(names).not.toContain(status);
    },
  );
});
