import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { PRetryOptions } from '@kyc-errors/retry';

// p-retry is a dev dependency (and optional peer) of @kyc-errors/retry, not of the
// repository root: load the copy the retry package's own tests use, from its directory.

const fromRetryPackage = createRequire(
  new URL('../../packages/retry/package.json', import.meta.url),
);

/** p-retry 7's default export, as far as these tests call it. */
export type PRetry = <T>(
  input: (attemptNumber: number) => PromiseLike<T> | T,
  options: PRetryOptions,
) => Promise<T>;

/** The real p-retry 7. */
export const pRetry: PRetry = (
  (await import(pathToFileURL(fromRetryPackage.resolve('p-retry')).href)) as { default: PRetry }
).default;
