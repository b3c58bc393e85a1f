import { caughtError } from '@kyc-errors/core/provider-kit';
import { idenfy } from '@kyc-errors/idenfy';
import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';
import { axiosClient, gotClient, kyClient } from '../support/clients.js';
import { send, useEmulator } from '../support/harness.js';
import { SLOW_TIMEOUT_MS } from '../support/loops.js';
import { HUGE_BYTES } from '../support/vendors/net.js';

// caughtError (provider-kit) on what each throwing client throws, as a hand-written retry
// loop or an adapter gets it: ky's HTTPError has not read its body, and caughtError must.
// In its own file: the provider-kit entry point is new, and a missing module fails a file.

const emulator = useEmulator();

const thrownBy = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => expect.unreachable('the call must fail'),
    (e: unknown) => e,
  );

describe.concurrent.each([axiosClient, gotClient, kyClient])(
  'caughtError on $name errors',
  (client) => {
    it('iDenfy 429 "Partner reached token limit": out of credits, not a rate limit', async () => {
      const vendor = emulator.session();
      const thrown = await thrownBy(send(client, vendor.url('idenfy/token-limit')));
      const error = await caughtError(idenfy, thrown);
      expect(error).toMatchObject({ category: 'account', reason: 'OUT_OF_CREDITS' });
      expect(error.retry.retryable).toBe(false);
    });

    it('iDenfy 429 throttling keeps its Retry-After', async () => {
      const vendor = emulator.session();
      const thrown = await thrownBy(send(client, vendor.url('idenfy/throttled')));
      const error = await caughtError(idenfy, thrown);
      expect(error).toMatchObject({ category: 'rate-limit', reason: 'RATE_LIMITED' });
      expect(error.retry.afterMs).toBe(2000);
    });

    it('Smile ID 2215 keeps its check-status advice', async () => {
      const vendor = emulator.session();
      const thrown = await thrownBy(send(client, vendor.url('smile-id/job-exists')));
      const error = await caughtError(smileId, thrown);
      expect(error).toMatchObject({ code: '2215', reason: 'JOB_ALREADY_EXISTS' });
      expect(error.retry.action).toBe('check-status');
    });

    it('Smile ID 2205 with 401 keeps its reason', async () => {
      const vendor = emulator.session();
      const thrown = await thrownBy(send(client, vendor.url('smile-id/not-authorized')));
      expect(await caughtError(smileId, thrown)).toMatchObject({
        code: '2205',
        reason: 'INVALID_SIGNATURE',
      });
    });

    it('a timeout is REQUEST_TIMEOUT', async () => {
      const vendor = emulator.session();
      const thrown = await thrownBy(
        send(client, vendor.url('net/slow'), { timeoutMs: SLOW_TIMEOUT_MS }),
      );
      expect((await caughtError(smileId, thrown)).reason).toBe('REQUEST_TIMEOUT');
    });
  },
);

describe.concurrent('caughtError on ky errors reads a bounded prefix', () => {
  it('a 50 MB error page, left unread by ky: classified, never read whole', async () => {
    const vendor = emulator.session();
    const thrown = await thrownBy(send(kyClient, vendor.url('net/huge-500')));
    expect((await caughtError(smileId, thrown)).reason).toBe('VENDOR_INTERNAL_ERROR');
    const [request] = vendor.requests('net/huge-500');
    await request?.finished;
    expect(request?.bytesSent).toBeLessThan(HUGE_BYTES / 4);
  });
});

describe.concurrent('caughtError never rejects', () => {
  it.each([
    [
      'a response whose text() rejects',
      { response: { status: 500, text: () => Promise.reject(1) } },
    ],
    [
      'a response body that errors',
      {
        response: new Response(
          new ReadableStream({
            pull(c) {
              c.error(new Error('x'));
            },
          }),
          { status: 502 },
        ),
      },
    ],
    ['null', null],
    [
      'a revoked proxy',
      (() => {
        const p = Proxy.revocable({}, {});
        p.revoke();
        return p.proxy;
      })(),
    ],
  ])('%s', async (_name, thrown) => {
    await expect(caughtError(smileId, thrown)).resolves.toHaveProperty('category');
  });
});
