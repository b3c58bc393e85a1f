import { normalize } from '@kyc-errors/core';
import { docusign } from '@kyc-errors/docusign';
import { describe, expect, it } from 'vitest';
import { connect, envelope, PERSONAL_VALUES, summary } from './fixtures/results.js';

// Issue 26, fact 6: e-signature outcomes read into the verdicts the KYC vendors use
// (docs/taxonomy.md, "E-signature outcomes").

const outcome = (body: unknown) => docusign.outcome(body)._unsafeUnwrap();
const answer = (body: unknown) => docusign.webhook(body)._unsafeUnwrap();

describe('envelope outcomes as verdicts', () => {
  it('completed is approved, and final', () => {
    expect(outcome(envelope('completed'))).toMatchObject({ verdict: 'approved', final: true });
    expect(outcome(connect('envelope-completed'))).toMatchObject({
      verdict: 'approved',
      final: true,
    });
  });

  it('declined is rejected, and final: a recipient refused', () => {
    expect(outcome(envelope('declined'))).toMatchObject({
      verdict: 'rejected',
      final: true,
      reason: 'ENVELOPE_DECLINED',
    });
  });

  it('voided is rejected, and final: the envelope can never be completed', () => {
    expect(outcome(envelope('voided', 'Wrong contract attached'))).toMatchObject({
      verdict: 'rejected',
      final: true,
      reason: 'ENVELOPE_VOIDED',
    });
  });

  it('expired is rejected and final too, told from a void by the void reason DocuSign writes', () => {
    for (const body of [
      envelope('voided', 'Envelope has expired.'),
      connect('envelope-voided', summary('voided', 'Envelope has expired.')),
    ]) {
      expect(outcome(body)).toMatchObject({
        verdict: 'rejected',
        final: true,
        reason: 'ENVELOPE_EXPIRED',
        vendorText: 'Envelope has expired.',
        retry: { retryable: false, action: 'none' },
      });
    }
  });

  it('a rejection normalizes to a verification failure, not to a request error', () => {
    const error = normalize(docusign, { status: 200, body: envelope('declined') });
    expect(error).toMatchObject({ category: 'verification', reason: 'ENVELOPE_DECLINED' });
  });

  it('sent and delivered are pending: wait for Connect, never send the envelope again', () => {
    for (const status of ['sent', 'delivered']) {
      expect(outcome(envelope(status))).toMatchObject({
        verdict: 'pending',
        final: false,
        retry: { action: 'wait-for-result' },
      });
    }
  });

  it('signed is provisional until DocuSign completes the envelope', () => {
    expect(outcome(envelope('signed'))).toMatchObject({ verdict: 'provisional', final: false });
  });

  it('a draft asks to be sent, not waited on', () => {
    expect(outcome(envelope('created'))).toMatchObject({
      verdict: 'pending',
      retry: { action: 'change-state' },
    });
  });

  it('reads the capitalised statuses of legacy Connect messages', () => {
    expect(outcome({ envelopeId: 'e1', status: 'Completed' }).code).toBe('envelope:completed');
  });

  it('never echoes a sender’s void reason, nor names or addresses', () => {
    const text = JSON.stringify(outcome(envelope('voided', `Voided for ${PERSONAL_VALUES[0]}`)));
    for (const value of PERSONAL_VALUES) expect(text).not.toContain(value);
    expect(text).not.toContain('Voided for');
  });
});

describe('Connect messages', () => {
  it('recipient-completed is one signer, never the envelope’s approval', () => {
    const body = connect('recipient-completed', summary('sent'));
    expect(answer(body)).toMatchObject({
      kind: 'event',
      name: 'recipient-completed',
      known: true,
      verdictFollows: true,
    });
    const read = docusign.outcome(body);
    expect(read.isErr()).toBe(true);
  });

  it('envelope-completed is read by its name, whatever the summary’s status still says', () => {
    expect(outcome(connect('envelope-completed', summary('delivered')))).toMatchObject({
      code: 'envelope-completed',
      verdict: 'approved',
    });
  });

  it('a recipient’s failed authentication and a bounced e-mail need a person', () => {
    for (const name of ['recipient-authenticationfailed', 'recipient-autoresponded']) {
      expect(answer(connect(name, summary('sent'))), name).toMatchObject({
        kind: 'event',
        attention: true,
      });
    }
  });

  it('reports an event DocuSign documents elsewhere (envelope-resent) as undocumented, not a failure', () => {
    expect(answer(connect('envelope-resent'))).toMatchObject({
      kind: 'event',
      known: false,
      name: null,
    });
    expect(normalize(docusign, { status: 200, body: connect('envelope-resent') }).category).toBe(
      'unknown',
    );
  });

  it('never puts names or addresses of a Connect message into an answer', () => {
    for (const name of ['envelope-completed', 'recipient-declined', 'envelope-voided']) {
      const text = JSON.stringify(answer(connect(name, summary('voided', PERSONAL_VALUES[0]))));
      for (const value of PERSONAL_VALUES) expect(text, name).not.toContain(value);
    }
  });

  it('a Connect message handed to normalize is no failure (unless it is a rejection)', () => {
    const approved = normalize(docusign, { status: 200, body: connect('envelope-completed') });
    expect(approved.reason).toBe('NOT_A_FAILURE');
    const declined = normalize(docusign, { status: 200, body: connect('envelope-declined') });
    expect(declined).toMatchObject({ category: 'verification', reason: 'ENVELOPE_DECLINED' });
  });
});
