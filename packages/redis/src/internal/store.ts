import { createHash } from 'node:crypto';
import { type Reader, shapeOf } from './reply.js';

/**
 * What the Redis forms need of the user's client: the three members they use. Any ioredis 5
 * `Redis` or `Cluster` fits (every script touches one key), whatever its patch version,
 * with or without `stringNumbers`; so does a wrapper with these members.
 */
export interface RedisClient {
  /** The connection's state (ioredis: `'ready'`, `'reconnecting'`, `'end'`...). */
  readonly status: string;
  /** Runs a loaded script by its SHA1; rejects with `NOSCRIPT...` when Redis lacks it. */
  evalsha(sha1: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
  /** Runs a script from its source (and loads it). */
  eval(script: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
}

/** How a policy talks to Redis: the shared options of the three forms. */
export interface StoreOptions {
  /**
   * The longest one Redis call may take, in ms; past it the policy answers as if Redis
   * were down (see each policy for which way). Default `100`.
   */
  readonly timeoutMs?: number | undefined;
  /**
   * After a call failed or timed out, how long to skip Redis and answer from the fallback
   * at once, in ms, so an outage costs one timeout per policy per interval, not one per
   * attempt. Default `1000`.
   */
  readonly retryAfterMs?: number | undefined;
  /**
   * Told when a Redis call failed, timed out or answered what the policy cannot read (for
   * your logs and metrics). Never awaited.
   */
  readonly onStoreError?: ((error: unknown) => void) | undefined;
  /** Prefix of every key. Default `'kyc-errors:'`. */
  readonly prefix?: string | undefined;
}

/** One Lua script, with its SHA1 for EVALSHA, and the reader of its reply. */
export interface Script<T> {
  /** Names the script in reports. */
  readonly name: string;
  readonly source: string;
  readonly sha: string;
  readonly read: Reader<T>;
}

/** Defines a script once, at module load. */
export function script<T>(name: string, source: string, read: Reader<T>): Script<T> {
  return { name, source, sha: createHash('sha1').update(source).digest('hex'), read };
}

const UNAVAILABLE: unique symbol = Symbol('unavailable');

/** Whether a store answer is the "Redis did not answer" marker. */
export function unavailable(answer: unknown): answer is typeof UNAVAILABLE {
  return answer === UNAVAILABLE;
}

/**
 * Runs scripts with a timeout; answers the `unavailable` marker when Redis cannot answer in
 * time, fails, or answers what the script's reader cannot read.
 */
export interface Store {
  run<T>(
    script: Script<T>,
    key: string,
    args: readonly (string | number)[],
  ): Promise<T | typeof UNAVAILABLE>;
  /** The full key for a policy's own name (`prefix` + kind + key). */
  key(kind: string, name: string): string;
}

const OFFLINE: ReadonlySet<string> = new Set(['reconnecting', 'close', 'end']);

/**
 * The one way the Redis forms reach Redis: EVALSHA (EVAL once after a NOSCRIPT), cut off
 * after `timeoutMs`, and skipped for `retryAfterMs` after a failure. Never rejects: an
 * error, a timeout or an unreadable reply is reported and answers the `unavailable` marker,
 * and the abandoned command's late answer is dropped. An unreadable reply counts as a
 * failure: whatever answered it (a proxy, a wrapper, a key of another type) will answer the
 * next call the same way.
 */
export function createStore(redis: RedisClient, options: StoreOptions = {}): Store {
  const timeoutMs = positive('timeoutMs', options.timeoutMs, 100);
  const retryAfterMs = positive('retryAfterMs', options.retryAfterMs, 1000);
  const prefix = options.prefix ?? 'kyc-errors:';
  let downUntil = 0;

  const exec = async (s: Script<unknown>, key: string, args: readonly (string | number)[]) => {
    try {
      return await redis.evalsha(s.sha, 1, key, ...args);
    } catch (error) {
      if (!String((error as { message?: unknown })?.message).startsWith('NOSCRIPT')) throw error;
      return await redis.eval(s.source, 1, key, ...args);
    }
  };

  return {
    key: (kind, name) => `${prefix}${kind}:${name}`,
    async run(s, key, args) {
      if (Date.now() < downUntil) return UNAVAILABLE;
      // Not sent while the client is reconnecting: ioredis would queue the command and run it
      // when Redis is back, long after we answered from the fallback (a budget charged twice).
      if (OFFLINE.has(redis.status)) {
        downUntil = Date.now() + retryAfterMs;
        report(options.onStoreError, new Error(`redis: client is ${redis.status}`));
        return UNAVAILABLE;
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const call = exec(s, key, args);
      const late = new Promise<typeof UNAVAILABLE>((resolve) => {
        timer = setTimeout(() => {
          resolve(UNAVAILABLE);
          report(options.onStoreError, new Error(`redis: no answer within ${timeoutMs} ms`));
        }, timeoutMs);
      });
      try {
        const answer = await Promise.race([call, late]);
        if (answer === UNAVAILABLE) {
          call.catch(() => {});
          downUntil = Date.now() + retryAfterMs;
          return UNAVAILABLE;
        }
        const value = s.read(answer);
        if (value === undefined) {
          downUntil = Date.now() + retryAfterMs;
          report(
            options.onStoreError,
            new Error(`redis: unreadable reply to the ${s.name} script: ${shapeOf(answer)}`),
          );
          return UNAVAILABLE;
        }
        return value;
      } catch (error) {
        downUntil = Date.now() + retryAfterMs;
        report(options.onStoreError, error);
        return UNAVAILABLE;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function report(hook: ((error: unknown) => void) | undefined, error: unknown): void {
  try {
    hook?.(error);
  } catch {
    // A logging hook must not turn a Redis outage into a failed call.
  }
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`redis: ${name} must be a number of ms > 0, got ${value}`);
  }
  return value;
}
