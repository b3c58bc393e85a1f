import { bodyOrThrow, type KycError } from '@kyc-errors/core';
import { retry } from '@kyc-errors/retry';
import { signingCloud } from '@kyc-errors/signingcloud';
import { describe, expect, it, vi } from 'vitest';

// A failure inside an HTTP 200: SigningCloud answers {"result":6} when the token expired. An
// operation that ends with bodyOrThrow turns it into a KycFailure, so retry() refreshes the
// token and tries again, as the guides say.

const answer = (body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });

describe('retry() and a failure inside a 2xx body', () => {
  it('SigningCloud result 6 in HTTP 200 calls refreshCredentials, then succeeds', async () => {
    const bodies = [
      { result: 6, message: 'token expired' },
      { result: 0, data: 'signed' },
    ];
    let calls = 0;
    const refreshCredentials = vi.fn(async (_error: KycError) => {});
    const body = await retry(
      () => bodyOrThrow(signingCloud, Promise.resolve(answer(bodies[calls++]))),
      { provider: signingCloud, refreshCredentials },
    );
    expect(body).toEqual({ result: 0, data: 'signed' });
    expect(refreshCredentials).toHaveBeenCalledTimes(1);
    expect(refreshCredentials.mock.calls[0]?.[0]).toMatchObject({
      retry: { action: 'refresh-credentials' },
    });
    expect(calls).toBe(2);
  });
});
