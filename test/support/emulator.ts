import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

// A loopback stand-in for the vendors' APIs: node:http on 127.0.0.1, an ephemeral port, no
// other network. Each route `/<vendor>/<scenario>` answers as that vendor does in one
// situation; the emulator counts the calls each route saw and records what was sent, so a
// test can check how many attempts reached the "vendor" and that a retry resent the request.

/** One request as the emulator received it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** Response body bytes the scenario managed to write before the client went away. */
  readonly bytesSent: number;
  /** Settles when the response is over: ended, or the connection gone. */
  readonly finished: Promise<void>;
}

/** What a scenario is told about the request it answers. */
export interface ScenarioContext {
  /** This route's call number, from 1 (since `start()` or the last `reset()`). */
  readonly attempt: number;
  /** The request, body included. */
  readonly request: RecordedRequest;
  /** Adds to the request's `bytesSent`; streaming scenarios report what they wrote. */
  sent(bytes: number): void;
  /** Runs `fn` after `ms` unless the emulator stops or the client goes away first. */
  later(ms: number, fn: () => void): void;
}

/** How the emulator answers one route. */
export type Scenario = (
  req: IncomingMessage,
  res: ServerResponse,
  context: ScenarioContext,
) => void | Promise<void>;

/** One vendor's scenarios by name: the route is `/<vendor>/<name>`. */
export type ScenarioTable = Readonly<Record<string, Scenario>>;

/** Every vendor's table, by the route's first segment. */
export type VendorTables = Readonly<Record<string, ScenarioTable>>;

/** Every `vendor/scenario` route of `T`, so a misspelt scenario fails to compile. */
export type Route<T extends VendorTables> = {
  [V in keyof T & string]: `${V}/${keyof T[V] & string}`;
}[keyof T & string];

/**
 * One test's view of the emulator: its own URLs (`?s=<id>`), so it counts only its own
 * calls and its scenarios count attempts from 1, also while other tests run concurrently
 * or a request an earlier test gave up on is still arriving.
 */
export interface Session<T extends VendorTables> {
  /** The URL of one scenario, in this session. */
  url(route: Route<T>): string;
  /** How many requests that scenario received in this session. */
  calls(route: Route<T>): number;
  /** The requests that scenario received in this session, in order. */
  requests(route: Route<T>): readonly RecordedRequest[];
}

/** A running (or startable) emulator over `tables`. */
export interface Emulator<T extends VendorTables> {
  /** Listens on 127.0.0.1 at an ephemeral port. */
  start(): Promise<void>;
  /** Closes every connection (also streaming and delayed answers) and the server. */
  stop(): Promise<void>;
  /** A new session: fresh call counts. Start the emulator first. */
  session(): Session<T>;
}

interface MutableRecord {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  bytesSent: number;
  finished: Promise<void>;
}

/** Requests bodies are small JSON; anything bigger is a test bug, not a scenario. */
const MAX_REQUEST_BYTES = 1024 * 1024;

/**
 * An emulator answering the scenarios in `tables`. A vendor's table is the `SCENARIOS` of its
 * `packages/<id>/test/emulator.ts`, gathered by the generated `vendors/index.ts`; nothing here
 * knows any vendor.
 *
 * @example
 * ```ts
 * const emulator = createEmulator(VENDORS);
 * beforeAll(() => emulator.start());
 * afterAll(() => emulator.stop());
 * const vendor = emulator.session();
 * await fetch(vendor.url('smile-id/job-exists'), { method: 'POST' });
 * vendor.calls('smile-id/job-exists'); // 1
 * ```
 */
export function createEmulator<const T extends VendorTables>(tables: T): Emulator<T> {
  let server: Server | undefined;
  let origin = '';
  let sessions = 0;
  const seen = new Map<string, MutableRecord[]>();
  const timers = new Set<NodeJS.Timeout>();

  const scenarioAt = (path: string): Scenario | undefined => {
    const [, vendor = '', name = ''] = path.split('/');
    if (!Object.hasOwn(tables, vendor)) return undefined;
    const table = tables[vendor] as ScenarioTable;
    return Object.hasOwn(table, name) ? table[name] : undefined;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const [path = '/', query = ''] = (req.url ?? '/').split('?');
    const session = new URLSearchParams(query).get('s') ?? '';
    const body = await readRequest(req);
    const record: MutableRecord = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      body,
      bytesSent: 0,
      finished: new Promise<void>((resolve) => res.once('close', () => resolve())),
    };
    const scenario = scenarioAt(path);
    if (scenario === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no scenario at ${path}`);
      return;
    }
    const key = `${session}:${path}`;
    const list = seen.get(key) ?? [];
    list.push(record);
    seen.set(key, list);
    const context: ScenarioContext = {
      attempt: list.length,
      request: record,
      sent: (bytes) => {
        record.bytesSent += bytes;
      },
      later: (ms, fn) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          fn();
        }, ms);
        timers.add(timer);
        res.once('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
      },
    };
    await scenario(req, res, context);
  };

  return {
    async start() {
      if (server !== undefined) return;
      const s = createServer((req, res) => {
        handle(req, res).catch((e: unknown) => {
          if (!res.headersSent) res.writeHead(599).end(String(e));
          else res.destroy();
        });
      });
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => resolve());
      });
      server = s;
      origin = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
    },
    async stop() {
      const s = server;
      server = undefined;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      if (s === undefined) return;
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    session() {
      if (server === undefined) throw new Error('emulator: start() it first');
      sessions += 1;
      const id = sessions;
      const base = origin;
      return {
        url: (route) => `${base}/${route}?s=${id}`,
        calls: (route) => seen.get(`${id}:/${route}`)?.length ?? 0,
        requests: (route) => seen.get(`${id}:/${route}`) ?? [],
      };
    },
  };
}

async function readRequest(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_REQUEST_BYTES) throw new Error('emulator: request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A URL on 127.0.0.1 where nothing listens: a port bound, read and closed again, so a
 * connection there is refused (ECONNREFUSED) without leaving the machine.
 */
export async function refusedUrl(path = '/refused'): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve, reject) => {
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return `http://127.0.0.1:${port}${path}`;
}
