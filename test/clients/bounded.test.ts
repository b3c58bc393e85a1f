import { bodyOrThrow, isKycFailure } from '@kyc-errors/core';
import { smileId } from '@kyc-errors/smile-id';
import axios from 'axios';
import got from 'got';
import { describe, expect, it } from 'vitest';
import { axiosClient, fetchClient, gotClient, kyClient } from '../support/clients.js';
import {
  rejection,
  send,
  useEmulator,
  type VendorRoute,
  type VendorSession,
} from '../support/harness.js';
import { leaks, PERSONAL_REQUEST, SECRET_HEADERS } from '../support/secrets.js';
import { HUGE_BYTES } from '../support/vendors/net.js';

// Bodies too big to read whole: a 50 MB error page and bodies that never end. The boundary
// reads a bounded prefix of a fetch/ky Response and cancels the rest; axios and got read
// bodies themselves, so there the client's own limits bound them (as the guide says).
// The tests run concurrently (each has its own session): most of their time is spent waiting
// on sockets and client timeouts, not computing.

const emulator = useEmulator();

/** Well under the 50 MB sent in full: the read stopped early (socket buffers aside). */
const FAR_LESS = HUGE_BYTES / 4;

/** How many bytes the scenario wrote, once its response is over (or 5 s have passed). */
async function bytesSentBy(vendor: VendorSession, route: VendorRoute): Promise<number> {
  const [request] = vendor.requests(route);
  if (request === undefined) return 0;
  await Promise.race([request.finished, new Promise((r) => setTimeout(r, 5000))]);
  return request.bytesSent;
}

describe.concurrent.each([fetchClient, kyClient])(
  '$name: the boundary reads a bounded prefix',
  (client) => {
    it('a 50 MB error page: classified from its status, the rest cancelled', async () => {
      const vendor = emulator.session();
      const failure = await rejection(
        bodyOrThrow(smileId, send(client, vendor.url('net/huge-500'))),
      );
      expect(failure.error).toMatchObject({
        category: 'retryable',
        reason: 'VENDOR_INTERNAL_ERROR',
      });
      expect(await bytesSentBy(vendor, 'net/huge-500')).toBeLessThan(FAR_LESS);
    });

    it('an error body that never ends: settles, classified from its status', async () => {
      const vendor = emulator.session();
      const failure = await rejection(
        bodyOrThrow(smileId, send(client, vendor.url('net/endless-502'))),
      );
      expect(failure.error).toMatchObject({ category: 'retryable', reason: 'BAD_GATEWAY' });
      expect(await bytesSentBy(vendor, 'net/endless-502')).toBeLessThan(FAR_LESS);
    });

    it('a 2xx body that never ends is RESPONSE_TOO_LARGE, never a truncated success', async () => {
      const vendor = emulator.session();
      const settled = await bodyOrThrow(smileId, send(client, vendor.url('net/endless-200')), {
        maxBodyBytes: 4 * 1024 * 1024,
      }).then(
        () => 'resolved',
        (e: unknown) => (isKycFailure(e) ? e.error.reason : 'something else'),
      );
      expect(settled).toBe('RESPONSE_TOO_LARGE');
      expect(await bytesSentBy(vendor, 'net/endless-200')).toBeLessThan(FAR_LESS);
    });
  },
);

describe.concurrent.each([axiosClient, gotClient])(
  '$name: a body the client read whole',
  (client) => {
    it('a 50 MB error page, read whole by the client, is classified all the same', async () => {
      const vendor = emulator.session();
      const started = Date.now();
      const failure = await rejection(
        bodyOrThrow(smileId, send(client, vendor.url('net/huge-500'))),
      );
      expect(failure.error).toMatchObject({
        category: 'retryable',
        reason: 'VENDOR_INTERNAL_ERROR',
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(leaks(failure)).toEqual([]);
    });
  },
);

describe.concurrent('the clients own limits bound an endless body', () => {
  it('axios: maxContentLength stops it; the boundary rejects with a KycFailure', async () => {
    const vendor = emulator.session();
    const failure = await rejection(
      bodyOrThrow(
        smileId,
        axios.post(vendor.url('net/endless-502'), PERSONAL_REQUEST, {
          headers: SECRET_HEADERS,
          maxContentLength: 1024 * 1024,
        }),
      ),
    );
    // axios drops the response when the limit trips: only the failure kind is left.
    expect(failure.error.retry).toBeDefined();
    expect(await bytesSentBy(vendor, 'net/endless-502')).toBeLessThan(FAR_LESS);
    expect(leaks(failure)).toEqual([]);
  });

  it('got: timeout.request covers the body; a 502 is classified from its status', async () => {
    const vendor = emulator.session();
    const failure = await rejection(
      bodyOrThrow(
        smileId,
        got.post(vendor.url('net/endless-502'), {
          json: PERSONAL_REQUEST,
          headers: SECRET_HEADERS,
          timeout: { request: 300 },
          retry: { limit: 0 },
        }),
      ),
    );
    expect(failure.error).toMatchObject({ category: 'retryable', reason: 'BAD_GATEWAY' });
    expect(leaks(failure)).toEqual([]);
  });

  it('got: a 2xx body cut off by timeout.request is a REQUEST_TIMEOUT', async () => {
    const vendor = emulator.session();
    const failure = await rejection(
      bodyOrThrow(
        smileId,
        got.post(vendor.url('net/endless-200'), {
          json: PERSONAL_REQUEST,
          headers: SECRET_HEADERS,
          timeout: { request: 300 },
          retry: { limit: 0 },
        }),
      ),
    );
    expect(failure.error).toMatchObject({ category: 'retryable', reason: 'REQUEST_TIMEOUT' });
    expect(leaks(failure)).toEqual([]);
  });
});
