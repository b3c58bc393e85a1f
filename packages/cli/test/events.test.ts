import { providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

// Issue 22, item 2: the CLI shows each vendor's documented webhook events.
describe('kyc-errors events', () => {
  it('prints one line per documented event, in the order of the list', async () => {
    const r = await cli(['events', 'persona']);
    expect(r.status).toBe(0);
    const names = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split(/\s+/)[0]);
    expect(names).toEqual(providers.persona.events.map((e) => e.name));
  });

  it('says which events need a person and which have a verdict to come', async () => {
    const lines = (await cli(['events', 'veriff'])).stdout.split('\n');
    expect(lines.find((l) => l.startsWith('possible_match'))).toMatch(/attention/);
    expect(lines.find((l) => l.startsWith('submitted'))).toMatch(/verdict follows/);
    expect(lines.find((l) => l.startsWith('no_match'))).toMatch(/\s-\s/);
  });

  it('--json is the list itself', async () => {
    const r = await cli(['events', 'sumsub', '--json']);
    expect(JSON.parse(r.stdout)).toEqual(providers.sumsub.events);
  });

  it('a vendor with no event list says so', async () => {
    const r = await cli(['events', 'signingcloud']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no webhook events/);
  });

  it('an unknown provider is a usage error', async () => {
    const r = await cli(['events', 'nope']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/^kyc-errors: /);
  });
});
