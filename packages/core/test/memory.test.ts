// What one call leaves behind (issues #11 and #12); the cross-vendor bounds the README states
// are proved in packages/kyc-errors/test/promises-memory.test.ts and promises-cost.test.ts. Heap figures
// are taken after a forced full collection; costs are ratios to JSON.parse of the same body
// in the same test, never wall-clock bounds.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { normalize, type Provider } from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';

// vitest cannot pass --expose-gc to its workers: turn the flag on and take `gc` from a new
// context, where V8 installs it once the flag is set.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MB = 1024 * 1024;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

describe('memory retained across calls', () => {
  it('a thousand calls with distinct multi-megabyte keys leave the heap where it was', () => {
    const providers: readonly Provider[] = [idenfy, smileId, signingCloud];
    const big = 'k'.repeat(2 * MB + 2_000);
    const call = (i: number) => {
      // A different 2 MB key each call, beside a known code (half) or an unknown one (half,
      // so that the raw body is copied too). Each key has its own length: V8 hashes a string
      // this long by its length alone, and same-length keys would make V8's own string table
      // (not this library) quadratic.
      const body: Record<string, unknown> = i % 2 === 0 ? { identifier: 'BAD_VALUE' } : {};
      body.message = 'Something about the request is wrong.';
      body[big.slice(0, big.length - i)] = 'value';
      return normalize(providers[i % 3] as Provider, { status: 400, body });
    };
    for (let i = 0; i < 10; i++) call(i);
    const before = heapAfterGc();
    for (let i = 10; i < 1_010; i++) call(i);
    const grown = heapAfterGc() - before;
    // Less than one key: nothing derived from a key outlived its call.
    expect(grown).toBeLessThan(1 * MB);
  }, 180_000);
});
