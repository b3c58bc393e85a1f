import { inspect } from 'node:util';
import type { KycFailure } from '@kyc-errors/core';
import { cockatielOptions, pRetryOptions, retry } from '@kyc-errors/retry';
import { retry as cockatielRetry, handleWhen } from 'cockatiel';
import pRetry from 'p-retry';
import { describe, expect, it } from 'vitest';
import { cockatielPolicy } from '../src/cockatiel.js';
import { rejection } from './fixtures/rejection.js';
import { kycco } from './fixtures/vendor.js';

// What axios throws carries the whole request: the Authorization header and the body with
// the applicant's personal data. Whatever path the failure takes, what rejects must be a
// KycFailure from which no logger can print either.

const API_KEY = 'sk_live_9f8e7d6c5b4a39281706';
const PERSONAL = ['19850412-4821', 'Amara', 'Okafor', 'amara.okafor@example.com', '8031234567'];

function axiosError(status: number): Error {
  const request = {
    id_number: '19850412-4821',
    first_name: 'Amara',
    last_name: 'Okafor',
    email: 'amara.okafor@example.com',
    phone_number: '+2348031234567',
  };
  const config = {
    url: 'https://api.kycco.test/v1/id_verification',
    method: 'post',
    headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
    data: JSON.stringify(request),
  };
  const error = Object.assign(new Error(`Request failed with status code ${status}`), {
    name: 'AxiosError',
    isAxiosError: true,
    code: status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
    config,
    request: { _header: `POST /v1/id_verification\r\nAuthorization: Bearer ${API_KEY}\r\n` },
    response: {
      status,
      statusText: '',
      headers: { 'content-type': 'application/json' },
      config,
      // The vendor echoes the request back, as some do.
      data: { code: '9999', error: 'Invalid id_number 19850412-4821 for Amara Okafor', ...request },
    },
  });
  return Object.assign(error, { toJSON: () => ({ message: error.message, config }) });
}

function printed(failure: KycFailure): string[] {
  return [
    inspect(failure, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    String(failure),
    JSON.stringify(failure),
    failure.stack ?? '',
    failure.message,
  ];
}

function expectNothingLeaks(failure: KycFailure): void {
  for (const text of printed(failure)) {
    expect(text).not.toContain(API_KEY);
    expect(text).not.toContain('Authorization');
    for (const value of PERSONAL) expect(text).not.toContain(value);
  }
}

const instant = { random: () => 0, maxAttempts: 2 } as const;
const throwing = (status: number) => async (): Promise<never> => {
  throw axiosError(status);
};

describe.each([
  [503, 'attempts-exhausted'],
  [400, 'not-retryable'],
] as const)('an axios error with a %i', (status, stoppedBecause) => {
  it('retry() rejects with a KycFailure that carries neither the key nor the personal data', async () => {
    const failure = await rejection(retry(throwing(status), { provider: kycco, ...instant }));
    expect(failure.stoppedBecause).toBe(stoppedBecause);
    expectNothingLeaks(failure);
  });

  it('the p-retry adapter does the same', async () => {
    const failure = await rejection(pRetry(throwing(status), pRetryOptions(kycco, instant)));
    expect(failure.stoppedBecause).toBe(stoppedBecause);
    expectNothingLeaks(failure);
  });

  it('cockatielPolicy does the same', async () => {
    const failure = await rejection(cockatielPolicy(kycco, instant).execute(throwing(status)));
    expect(failure.stoppedBecause).toBe(stoppedBecause);
    expectNothingLeaks(failure);
  });

  it('cockatiel’s own retry() over cockatielOptions, with the operation guarded', async () => {
    const o = cockatielOptions(kycco, instant);
    const policy = cockatielRetry(handleWhen(o.shouldHandle), o);
    const failure = await rejection(policy.execute(o.guard(throwing(status))));
    expectNothingLeaks(failure);
  });
});
