import { idenfy } from '@kyc-errors/idenfy';
import { pRetryOptions, retry } from '@kyc-errors/retry';
import pRetry from 'p-retry';
import { describe, expect, it } from 'vitest';
import { cockatielPolicy } from '../src/cockatiel.js';
import { rejection } from './fixtures/rejection.js';

// ky throws an HTTPError whose Response body has not been read. Classified from the status
// alone, iDenfy's "Partner reached token limit" in a 429 is a rate limit and would be retried;
// read (bounded), it is an account out of credits that no retry can help.

function kyHttpError(status: number, body: unknown): Error {
  const response = new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    name: 'HTTPError',
    response,
    request: new Request('https://ivs.idenfy.com/api/v2/token', { method: 'POST' }),
  });
}

const outOfCredits = () =>
  kyHttpError(429, { identifier: 'TOO_MANY_REQUESTS', message: 'Partner reached token limit' });

describe('a ky HTTPError with an unread body', () => {
  it('retry() reads it: out of credits, not retried', async () => {
    let calls = 0;
    const failure = await rejection(
      retry(
        async () => {
          calls += 1;
          throw outOfCredits();
        },
        { provider: idenfy, random: () => 0 },
      ),
    );
    expect(failure.error).toMatchObject({ category: 'account', reason: 'OUT_OF_CREDITS' });
    expect(failure).toMatchObject({ stoppedBecause: 'not-retryable', attempts: 1 });
    expect(calls).toBe(1);
  });

  it('the p-retry adapter reads it too', async () => {
    let calls = 0;
    const failure = await rejection(
      pRetry(
        async () => {
          calls += 1;
          throw outOfCredits();
        },
        pRetryOptions(idenfy, { random: () => 0 }),
      ),
    );
    expect(failure.error.reason).toBe('OUT_OF_CREDITS');
    expect(calls).toBe(1);
  });

  it('and so does cockatielPolicy', async () => {
    let calls = 0;
    const failure = await rejection(
      cockatielPolicy(idenfy, { random: () => 0 }).execute(async () => {
        calls += 1;
        throw outOfCredits();
      }),
    );
    expect(failure.error.reason).toBe('OUT_OF_CREDITS');
    expect(calls).toBe(1);
  });
});
