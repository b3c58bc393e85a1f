import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A purpose-built loopback vendor for the fleet tests: node:http on 127.0.0.1, an ephemeral
// port, an answer chosen per request by the test, and the arrival time of every request.

/** What the server answers one request with. */
export interface Answer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** How long to take before answering, in ms. Default 0. */
  readonly delayMs?: number;
}

/** One request the server saw. */
export interface Seen {
  readonly at: number;
  readonly sentAt: number | undefined;
  /** When the client asked for its rate-limit permit (`x-permit-asked`), if it says. */
  readonly permitAskedAt: number | undefined;
  /** When the client got its rate-limit permit (`x-permit-at`), if it says. */
  readonly permitAt: number | undefined;
  readonly status: number;
}

/** A running loopback server. */
export interface Loopback {
  readonly url: string;
  /**
   * Every request in arrival order: when it arrived and, when the client stamped it in an
   * `x-sent-at` header, when it left (both epoch ms with fractions, comparable across
   * processes on this host), and the status answered.
   */
  readonly seen: readonly Seen[];
  close(): Promise<void>;
}

/** Starts a server that answers request number `n` (from 0) with `answer(n)`. */
export async function startLoopback(answer: (n: number) => Answer): Promise<Loopback> {
  const seen: Seen[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const at = performance.timeOrigin + performance.now();
    const stamp = (name: string): number | undefined => {
      const value = Number(request.headers[name]);
      return Number.isFinite(value) ? value : undefined;
    };
    request.resume();
    if (request.url?.endsWith('?warm-up')) {
      response.end('{}'); // a client warming up its connection: not a request to count
      return;
    }
    const reply = answer(seen.length);
    seen.push({
      at,
      sentAt: stamp('x-sent-at'),
      permitAskedAt: stamp('x-permit-asked'),
      permitAt: stamp('x-permit-at'),
      status: reply.status,
    });
    const send = (): void => {
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(JSON.stringify(reply.body ?? {}));
    };
    if (reply.delayMs === undefined) send();
    else setTimeout(send, reply.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/job_status`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
