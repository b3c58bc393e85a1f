import {
  type Delivery,
  type KycError,
  KycFailure,
  normalize,
  normalizeThrown,
  RETRY_ACTIONS,
  type RetryAction,
} from '@kyc-errors/core';
import { retry } from '@kyc-errors/retry';
import {
  backoffSettings,
  CHECK_VENDOR_FIRST,
  type EnginePlan,
  enginePlan,
  refreshOnce,
  type SafeDetails,
  safeDetails,
  safeMessage,
} from '@kyc-errors/retry/engine';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeTime } from './fixtures/failures.js';

// The decision every engine adapter shares. First one table over every action, delivery and
// idempotence, each row its own named expectation; then that the table is retry()'s own
// decision; then the decisions a reviewer could dispute, by name.

type Kind = EnginePlan['kind'];
/** The plan for a delivery of `not-sent`, `uncertain`, `rejected`, in that order. */
type ByDelivery = readonly [Kind, Kind, Kind];

interface Expectation {
  /** Why, in a few words: the name of each row. */
  readonly why: string;
  /** Retryable advice, on an idempotent call. */
  readonly idempotent: ByDelivery;
  /** Retryable advice, on a call that must not run twice. */
  readonly once: ByDelivery;
  /** The same action with advice that is not retryable, whatever the call or delivery. */
  readonly notRetryable: Kind;
}

const DELIVERIES = ['not-sent', 'uncertain', 'rejected'] as const satisfies readonly Delivery[];

/** What the engine backs off on: retried, unless a one-time call may have landed. */
const RETRIED = {
  idempotent: ['retry', 'retry', 'retry'],
  once: ['retry', 'check-vendor', 'retry'],
  notRetryable: 'stop',
} as const;

/** An action only a person or the caller can take: no engine retries it, whatever the call. */
const STOPS = {
  idempotent: ['stop', 'stop', 'stop'],
  once: ['stop', 'stop', 'stop'],
  notRetryable: 'stop',
} as const;

// Keyed by action: a new action in core does not compile here until its row is written.
const EXPECTED = {
  backoff: {
    why: 'the engine backs off; only proof the vendor did not act lets a one-time call go again',
    ...RETRIED,
  },
  wait: {
    why: 'throttling: the engine waits; a refusal (rejected) is safe to send again',
    ...RETRIED,
  },
  'refresh-credentials': {
    why: 'refresh once, then retry; a one-time call that may have landed is looked up first',
    idempotent: ['refresh', 'refresh', 'refresh'],
    once: ['refresh', 'check-vendor', 'refresh'],
    notRetryable: 'stop',
  },
  'check-status': {
    why: 'the earlier request may have landed (Smile ID 2215): look it up, never resend blind',
    idempotent: ['check-vendor', 'check-vendor', 'check-vendor'],
    once: ['check-vendor', 'check-vendor', 'check-vendor'],
    notRetryable: 'check-vendor',
  },
  'new-idempotency-key': {
    why: 'the id is spent: only the caller can send again, with a new one',
    ...STOPS,
  },
  'wait-for-result': {
    why: 'the vendor is still deciding: a resubmission starts a second check',
    ...STOPS,
  },
  'user-action': { why: 'the end user must act', ...STOPS },
  'fix-request': { why: 'unchanged, the request fails the same way', ...STOPS },
  'fix-config': { why: 'a developer must fix keys or environment', ...STOPS },
  'account-action': { why: 'the account owner must act', ...STOPS },
  'change-state': { why: "the end user's state at the vendor must change", ...STOPS },
  investigate: { why: 'nobody knows yet: a person reads the cause', ...STOPS },
  none: { why: 'a final answer', ...STOPS },
} as const satisfies Record<RetryAction, Expectation>;

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const base = normalize(smileId, { status: 503, body: { message: 'Service Unavailable' } });
const advised = (action: RetryAction, retryable: boolean, delivery: Delivery): KycError => ({
  ...base,
  retry: { retryable, action },
  delivery,
});

interface Row {
  readonly name: string;
  readonly action: RetryAction;
  readonly retryable: boolean;
  readonly idempotent: boolean;
  readonly delivery: Delivery;
  readonly kind: Kind;
}

const ROWS: readonly Row[] = RETRY_ACTIONS.flatMap((action) => {
  const e: Expectation = EXPECTED[action];
  return [true, false].flatMap((retryable) =>
    [true, false].flatMap((idempotent) =>
      DELIVERIES.map((delivery, i) => {
        const kind = retryable ? (idempotent ? e.idempotent : e.once)[i] : e.notRetryable;
        if (kind === undefined) throw new Error(`no expectation for ${action} ${delivery}`);
        const call = idempotent ? 'idempotent' : 'must not run twice';
        const advice = retryable ? 'retryable' : 'not retryable';
        return {
          name: `${action}, ${advice}, ${call}, ${delivery}: ${kind} (${e.why})`,
          action,
          retryable,
          idempotent,
          delivery,
          kind,
        };
      }),
    ),
  );
});

describe('enginePlan over every action × idempotent × delivery', () => {
  it('covers every combination once', () => {
    expect(ROWS).toHaveLength(RETRY_ACTIONS.length * 2 * 2 * DELIVERIES.length);
  });

  it.each(ROWS)('$name', ({ action, retryable, idempotent, delivery, kind }) => {
    const plan = enginePlan(advised(action, retryable, delivery), { idempotent, now: NOW });
    expect(plan.kind).toBe(kind);
    if (plan.kind === 'check-vendor') expect(plan.error.retry.action).toBe('check-status');
    if (plan.kind === 'stop') expect(plan.why).toBe('advice');
  });
});

/** What retry() did with one failure, in the plan's terms. */
async function retryOutcome(error: KycError, idempotent: boolean): Promise<Kind> {
  const time = fakeTime(NOW);
  let refreshed = false;
  let calls = 0;
  try {
    await retry(
      async () => {
        calls += 1;
        if (calls === 1) throw new KycFailure(error);
        return 'ok';
      },
      {
        provider: smileId,
        idempotent,
        maxAttempts: 2,
        sleep: time.sleep,
        now: time.now,
        refreshCredentials: () => {
          refreshed = true;
        },
      },
    );
    return refreshed ? 'refresh' : 'retry';
  } catch (thrown) {
    const failure = thrown as KycFailure;
    if (failure.stoppedBecause === 'deferred') return 'defer';
    if (failure.stoppedBecause === 'ambiguous') return 'check-vendor';
    return failure.error.retry.action === 'check-status' ? 'check-vendor' : 'stop';
  }
}

describe('enginePlan is the decision retry() makes', () => {
  it.each(ROWS)(
    '$name, as retry() decides',
    async ({ action, retryable, idempotent, delivery }) => {
      const error = advised(action, retryable, delivery);
      expect(enginePlan(error, { idempotent, now: NOW }).kind).toBe(
        await retryOutcome(error, idempotent),
      );
    },
  );
});

describe('enginePlan decisions', () => {
  const throttled = (retryAfter: string) =>
    normalize(smileId, { status: 429, headers: { 'retry-after': retryAfter } });
  const timedOut = normalizeThrown(smileId, Object.assign(new Error('t'), { code: 'ETIMEDOUT' }));
  const expired = signingCloud.errorFor('6') as KycError;

  it("a Retry-After within maxWaitMs is a retry after it; beyond, a defer to the vendor's time", () => {
    expect(enginePlan(throttled('30'), { idempotent: true, now: NOW })).toMatchObject({
      kind: 'retry',
      afterMs: 30_000,
    });
    expect(enginePlan(throttled('7200'), { idempotent: true, now: NOW })).toMatchObject({
      kind: 'defer',
      notBefore: NOW + 7_200_000,
    });
  });

  it("maxWaitMs moves the line between the two (BullMQ's maxBackoffMs)", () => {
    expect(enginePlan(throttled('30'), { idempotent: true, now: NOW, maxWaitMs: 10_000 })).toEqual({
      kind: 'defer',
      error: throttled('30'),
      notBefore: NOW + 30_000,
    });
  });

  it('a retry without a vendor wait names none: the engine draws its own backoff', () => {
    expect(enginePlan(base, { idempotent: true })).toEqual({ kind: 'retry', error: base });
  });

  it('a 429 of a call that must not run twice is retried: the vendor refused it without acting', () => {
    expect(enginePlan(throttled('5'), { idempotent: false }).kind).toBe('retry');
  });

  it('a timeout of a call that must not run twice is check-vendor, with check-status advice and its caution', () => {
    const plan = enginePlan(timedOut, { idempotent: false });
    expect(plan.kind).toBe('check-vendor');
    expect(plan.error.retry).toMatchObject({
      retryable: false,
      action: 'check-status',
      caution: expect.stringContaining('not idempotent'),
    });
    expect(enginePlan(timedOut, { idempotent: true }).kind).toBe('retry');
  });

  it('a retry() loop that deferred is a defer to its notBefore, even a short one', () => {
    const deferred = new KycFailure(throttled('5'), {
      attempts: 1,
      stoppedBecause: 'deferred',
      notBefore: NOW + 5000,
    });
    expect(enginePlan(deferred, { idempotent: false, now: NOW })).toEqual({
      kind: 'defer',
      error: deferred.error,
      notBefore: NOW + 5000,
      loop: deferred,
    });
  });

  it('a retry() loop that stopped as ambiguous is check-vendor, even where the engine thinks the call idempotent', () => {
    const ambiguous = new KycFailure(
      { ...timedOut, retry: { retryable: false, action: 'check-status' } },
      { attempts: 1, stoppedBecause: 'ambiguous' },
    );
    expect(enginePlan(ambiguous, { idempotent: true }).kind).toBe('check-vendor');
  });

  it('a retry() loop that used up its attempts on a transient failure is one retry of the engine', () => {
    const exhausted = new KycFailure(base, { attempts: 3, stoppedBecause: 'attempts-exhausted' });
    expect(enginePlan(exhausted, { idempotent: true }).kind).toBe('retry');
  });

  it('Smile ID 2215 is check-vendor on an idempotent call too: the job may already exist', () => {
    const exists = smileId.errorFor('2215') as KycError;
    expect(enginePlan(exists, { idempotent: true }).kind).toBe('check-vendor');
  });

  it("an expired token is a refresh, keeping the vendor's Retry-After", () => {
    expect(enginePlan(expired, { idempotent: true })).toEqual({ kind: 'refresh', error: expired });
    const later = { ...expired, retry: { ...expired.retry, afterMs: 2000 } };
    expect(enginePlan(later, { idempotent: true })).toMatchObject({
      kind: 'refresh',
      afterMs: 2000,
    });
  });

  it('an expired token after a refresh is a stop: the refresh did not help', () => {
    expect(enginePlan(expired, { idempotent: true, refreshed: true })).toEqual({
      kind: 'stop',
      why: 'refreshed',
      error: expired,
    });
  });

  it('an action this version does not know is never retried', () => {
    const unknown = {
      ...base,
      retry: { retryable: true, action: 'try-harder' as RetryAction },
    };
    expect(enginePlan(unknown, { idempotent: true })).toMatchObject({
      kind: 'stop',
      why: 'advice',
    });
  });
});

describe('refreshOnce', () => {
  const expired = signingCloud.errorFor('6') as KycError;
  const provider = signingCloud;

  it('calls the hook once with the expired token, and the plan stands: the engine retries', async () => {
    const seen: string[] = [];
    const plan = enginePlan(expired, { idempotent: true });
    const after = await refreshOnce(plan, {
      provider,
      refreshCredentials: (error) => seen.push(error.reason),
    });
    expect(seen).toEqual(['ACCESS_TOKEN_EXPIRED']);
    expect(after).toEqual({ plan, refreshed: true });
  });

  it("a hook that throws stops, with the hook's own failure classified by the provider", async () => {
    const after = await refreshOnce(enginePlan(expired, { idempotent: true }), {
      provider,
      refreshCredentials: () => {
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      },
    });
    expect(after.refreshed).toBe(false);
    expect(after.plan).toMatchObject({ kind: 'stop', why: 'refresh-failed' });
    expect(after.plan.error.reason).toBe('CONNECTION_REFUSED');
    expect(after.plan.loop).toBeUndefined();
  });

  it('without a hook, or for any other plan, nothing is called and the plan stands', async () => {
    const plan = enginePlan(expired, { idempotent: true });
    expect(await refreshOnce(plan, { provider })).toEqual({ plan, refreshed: false });
    let calls = 0;
    const other = enginePlan(base, { idempotent: true });
    const after = await refreshOnce(other, { provider, refreshCredentials: () => (calls += 1) });
    expect([after, calls]).toEqual([{ plan: other, refreshed: false }, 0]);
  });
});

describe('backoffSettings', () => {
  it("fills in retry()'s defaults and rejects a nonsense number, as retry() does", () => {
    expect(backoffSettings({ random: () => 0 })).toMatchObject({
      baseDelayMs: 200,
      rateLimitBaseDelayMs: 1000,
      maxDelayMs: 20_000,
    });
    expect(() => backoffSettings({ baseDelayMs: -1 })).toThrow(RangeError);
    expect(() => backoffSettings({ maxDelayMs: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('safeMessage', () => {
  it('is "<provider> <REASON>: <our message>"', () => {
    const badSignature = normalize(smileId, { status: 401, body: { code: '2205' } });
    expect(safeMessage(badSignature)).toBe(`smile-id INVALID_SIGNATURE: ${badSignature.message}`);
  });

  it('says to check the vendor first for check-status advice', () => {
    const timedOut = normalizeThrown(smileId, Object.assign(new Error('t'), { code: 'ETIMEDOUT' }));
    const plan = enginePlan(timedOut, { idempotent: false });
    expect(safeMessage(plan.error)).toBe(
      `smile-id REQUEST_TIMEOUT: ${timedOut.message} ${CHECK_VENDOR_FIRST}`,
    );
  });

  it("never holds the vendor's text, even where redaction kept words of it", () => {
    const echoed = normalize(smileId, {
      status: 400,
      body: { code: '2413', error: 'Missing parameter id_number for Chidinma' },
    });
    expect(echoed.vendorMessage).toMatch(/^Missing parameter id_number/);
    expect(safeMessage(echoed)).not.toContain('id_number');
  });
});

const ALLOWED: readonly (keyof SafeDetails)[] = [
  'provider',
  'code',
  'category',
  'reason',
  'message',
  'remedy',
  'retryable',
  'action',
  'afterMs',
  'caution',
  'delivery',
  'matchedBy',
  'httpStatus',
  'stoppedBecause',
  'notBefore',
];

describe('safeDetails', () => {
  it("copies the loop's stop and notBefore", () => {
    const deferred = new KycFailure(base, {
      attempts: 2,
      stoppedBecause: 'deferred',
      notBefore: NOW,
    });
    expect(safeDetails(deferred.error, deferred)).toMatchObject({
      reason: 'SERVICE_UNAVAILABLE',
      httpStatus: 503,
      stoppedBecause: 'deferred',
      notBefore: NOW,
    });
  });

  it('holds the allow-listed fields only, whatever a hand-made error carries', () => {
    const planted = 'Chidinma Okafor, NIN 12345678901';
    fc.assert(
      fc.property(
        fc.record({
          vendorMessage: fc.string(),
          field: fc.string(),
          raw: fc.anything(),
          requestId: fc.string(),
          extra: fc.anything(),
        }),
        (junk) => {
          const error = {
            ...base,
            ...junk,
            vendorMessage: `${junk.vendorMessage}${planted}`,
          } as KycError;
          const details = safeDetails(error);
          expect(
            Object.keys(details).filter((k) => !ALLOWED.includes(k as keyof SafeDetails)),
          ).toEqual([]);
          expect(JSON.stringify(details)).not.toContain(planted);
          expect(safeMessage(error)).not.toContain(planted);
        },
      ),
    );
  });
});
