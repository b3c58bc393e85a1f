// The README's memory and totality promises (issue 21): what one call leaves behind is small,
// bounded and detached from its input, whatever the input; and every shape of input gets a
// well-formed answer. Heap figures are taken after forced full collections.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isKycError, normalize, type Provider, providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { bodiesFor } from './text-bodies.js';

// vitest cannot pass --expose-gc to its workers: turn the flag on and take `gc` from a new
// context, where V8 installs it once the flag is set.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

const vendors: readonly Provider[] = Object.values(providers);

/** A word of letters only, different for every `n`. */
function word(n: number): string {
  let out = '';
  let k = n;
  do {
    out += String.fromCharCode(0x61 + (k % 26));
    k = Math.floor(k / 26);
  } while (k > 0);
  return out;
}

describe('memory: HTML error pages whose <title> has no spaces', () => {
  it('40 distinct 2 MiB pages per vendor leave less than 2 MB behind, all vendors together', () => {
    const page = (i: number) =>
      `<html><head><title>Gateway_Error_${word(i)}_${'x'.repeat(60)}</title></head><body>${String.fromCharCode(0x61 + (i % 26)).repeat(2 * MB)}</body></html>`;
    // Warm what every call needs (compiled code, tables), not the memos.
    for (const provider of vendors) normalize(provider, { status: 502, body: page(0) });
    const before = heapAfterGc();
    for (let i = 1; i <= 40; i++) {
      const body = page(i);
      for (const provider of vendors) normalize(provider, { status: 502, body });
    }
    const retained = heapAfterGc() - before;
    // Keeping one page alive would be 2 MiB; the title slices once kept 40 per vendor.
    expect(retained).toBeLessThan(2 * MB);
  }, 60_000);
});

describe('memory: many distinct vendor messages', () => {
  it('10,000 distinct 256-character messages per vendor retain less than 2 MB per vendor', () => {
    // 256 characters: the longest text a memo keeps (MEMO_TEXT), so the worst case.
    const message = (i: number) =>
      `The request was rejected: field value ${word(i)} is not valid for this product ${'y'.repeat(220)}`.slice(
        0,
        256,
      );
    const call = (provider: Provider, i: number) => {
      for (const body of bodiesFor(provider, message(i)))
        normalize(provider, { status: 400, body });
    };
    for (const provider of vendors) for (let i = 0; i < 50; i++) call(provider, i);
    const before = heapAfterGc();
    // 10,000 turns over every memo (at most 2 x 1,024 texts) several times.
    for (const provider of vendors) for (let i = 50; i < 10_050; i++) call(provider, i);
    const retained = heapAfterGc() - before;
    expect(retained).toBeLessThan(vendors.length * 2 * MB);
  }, 120_000);
});

describe('memory: keys of several megabytes', () => {
  it('200 calls with distinct 2 MB keys leave less than one key behind', () => {
    const big = 'k'.repeat(2 * MB + 2_000);
    const call = (i: number) => {
      // A different 2 MB key each call, beside a known code (half) or not (half, so that the
      // raw body is copied too). Each key has its own length: V8 hashes a string this long
      // by its length alone, and same-length keys would make V8's own string table (not
      // this library) quadratic.
      const provider = vendors[i % vendors.length] as Provider;
      const base = bodiesFor(provider, 'Something about the request is wrong.')[0] as object;
      const body: Record<string, unknown> = i % 2 === 0 ? { ...base } : { message: 'x' };
      body[big.slice(0, big.length - i)] = 'value';
      return normalize(provider, { status: 400, body });
    };
    for (let i = 0; i < 10; i++) call(i);
    const before = heapAfterGc();
    for (let i = 10; i < 210; i++) call(i);
    // Less than one key: nothing derived from a key outlived its call.
    expect(heapAfterGc() - before).toBeLessThan(1 * MB);
  }, 180_000);
});

describe('totality: sparse and huge arrays', () => {
  it.each(vendors.map((p) => [p.id, p] as const))(
    '%s: a body holding an array of length 2^32 - 1 gets a well-formed answer',
    (_, provider) => {
      const sparse: unknown[] = [];
      sparse.length = 2 ** 32 - 1;
      sparse[2 ** 32 - 2] = 'Adaeze Okonkwo';
      for (const base of bodiesFor(provider, 'bad')) {
        for (const body of [
          { ...base, FullName: sparse, history: sparse, errors: sparse, message: sparse },
          sparse,
        ]) {
          const error = normalize(provider, { status: 400, body });
          expect(isKycError(error)).toBe(true);
          expect(JSON.stringify(error)).not.toContain('Adaeze');
          const outcome = provider.outcome(body);
          const result = outcome.isOk() ? outcome.value : outcome.error;
          expect(typeof result.provider).toBe('string');
          expect(JSON.stringify(result)).not.toContain('Adaeze');
        }
      }
    },
  );
});
