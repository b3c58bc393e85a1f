import { normalize } from '@kyc-errors/core';
import { defineProvider, type EntrySpec, own, ownString } from '@kyc-errors/core/provider-kit';
import { describe, expect, it } from 'vitest';

// `retryFromHeaders`: a vendor's own header that says whether to retry (Stripe's
// `Stripe-Should-Retry`) wins over the advice of the status and the code, in one place
// (advice.ts `withVendorRetry`, applied once by the classifier).

const CATALOG = [
  {
    code: 'BUSY',
    kind: 'error',
    category: 'retryable',
    reason: 'BUSY',
    message: 'The vendor was busy.',
    remedy: 'Send it again later.',
    // Keyed: the vendor deduplicates by idempotency key, so a resend goes under the same one.
    retry: { idempotencyKey: 'same' },
  },
  {
    code: 'BAD',
    kind: 'error',
    category: 'validation',
    reason: 'BAD',
    message: 'The request was wrong.',
    remedy: 'Fix it.',
    retry: { idempotencyKey: 'new' },
  },
  {
    code: 'SLOW',
    kind: 'error',
    category: 'rate-limit',
    reason: 'SLOW_DOWN',
    message: 'Too many requests.',
    remedy: 'Send fewer.',
  },
] as const satisfies readonly EntrySpec[];

const header = (name: string) => (h: (n: string) => string | undefined) => {
  const v = h(name);
  return v === 'true' ? true : v === 'false' ? false : undefined;
};

const read = (body: unknown) => {
  const code = ownString(body, 'code');
  return code === undefined ? undefined : { code };
};

const vendor = defineProvider({
  id: 'vendor-retry',
  name: 'Vendor Retry',
  catalog: CATALOG,
  read,
  retryFromHeaders: header('x-should-retry'),
});

const unheeding = defineProvider({ id: 'no-hook', name: 'No hook', catalog: CATALOG, read });

describe('retryFromHeaders', () => {
  it('stops a retryable 5xx when the header says false, and asks to check before a new key', () => {
    const error = normalize(vendor, {
      status: 500,
      headers: { 'X-Should-Retry': 'false', 'Retry-After': '3' },
      body: { code: 'BUSY' },
    });
    expect(error.reason).toBe('BUSY');
    expect(error.retry).toMatchObject({
      retryable: false,
      action: 'check-status',
      idempotencyKey: 'new',
    });
    // Not retryable: no wait to honour.
    expect(error.retry.afterMs).toBeUndefined();
    expect(error.retry.caution).toMatch(/header/);
    // The entry's remedy (send it again later) would contradict the header: it is replaced.
    expect(error.remedy).not.toBe('Send it again later.');
    expect(error.remedy).toMatch(/whether the vendor did the work.*new idempotency key/);
  });

  it('makes a failure the status calls final retryable when the header says true, same key', () => {
    const error = normalize(vendor, {
      status: 400,
      headers: { 'x-should-retry': 'true' },
      body: { code: 'BAD' },
    });
    expect(error.category).toBe('validation');
    expect(error.remedy).toMatch(/same request again.*same idempotency key/);
    expect(error.retry).toMatchObject({
      retryable: true,
      action: 'backoff',
      idempotencyKey: 'same',
    });
  });

  it('stops with investigate, not check-status, when the vendor cannot have acted on it', () => {
    const error = normalize(vendor, {
      status: 429,
      headers: { 'x-should-retry': 'false' },
      body: { code: 'SLOW' },
    });
    expect(error.delivery).toBe('rejected');
    expect(error.retry).toMatchObject({ retryable: false, action: 'investigate' });
    // The entry says nothing about keys: neither does the override.
    expect(error.retry.idempotencyKey).toBeUndefined();
  });

  it('changes nothing when the header agrees, is absent, or is not understood', () => {
    const plain = normalize(vendor, { status: 500, body: { code: 'BUSY' } });
    for (const value of ['true', 'maybe', '']) {
      const error = normalize(vendor, {
        status: 500,
        headers: { 'x-should-retry': value },
        body: { code: 'BUSY' },
      });
      expect(error.retry, value).toEqual(plain.retry);
      expect(error.remedy, value).toBe('Send it again later.');
    }
    expect(plain.retry).toEqual({ retryable: true, action: 'backoff', idempotencyKey: 'same' });
  });

  it('is overridden by nothing without the hook', () => {
    const error = normalize(unheeding, {
      status: 500,
      headers: { 'x-should-retry': 'false' },
      body: { code: 'BUSY' },
    });
    expect(error.retry.retryable).toBe(true);
  });

  it('applies to the status rules too, when no code decided', () => {
    const error = normalize(vendor, { status: 503, headers: { 'x-should-retry': 'false' } });
    expect(error.matchedBy).toBe('status');
    expect(error.retry).toMatchObject({ retryable: false, action: 'check-status' });
  });

  it('survives a hook that throws or answers something else', () => {
    const throwing = defineProvider({
      id: 'throwing',
      name: 'Throwing',
      catalog: CATALOG,
      read,
      retryFromHeaders: () => {
        throw new Error('boom');
      },
    });
    const odd = defineProvider({
      id: 'odd',
      name: 'Odd',
      catalog: CATALOG,
      read,
      retryFromHeaders: (h) => own({ v: h('x') }, 'v') as boolean | undefined,
    });
    for (const p of [throwing, odd]) {
      const error = normalize(p, { status: 500, headers: { x: 'false' }, body: { code: 'BUSY' } });
      expect(error.retry.retryable, p.id).toBe(true);
    }
  });
});
