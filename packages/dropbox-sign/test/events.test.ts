import { normalize } from '@kyc-errors/core';
import { DROPBOX_SIGN_EVENTS, dropboxSign } from '@kyc-errors/dropbox-sign';
import { describe, expect, it } from 'vitest';
import { callback, PERSONAL_VALUES, signatureRequest } from './fixtures/callbacks.js';

const byName = new Map<string, (typeof DROPBOX_SIGN_EVENTS)[number]>(
  DROPBOX_SIGN_EVENTS.map((e) => [e.name, e]),
);
const names = DROPBOX_SIGN_EVENTS.map((e) => e.name);
const webhook = (body: unknown) => dropboxSign.webhook(body);

describe('DROPBOX_SIGN_EVENTS', () => {
  it('names each event once, each with its own reason', () => {
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(DROPBOX_SIGN_EVENTS.map((e) => e.reason)).size).toBe(names.length);
  });

  it.each(DROPBOX_SIGN_EVENTS)('$name: its reason is its name, upper-cased', (e) => {
    expect(e.name).toMatch(/^[a-z][a-z_]+$/);
    expect(e.reason).toBe(e.name.toUpperCase());
    expect(e.message.trim().length).toBeGreaterThan(0);
    expect(e.message).not.toMatch(/\n/);
  });

  it('expects an outcome after every step of a request still out, and none after its end', () => {
    for (const name of [
      'signature_request_sent',
      'signature_request_viewed',
      'signature_request_signed',
      'signature_request_remind',
      'signature_request_email_bounce',
    ]) {
      expect(byName.get(name)?.verdictFollows, name).toBe(true);
    }
    for (const name of [
      'signature_request_all_signed',
      'signature_request_declined',
      'signature_request_canceled',
      'signature_request_expired',
      'signature_request_downloadable',
    ]) {
      expect(byName.get(name)?.verdictFollows, name).toBe(false);
    }
  });

  it('asks a person to act on a bounced e-mail and on every failure of a request', () => {
    for (const name of [
      'signature_request_email_bounce',
      'signature_request_invalid',
      'file_error',
      'unknown_error',
      'template_error',
    ]) {
      expect(byName.get(name)?.attention, name).toBe(true);
    }
  });
});

describe('dropboxSign.webhook()', () => {
  it('answers every listed event as itself, or as what the catalog reads it as', () => {
    for (const spec of DROPBOX_SIGN_EVENTS) {
      const read = webhook(callback(spec.name));
      const entry = dropboxSign.lookup(spec.name);
      if (entry === undefined) {
        expect(read._unsafeUnwrap(), spec.name).toMatchObject({
          kind: 'event',
          name: spec.name,
          reason: spec.reason,
          known: true,
        });
      } else if (entry.kind === 'outcome') {
        expect(read._unsafeUnwrap(), spec.name).toMatchObject({
          code: spec.name,
          reason: entry.reason,
        });
      } else {
        expect(read._unsafeUnwrapErr(), spec.name).toMatchObject({
          code: spec.name,
          reason: entry.reason,
        });
      }
    }
  });

  it('answers the account and template callbacks, which carry no signature request', () => {
    const confirmed = {
      event: { event_type: 'account_confirmed', event_time: '1348177752' },
      account: { account_id: 'x', email_address: 'alexandra.samplewood@example.test' },
    };
    expect(webhook(confirmed)._unsafeUnwrap()).toMatchObject({
      kind: 'event',
      name: 'account_confirmed',
    });
    expect(webhook({ event: { event_type: 'callback_test' } })._unsafeUnwrap()).toMatchObject({
      kind: 'event',
      name: 'callback_test',
      attention: false,
      verdictFollows: false,
    });
  });

  it('reports an event type Dropbox Sign adds later as undocumented, its name not echoed', () => {
    const read = webhook(callback('alexandra_samplewood_was_here', signatureRequest()));
    expect(read._unsafeUnwrap()).toMatchObject({
      kind: 'event',
      name: null,
      known: false,
      attention: true,
    });
    const json = JSON.stringify(read);
    for (const value of PERSONAL_VALUES) expect(json).not.toContain(value);
    expect(json).not.toContain('alexandra_samplewood_was_here');
  });

  it('an event handed to normalize is no failure', () => {
    expect(
      normalize(dropboxSign, { status: 200, body: callback('signature_request_viewed') }).reason,
    ).toBe('NOT_A_FAILURE');
  });

  it('reads a callback handed over as the text of the multipart json field', () => {
    const text = JSON.stringify(callback('signature_request_all_signed'));
    expect(webhook(text)._unsafeUnwrap()).toMatchObject({ verdict: 'approved', final: true });
  });
});
