import { retry } from '@kyc-errors/retry';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  GATEWAY_503,
  HANGING,
  OK,
  PLANTED,
  PLANTED_FAILURES,
  SMILE_2205,
  signingCloudResult,
  throttled,
  vendor,
} from '../../../test/support/engine-vendor.js';
import {
  invocationRow,
  type RestateServer,
  restateBinary,
  startRestate,
} from './restate-server.js';
import { type Endpoint, register, serveKyc } from './restate-service.js';

// Against a real restate-server (the npm package's binary, on 127.0.0.1, started and stopped
// here) and this process's service, served by the SDK over HTTP/2 and registered with it. The
// vendor is a loopback server; what Restate did is read back from its ingress answer and from
// its own records (`sys_invocation`, `sys_journal`), never from a clock in this process.

let server: RestateServer;
let endpoint: Endpoint;

beforeAll(async () => {
  const binary = restateBinary();
  if (binary === undefined) {
    throw new Error(
      'no restate-server binary for this platform: @restatedev/restate-server ships linux and darwin, x64 and arm64',
    );
  }
  server = await startRestate(binary);
  endpoint = await serveKyc(server);
}, 90_000);

afterAll(async () => {
  await server?.stop();
  await endpoint?.close();
});

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 0, 15, 9, 30);
const epochMs = (value: unknown): number => Date.parse(String(value));

describe('restateGuard in ctx.run, against restate-server', () => {
  it('Smile ID 2205 ends the invocation with a TerminalError: one request, the reason in its metadata', async () => {
    const vendorServer = await vendor(SMILE_2205);
    const id = register(call(smileId, vendorServer), { provider: smileId });
    const answer = await endpoint.call('run', id);
    await vendorServer.close();

    expect(answer.status).toBe(500);
    expect(answer.body).toMatchObject({
      message: 'smile-id INVALID_SIGNATURE: Smile ID did not accept the request signature.',
      metadata: {
        provider: 'smile-id',
        code: '2205',
        reason: 'INVALID_SIGNATURE',
        category: 'auth',
      },
    });
    expect(vendorServer.seen).toHaveLength(1);
  });

  it("a 503 is retried by Restate's retry policy, and the second attempt succeeds", async () => {
    const vendorServer = await vendor(GATEWAY_503, OK);
    const id = register(call(smileId, vendorServer), { provider: smileId });
    const answer = await endpoint.call('run', id);
    await vendorServer.close();

    expect(answer).toEqual({ status: 200, body: OK.body });
    expect(vendorServer.seen.map((s) => s.status)).toEqual([503, 200]);
  });

  it("a 429 with Retry-After: 3600 backs the invocation off for the hour, not the policy's 500 ms", async () => {
    const vendorServer = await vendor(throttled(3600));
    const id = register(call(smileId, vendorServer), { provider: smileId });
    const invocation = await endpoint.send('run', id);
    const row = await invocationRow(server, invocation, (r) => r.status === 'backing-off');
    await server.kill(invocation);
    await vendorServer.close();

    const backoff = epochMs(row.next_retry_at) - epochMs(row.last_start_at);
    expect(backoff).toBeGreaterThanOrEqual(HOUR);
    expect(backoff).toBeLessThan(HOUR + 60_000);
    expect(row.last_failure).toMatch(/^\[500 Internal\] smile-id RATE_LIMITED: /);
    expect(vendorServer.seen).toHaveLength(1);
  });

  it('a retry() in the run that defers is retried by Restate at its notBefore', async () => {
    const vendorServer = await vendor(throttled(7200));
    const fixedNow = (): number => NOW;
    const id = register(
      () => retry(call(smileId, vendorServer), { provider: smileId, now: fixedNow }),
      {
        provider: smileId,
        now: fixedNow,
      },
    );
    const invocation = await endpoint.send('run', id);
    const row = await invocationRow(server, invocation, (r) => r.status === 'backing-off');
    await server.kill(invocation);
    await vendorServer.close();

    const backoff = epochMs(row.next_retry_at) - epochMs(row.last_start_at);
    expect(backoff).toBeGreaterThanOrEqual(2 * HOUR);
    expect(backoff).toBeLessThan(2 * HOUR + 60_000);
  });

  it('a timeout of a non-idempotent submission is terminal and says to check the vendor first', async () => {
    const vendorServer = await vendor(HANGING);
    const id = register(call(smileId, vendorServer, 300), { provider: smileId, idempotent: false });
    const answer = await endpoint.call('run', id);
    await vendorServer.close();

    expect(answer.status).toBe(500);
    expect(answer.body).toMatchObject({
      message:
        'smile-id REQUEST_TIMEOUT: The request timed out before the vendor answered; it may have been processed. Check the vendor first: look up its status before sending it again.',
      metadata: { action: 'check-status', delivery: 'uncertain' },
    });
    expect(vendorServer.seen).toHaveLength(1);
  });

  it('an expired SigningCloud token calls the refresh hook once, and the retried attempt succeeds', async () => {
    const vendorServer = await vendor(signingCloudResult(6), signingCloudResult(0));
    const refreshed: string[] = [];
    const id = register(call(signingCloud, vendorServer), {
      provider: signingCloud,
      refreshCredentials: (error) => {
        refreshed.push(error.reason);
      },
    });
    const answer = await endpoint.call('run', id);
    await vendorServer.close();

    expect(answer.status).toBe(200);
    expect(refreshed).toEqual(['ACCESS_TOKEN_EXPIRED']);
    expect(vendorServer.seen).toHaveLength(2);
  });

  it('in a handler body, outside ctx.run, 2205 is terminal as well', async () => {
    const vendorServer = await vendor(SMILE_2205);
    const id = register(call(smileId, vendorServer), { provider: smileId });
    const answer = await endpoint.call('body', id);
    await vendorServer.close();

    expect(answer.status).toBe(500);
    expect(answer.body).toMatchObject({ metadata: { reason: 'INVALID_SIGNATURE' } });
  });
});

describe('privacy: what Restate records', () => {
  const providers = { 'smile-id': smileId, signingcloud: signingCloud } as const;

  it.each(PLANTED_FAILURES)(
    '%s: no planted secret in what Restate records (the journal, the invocation and its last failure)',
    async (_name, id, thrown) => {
      const caseId = register(
        async () => {
          throw thrown;
        },
        { provider: providers[id], refreshCredentials: () => {} },
      );
      const invocation = await endpoint.send('run', caseId);
      const row = await invocationRow(
        server,
        invocation,
        (r) => r.status === 'completed' || r.status === 'backing-off',
      );
      const journal = await server.query(`SELECT * FROM sys_journal WHERE id = '${invocation}'`);
      if (row.status === 'backing-off') await server.kill(invocation);

      const recorded = JSON.stringify({ row, journal });
      expect(recorded).toMatch(/smile-id|signingcloud/);
      for (const value of PLANTED) expect(recorded).not.toContain(value);
    },
  );
});
