// What one call leaves behind, and what a huge body costs (issues #11 and #12). Heap figures
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

/** A word of letters only, different for every `n`: survives every scrub (no digits). */
function word(n: number): string {
  let out = '';
  let k = n;
  do {
    out += String.fromCharCode(0x61 + (k % 26));
    k = Math.floor(k / 26);
  } while (k > 0);
  return out;
}

/** An iDenfy validation failure whose message is different for every `n`, after scrubbing too. */
function distinctFailure(n: number) {
  return {
    status: 400,
    body: {
      identifier: 'BAD_VALUE',
      message: `Field 'locale' is not supported for the ${word(n)} flow of ${word(n >> 3)} partners.`,
    },
  };
}

describe('memory retained across calls', () => {
  it('a million distinct iDenfy messages retain under 10 MB of heap', () => {
    // Warm up what every call needs (compiled code, provider tables), not the memos.
    for (let i = 0; i < 100; i++) normalize(idenfy, distinctFailure(i));
    expect(normalize(idenfy, distinctFailure(7)).vendorMessage).not.toBe(
      normalize(idenfy, distinctFailure(8)).vendorMessage,
    );
    const before = heapAfterGc();
    let fields = 0;
    for (let i = 0; i < 1_000_000; i++) {
      if (normalize(idenfy, distinctFailure(i)).field === 'locale') fields++;
    }
    const retained = heapAfterGc() - before;
    expect(fields).toBe(1_000_000);
    expect(retained).toBeLessThan(10 * MB);
  }, 180_000);

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

/** The fastest of `rounds` runs of `fn`, in milliseconds. */
function fastest(fn: () => unknown, rounds = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('cost of a body with hundreds of thousands of keys', () => {
  const keys = 300_000;
  const parts = ['"identifier":"BAD_VALUE","message":"Field \'country\' must be a valid code."'];
  for (let i = 0; i < keys; i++) parts.push(`"k${i}":"v${i}"`);
  const text = `{${parts.join(',')}}`;

  it('normalizing it as text costs at most 8x its JSON.parse', () => {
    expect(text.length).toBeLessThan(8 * MB);
    const parse = fastest(() => JSON.parse(text));
    const ours = fastest(() => normalize(idenfy, { status: 400, body: text }));
    expect(normalize(idenfy, { status: 400, body: text }).reason).toBe('INVALID_COUNTRY');
    expect(ours / parse).toBeLessThanOrEqual(8);
  }, 60_000);

  it('normalizing it parsed costs at most 8x its JSON.parse', () => {
    const body = JSON.parse(text) as unknown;
    const parse = fastest(() => JSON.parse(text));
    const ours = fastest(() => normalize(idenfy, { status: 400, body }));
    expect(ours / parse).toBeLessThanOrEqual(8);
  }, 60_000);
});
