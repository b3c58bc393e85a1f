import type { Scenario } from './emulator.js';

// Building blocks for scenarios: a vendor table is a list of these with the vendor's bodies.

const JSON_TYPE = { 'content-type': 'application/json' } as const;

/** Response headers; an array value goes out as one header line per element. */
export type ResponseHeaders = Readonly<Record<string, string | readonly string[]>>;

/** Answers `status` with `body` serialized as JSON (a string is sent as it is). */
export function json(status: number, body: unknown, headers: ResponseHeaders = {}): Scenario {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (_req, res, context) => {
    res.writeHead(status, { ...JSON_TYPE, ...headers });
    res.end(text);
    context.sent(Buffer.byteLength(text));
  };
}

/** Answers `status` with an HTML page, as a gateway or load balancer in front of the vendor does. */
export function html(status: number, page: string, headers: ResponseHeaders = {}): Scenario {
  return (_req, res, context) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(page);
    context.sent(Buffer.byteLength(page));
  };
}

/** Answers the first `failures.length` calls with those scenarios in turn, then `then` for ever. */
export function sequence(failures: readonly Scenario[], then: Scenario): Scenario {
  return (req, res, context) => (failures[context.attempt - 1] ?? then)(req, res, context);
}

/** Answers with `scenario` after `ms`: slower than a client's timeout. */
export function slow(ms: number, scenario: Scenario): Scenario {
  return (req, res, context) => context.later(ms, () => void scenario(req, res, context));
}

/** Closes the connection without an answer, once the request has arrived (`socket.destroy()`). */
export const hangUp: Scenario = (req) => {
  req.socket.destroy();
};

/** Resets the connection (a TCP RST) once the request has arrived. */
export const reset: Scenario = (req) => {
  req.socket.resetAndDestroy();
};

/** Sends `chunk` to any writable stream until `stop()` says so, waiting for drains. */
async function pump(
  res: Parameters<Scenario>[1],
  chunk: Buffer,
  stop: (sent: number) => boolean,
  onSent: (bytes: number) => void,
): Promise<void> {
  let sent = 0;
  while (!res.destroyed && !stop(sent)) {
    sent += chunk.length;
    onSent(chunk.length);
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  }
  if (!res.destroyed) res.end();
}

const CHUNK = Buffer.alloc(64 * 1024, 'x');

/**
 * Streams a `status` answer of `bytes` bytes (chunked, no content-length), as a vendor's
 * misconfigured error page or a proxy's dump does. A bounded reader cancels it early; the
 * request's `bytesSent` shows how far it got.
 */
export function huge(status: number, bytes: number, type = 'text/plain'): Scenario {
  return async (_req, res, context) => {
    res.writeHead(status, { 'content-type': type });
    await pump(
      res,
      CHUNK,
      (sent) => sent >= bytes,
      (n) => context.sent(n),
    );
  };
}

/**
 * Streams a `status` answer that never ends, until the client goes away. A safety stop
 * (`capBytes`, `capMs`) keeps a broken reader from running the machine dry; a test that
 * reaches it has failed anyway.
 */
export function endless(status: number, capBytes = 1024 ** 3, capMs = 20_000): Scenario {
  return async (_req, res, context) => {
    const until = Date.now() + capMs;
    res.writeHead(status, { 'content-type': 'text/plain' });
    await pump(
      res,
      CHUNK,
      (sent) => sent >= capBytes || Date.now() > until,
      (n) => context.sent(n),
    );
  };
}
