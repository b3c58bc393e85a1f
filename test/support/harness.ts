import { isKycFailure, type KycFailure } from '@kyc-errors/core';
import { afterAll, beforeAll } from 'vitest';
import type { Call, Client } from './clients.js';
import { createEmulator, type Emulator, type Route, type Session } from './emulator.js';
import { PERSONAL_REQUEST, SECRET_HEADERS } from './secrets.js';
import { VENDORS } from './vendors/index.js';

/** The emulator over every vendor's scenarios. */
export type VendorEmulator = Emulator<typeof VENDORS>;

/** One test's session of it. */
export type VendorSession = Session<typeof VENDORS>;

/** A scenario route of the emulator: `'smile-id/job-exists'`, `'net/slow'`, … */
export type VendorRoute = Route<typeof VENDORS>;

/**
 * Starts an emulator for this test file (stopped after it). Each test takes its own
 * `session()`, so tests can run concurrently.
 */
export function useEmulator(): VendorEmulator {
  const emulator = createEmulator(VENDORS);
  beforeAll(() => emulator.start());
  afterAll(() => emulator.stop());
  return emulator;
}

/**
 * One call of `client` to `url` as the tests make it: a POST of personal data with the API
 * key in the Authorization header (so a leak of the request is caught), and `extra`.
 */
export function send(client: Client, url: string, extra: Partial<Call> = {}): Promise<unknown> {
  return client.send({ url, headers: SECRET_HEADERS, body: PERSONAL_REQUEST, ...extra });
}

/**
 * Awaits a promise that must reject with a `KycFailure`, and answers with it. Anything
 * else fails the test, naming what came instead (by its name only: it may hold secrets).
 */
export async function rejection(promise: PromiseLike<unknown>): Promise<KycFailure> {
  let value: unknown;
  try {
    value = await promise;
  } catch (thrown) {
    if (isKycFailure(thrown)) return thrown;
    throw new Error(`expected a KycFailure, got ${describe(thrown)}`);
  }
  throw new Error(`expected a rejection, got a value: ${describe(value)}`);
}

function describe(value: unknown): string {
  if (typeof value !== 'object' || value === null) return typeof value;
  const { name, code } = value as { name?: unknown; code?: unknown };
  return `${String(name)}${typeof code === 'string' ? ` (${code})` : ''}`;
}
