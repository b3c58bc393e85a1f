import { CATEGORIES, type KycError } from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import {
  type KycEventProcessor,
  kycEventProcessor,
  SENTRY_LEVELS,
  type SentryEventLike,
} from '@kyc-errors/observe/sentry';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import * as Sentry from '@sentry/node';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { sentryToMemory } from './memory-sinks.js';
import { thrownBy, vendorError } from './support.js';

// @sentry/node itself, initialised with a transport that keeps each envelope's bytes in
// memory instead of sending them (memory-sinks.ts): what these tests read is exactly what
// would go over the wire. The processor under test is swapped per test.

let beforeSend: KycEventProcessor | undefined;
const wire = sentryToMemory((event, hint) =>
  beforeSend === undefined ? event : beforeSend(event, hint),
);
afterAll(() => Sentry.close(2000));

beforeEach(() => {
  wire.length = 0;
  beforeSend = undefined;
});

/** What these tests read of a sent event. */
interface SentEvent {
  readonly fingerprint?: string[];
  readonly level?: string;
  readonly tags?: Record<string, unknown>;
  readonly contexts?: Record<string, unknown>;
  readonly extra?: Record<string, unknown>;
}

/** The error events sent since the test began, parsed from the envelopes' bytes. */
async function sentEvents(): Promise<SentEvent[]> {
  await Sentry.flush(2000);
  const events: SentEvent[] = [];
  for (const envelope of wire) {
    const [, ...lines] = envelope.split('\n');
    for (let i = 0; i + 1 < lines.length; i += 2) {
      const header = JSON.parse(lines[i] as string) as { type?: string };
      if (header.type === 'event') events.push(JSON.parse(lines[i + 1] as string));
    }
  }
  return events;
}

const notAuthorized = () =>
  vendorError(smileId, 401, { code: '2205', error: 'You are not authorized to do that' });
const codeRejected = () => vendorError(signingCloud, 200, { result: 15, data: null });
// iDenfy echoes the rejected value in its message: core keeps `firstName`, redacts the value.
const invalidField = () =>
  vendorError(idenfy, 400, {
    identifier: 'BAD_VALUE',
    message: 'Invalid value for field firstName: Zq7xKpWm',
  });
const unrecognised = () => vendorError(smileId, undefined, { weird: 'Zq7xKpWm', error: 'Teapot' });

describe('kycEventProcessor with @sentry/node', () => {
  it('one issue per kind of failure: fingerprint [provider, reason], the level of its category, kyc.* tags', async () => {
    beforeSend = kycEventProcessor();
    Sentry.captureException(
      thrownBy(notAuthorized(), { attempts: 1, stoppedBecause: 'not-retryable' }),
    );
    const [event] = await sentEvents();
    expect(event?.fingerprint).toEqual(['smile-id', 'INVALID_SIGNATURE']);
    expect(event?.level).toBe('error');
    expect(event?.tags).toMatchObject({
      'kyc.provider': 'smile-id',
      'kyc.category': 'auth',
      'kyc.reason': 'INVALID_SIGNATURE',
      'kyc.code': '2205',
      'kyc.retry.action': 'fix-config',
      'kyc.delivery': 'rejected',
      'kyc.stopped_because': 'not-retryable',
    });
    expect(event?.contexts?.kyc).toMatchObject({
      type: 'KycFailure',
      attempts: 1,
      error: { reason: 'INVALID_SIGNATURE', httpStatus: 401 },
    });
  });

  it('a verification rejection is info, not an incident, and dropExpected drops it; auth is never dropped', async () => {
    beforeSend = kycEventProcessor({ dropExpected: true });
    Sentry.captureException(thrownBy(codeRejected()));
    Sentry.captureException(thrownBy(notAuthorized()));
    const events = await sentEvents();
    expect(events.map((e) => e.fingerprint)).toEqual([['smile-id', 'INVALID_SIGNATURE']]);

    beforeSend = kycEventProcessor();
    Sentry.captureException(thrownBy(codeRejected()));
    const kept = await sentEvents();
    expect(kept.at(-1)).toMatchObject({
      level: 'info',
      fingerprint: ['signingcloud', 'AUTHORIZATION_CODE_REJECTED'],
    });
  });

  it('without the processor, a captured plain KycError goes out whole under extra.__serialized__, raw and vendorMessage included; with it, the safe fields', async () => {
    Sentry.captureException(unrecognised());
    Sentry.captureException(invalidField());
    const [raw, message] = await sentEvents();
    expect(raw?.extra?.__serialized__).toHaveProperty('raw', {
      weird: '[string(8)]',
      error: '[string(6)]',
    });
    expect(message?.extra?.__serialized__).toHaveProperty(
      'vendorMessage',
      'Invalid value for field firstName: [redacted]',
    );

    beforeSend = kycEventProcessor();
    Sentry.captureException(unrecognised());
    Sentry.captureException(invalidField());
    const [safeRaw, safeMessage] = (await sentEvents()).slice(2);
    expect(safeRaw?.extra?.__serialized__).toMatchObject({
      type: 'KycError',
      reason: 'UNRECOGNIZED_FAILURE',
    });
    expect(safeRaw?.extra?.__serialized__).not.toHaveProperty('raw');
    expect(safeMessage?.extra?.__serialized__).not.toHaveProperty('vendorMessage');
    expect(JSON.stringify(safeMessage)).not.toContain('firstName: [redacted]');
  });

  it("the extra-error-data integration copies a KycFailure's error, vendorMessage included; the processor replaces it", async () => {
    Sentry.captureException(thrownBy(invalidField()));
    const [plain] = await sentEvents();
    expect(JSON.stringify(plain?.contexts?.KycFailure)).toContain('firstName: [redacted]');

    beforeSend = kycEventProcessor();
    Sentry.captureException(thrownBy(invalidField()));
    const [processed] = (await sentEvents()).slice(1);
    expect(processed?.contexts?.KycFailure).toEqual(processed?.contexts?.kyc);
    expect(JSON.stringify(processed)).not.toContain('firstName: [redacted]');
  });

  it('finds a failure that is the cause of an app error, and replaces the copy made of it there', async () => {
    Sentry.captureException(new Error('onboarding failed', { cause: thrownBy(invalidField()) }));
    const [plain] = await sentEvents();
    expect(JSON.stringify(plain?.contexts?.Error)).toContain('firstName: [redacted]');

    beforeSend = kycEventProcessor();
    Sentry.captureException(new Error('onboarding failed', { cause: thrownBy(invalidField()) }));
    const [event] = (await sentEvents()).slice(1);
    expect(event?.fingerprint).toEqual(['idenfy', 'INVALID_FIELD']);
    expect(event?.contexts?.Error).toEqual({ cause: { KycFailure: event?.contexts?.kyc } });
  });

  it('vendorMessage goes into the kyc context only with { vendorMessage: true }', async () => {
    beforeSend = kycEventProcessor({ vendorMessage: true });
    Sentry.captureException(thrownBy(invalidField()));
    const [event] = await sentEvents();
    expect(event?.contexts?.kyc).toHaveProperty(
      'error.vendorMessage',
      'Invalid value for field firstName: [redacted]',
    );
  });
});

describe('kycEventProcessor on its own', () => {
  const base = (category: string): KycError => ({ ...notAuthorized(), category }) as KycError;
  const empty = (): SentryEventLike => ({});

  it.each(CATEGORIES)('%s: the level of SENTRY_LEVELS', (category) => {
    const event = kycEventProcessor()(empty(), { originalException: base(category) });
    expect(event?.level).toBe(SENTRY_LEVELS[category]);
  });

  it('levels can be changed per category', () => {
    const process = kycEventProcessor({ levels: { 'rate-limit': 'error' } });
    expect(process(empty(), { originalException: base('rate-limit') })?.level).toBe('error');
  });

  it('expected can name other categories to drop', () => {
    const process = kycEventProcessor({ dropExpected: true, expected: ['user-state'] });
    expect(process(empty(), { originalException: base('user-state') })).toBeNull();
    expect(process(empty(), { originalException: base('verification') })).not.toBeNull();
  });

  it('an event without a kyc-errors failure passes unchanged', () => {
    const event = { tags: { route: '/x' } };
    expect(kycEventProcessor()(event, { originalException: new Error('db down') })).toBe(event);
    expect(kycEventProcessor({ dropExpected: true })(event, {})).toBe(event);
  });

  it('never throws: a captured value whose getters throw leaves the event as it was', () => {
    let reads = 0;
    const flaky = new Proxy(notAuthorized(), {
      get(target, key, receiver) {
        // Looks like a KycError on the first reads, then throws.
        if (++reads > 12) throw new Error('trap');
        return Reflect.get(target, key, receiver);
      },
    });
    const event = { level: 'warning' as const };
    expect(kycEventProcessor()(event, { originalException: flaky })).toBe(event);
  });
});
