import { createServer, type Http2Server, type ServerHttp2Session } from 'node:http2';
import type { AddressInfo } from 'node:net';
import * as restate from '@restatedev/restate-sdk';
import { type RestateGuardOptions, restateGuard } from '../src/index.js';
import type { RestateServer } from './restate-server.js';

// A Restate service in this process, served over HTTP/2 on 127.0.0.1 by the SDK's endpoint
// handler and registered with a private restate-server. Each test registers its vendor call
// under a fresh id and invokes `kyc/run` (the call inside `ctx.run`) or `kyc/body` (the call
// in the handler body, outside any `ctx.run`) with that id, through the server's ingress.

interface Case {
  readonly operation: () => Promise<unknown>;
  readonly options: RestateGuardOptions;
}

const cases = new Map<string, Case>();
let next = 0;

/** Registers a vendor call; returns the id to invoke the service with. */
export function register(operation: () => Promise<unknown>, options: RestateGuardOptions): string {
  const id = `case-${++next}`;
  cases.set(id, { operation, options });
  return id;
}

function caseOf(id: string): Case {
  const found = cases.get(id);
  if (found === undefined) throw new restate.TerminalError(`no case ${id}`);
  return found;
}

const kyc = restate.service({
  name: 'kyc',
  handlers: {
    run: async (ctx: restate.Context, id: string): Promise<unknown> => {
      const { operation, options } = caseOf(id);
      return ctx.run('vendor', restateGuard(operation, options));
    },
    body: async (_ctx: restate.Context, id: string): Promise<unknown> => {
      const { operation, options } = caseOf(id);
      return restateGuard(operation, options)();
    },
  },
});

/** The service's endpoint, registered with the server. */
export interface Endpoint {
  /** Invokes `kyc/<handler>` with `id` and waits for the answer: status and JSON body. */
  call(handler: 'run' | 'body', id: string): Promise<{ status: number; body: unknown }>;
  /** Invokes `kyc/<handler>` with `id` without waiting; resolves with the invocation id. */
  send(handler: 'run' | 'body', id: string): Promise<string>;
  close(): Promise<void>;
}

/** Serves the service on 127.0.0.1 and registers it with `server`. */
export async function serveKyc(server: RestateServer): Promise<Endpoint> {
  const http2: Http2Server = createServer(restate.createEndpointHandler({ services: [kyc] }));
  const sessions = new Set<ServerHttp2Session>();
  http2.on('session', (session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve) => http2.listen(0, '127.0.0.1', resolve));
  const { port } = http2.address() as AddressInfo;
  const registered = await fetch(`${server.admin}/deployments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ uri: `http://127.0.0.1:${port}` }),
  });
  if (!registered.ok) throw new Error(`registration failed: ${registered.status}`);
  const invoke = (handler: string, id: string, suffix = ''): Promise<Response> =>
    fetch(`${server.ingress}/kyc/${handler}${suffix}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(id),
    });
  return {
    async call(handler, id) {
      const response = await invoke(handler, id);
      return { status: response.status, body: await response.json() };
    },
    async send(handler, id) {
      const response = await invoke(handler, id, '/send');
      const { invocationId } = (await response.json()) as { invocationId: string };
      return invocationId;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const session of sessions) session.destroy();
        http2.close(() => resolve());
      }),
  };
}
