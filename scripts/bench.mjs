#!/usr/bin/env node
// `pnpm bench`: normalize throughput per vendor beside a hand-written normalizer, cold
// import time, and the bundle size of core plus one vendor. `--size-only` skips the timing;
// `--check` fails when the size budget is exceeded (the only figure stable enough for CI).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
// The target set for the project (issue 8) is 15 KB; it is not met. io-ts ships no
// /*#__PURE__*/ annotations, so none of its ~13 KB minified can be tree-shaken, neverthrow
// adds ~7 KB, and each vendor's catalog text is 18-30 KB minified. CI enforces a regression
// budget just above today's figures instead, and the output shows both.
const SIZE_TARGET = 15 * 1024;
const SIZE_BUDGET = 24 * 1024;
const IMPORT_BUDGET_MS = 30;
const THROUGHPUT_TARGET = 2_000_000;
const RATIO_TARGET = 3;

/** Typical failures, as each vendor sends them, already parsed (what HTTP clients hand over). */
const CASES = {
  'smile-id': {
    name: 'smileId',
    failures: [
      { status: 401, body: { code: '2205', error: 'You are not authorized to do that' } },
      { status: 400, body: { code: '2213', error: 'A required parameter is missing' } },
      { status: 400, body: { code: '2215', error: 'Job already exists for job_id' } },
      { status: 500, body: { code: '2201', error: 'System Error' } },
    ],
  },
  idenfy: {
    name: 'idenfy',
    failures: [
      {
        status: 401,
        body: { identifier: 'UNAUTHORIZED', message: 'Invalid or missing API credentials.' },
      },
      {
        status: 429,
        headers: { 'retry-after': '30' },
        body: { identifier: 'TOO_MANY_REQUESTS', message: 'Too many requests.' },
      },
      {
        status: 400,
        body: {
          identifier: 'MISSING_VALUE',
          message: 'A required parameter is missing from the request.',
        },
      },
      { status: 500, body: { identifier: 'INTERNAL_ERROR', message: 'Internal error.' } },
    ],
  },
  signingcloud: {
    name: 'signingCloud',
    failures: [
      {
        status: 200,
        body: { result: 6, data: 'q83vEjRWeJA=', mac: '9f86d081884c7d659a2feaa0c55ad015' },
      },
      {
        status: 200,
        body: { result: 5, data: 'q83vEjRWeJA=', mac: '9f86d081884c7d659a2feaa0c55ad015' },
      },
      {
        status: 200,
        body: { result: 89, data: 'q83vEjRWeJA=', mac: '9f86d081884c7d659a2feaa0c55ad015' },
      },
      {
        status: 200,
        body: { result: 74, data: 'q83vEjRWeJA=', mac: '9f86d081884c7d659a2feaa0c55ad015' },
      },
    ],
  },
};

/**
 * The floor a careful engineer would write by hand for one vendor: read the code with
 * typeof checks, look it up in a Map of prebuilt entries, build the same object shape.
 */
function handWritten(provider, codeOf, textOf) {
  const table = new Map();
  for (const e of provider.catalog) {
    if (e.kind === 'error' && !table.has(e.code)) table.set(e.code, e);
  }
  return (failure) => {
    const body = failure.body;
    const code = typeof body === 'object' && body !== null ? codeOf(body) : undefined;
    const entry = code === undefined ? undefined : table.get(code);
    const text = typeof body === 'object' && body !== null ? textOf(body) : undefined;
    if (entry === undefined) {
      return {
        provider: provider.id,
        code: code ?? null,
        category: 'unknown',
        reason: 'UNRECOGNIZED_FAILURE',
        message: '',
        remedy: '',
        retry: { retryable: false, action: 'investigate' },
        delivery: 'uncertain',
        matchedBy: 'none',
        httpStatus: failure.status,
      };
    }
    const retryAfter = failure.headers?.['retry-after'];
    const retry =
      retryAfter === undefined
        ? entry.retry
        : { ...entry.retry, afterMs: Number(retryAfter) * 1000 };
    const out = {
      provider: provider.id,
      code,
      category: entry.category,
      reason: entry.reason,
      message: entry.message,
      remedy: entry.remedy,
      retry,
      delivery: entry.delivery,
      matchedBy: 'code',
      httpStatus: failure.status,
    };
    if (text !== undefined) out.vendorMessage = text;
    return out;
  };
}

const READERS = {
  'smile-id': [
    (b) => (typeof b.code === 'string' ? b.code : undefined),
    (b) => (typeof b.error === 'string' ? b.error : undefined),
  ],
  idenfy: [
    (b) => (typeof b.identifier === 'string' ? b.identifier : undefined),
    (b) => (typeof b.message === 'string' ? b.message : undefined),
  ],
  signingcloud: [
    (b) => (typeof b.result === 'number' ? String(b.result) : undefined),
    () => undefined,
  ],
};

let sink = 0;
function opsPerSecond(fn, inputs, ms = 400) {
  // Warm up, then count whole rounds over the inputs for a fixed time. The input count is a
  // power of two, so picking one is a mask, not a division.
  const mask = inputs.length - 1;
  for (let i = 0; i < 20_000; i++) sink += fn(inputs[i & mask]).reason.length;
  let ops = 0;
  let next = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 10_000; i++) sink += fn(inputs[next++ & mask]).reason.length;
    ops += 10_000;
    now = performance.now();
  }
  return (ops / (now - start)) * 1000;
}

async function throughput() {
  const core = await import('@kyc-errors/core');
  const rows = [];
  for (const [id, { name, failures }] of Object.entries(CASES)) {
    const mod = await import(`@kyc-errors/${id}`);
    const provider = mod[name];
    const ours = (f) => core.normalize(provider, f);
    const floor = handWritten(provider, ...READERS[id]);
    // Interleave runs so both see the same machine state; keep the best of three.
    let best = 0;
    let bestFloor = 0;
    for (let round = 0; round < 3; round++) {
      best = Math.max(best, opsPerSecond(ours, failures));
      bestFloor = Math.max(bestFloor, opsPerSecond(floor, failures));
    }
    rows.push({ id, ours: best, floor: bestFloor, ratio: bestFloor / best });
  }
  console.log('normalize throughput (one core, typical parsed failures, best of 3):');
  for (const r of rows) {
    const ok = r.ours >= THROUGHPUT_TARGET && r.ratio <= RATIO_TARGET ? 'ok' : 'MISSES TARGET';
    console.log(
      `  ${r.id.padEnd(13)} ${(r.ours / 1e6).toFixed(2)} M/s   hand-written ${(r.floor / 1e6).toFixed(2)} M/s   ratio ${r.ratio.toFixed(2)}x   ${ok}`,
    );
  }
  console.log(
    `  targets: >= ${THROUGHPUT_TARGET / 1e6} M/s per vendor, <= ${RATIO_TARGET}x the hand-written time`,
  );
  // Core caches scrubbed messages and message-rule answers (bounded): the rows above repeat
  // four failures, as production error traffic repeats a few messages. This row defeats the
  // caches with 8,192 distinct validation messages, each echoing a different value.
  const { idenfy } = await import('@kyc-errors/idenfy');
  const distinct = Array.from({ length: 8192 }, (_, i) => ({
    status: 400,
    body: {
      identifier: 'BAD_VALUE',
      message: `Field 'clientId' must be at most 100 characters, got 'user-${i}'.`,
    },
  }));
  const cold = opsPerSecond((f) => core.normalize(idenfy, f), distinct);
  console.log(`  idenfy, 8,192 distinct messages (caches missing): ${(cold / 1e6).toFixed(2)} M/s`);
}

function coldImport() {
  const run = (code) => {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root });
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const bare = [];
  const full = [];
  const code =
    "await Promise.all(['@kyc-errors/core','@kyc-errors/smile-id','@kyc-errors/idenfy','@kyc-errors/signingcloud'].map((m) => import(m)));";
  for (let i = 0; i < 9; i++) {
    bare.push(run(''));
    full.push(run(code));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const over = median(full) - median(bare);
  console.log(
    `cold import of core + 3 vendors: ${over.toFixed(1)} ms over bare Node (median of 9; budget ${IMPORT_BUDGET_MS} ms) ${over <= IMPORT_BUDGET_MS ? 'ok' : 'OVER BUDGET'}`,
  );
}

async function bundleSizes() {
  const results = [];
  for (const [id, { name }] of Object.entries(CASES)) {
    const out = await build({
      stdin: {
        contents: `export { normalize, normalizeThrown } from '@kyc-errors/core';\nexport { ${name} } from '@kyc-errors/${id}';`,
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
    });
    const bytes = out.outputFiles[0].contents;
    results.push({ id, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  console.log('bundle of core + one vendor (esbuild, minified, gzip -9):');
  let over = false;
  for (const r of results) {
    const fits = r.gzip <= SIZE_BUDGET;
    over ||= !fits;
    const target = r.gzip <= SIZE_TARGET ? 'meets' : 'misses';
    console.log(
      `  ${r.id.padEnd(13)} ${(r.gzip / 1024).toFixed(1)} KB gzipped (${(r.raw / 1024).toFixed(1)} KB minified)   ${target} the ${SIZE_TARGET / 1024} KB target; CI budget ${SIZE_BUDGET / 1024} KB ${fits ? 'ok' : 'EXCEEDED'}`,
    );
  }
  return over;
}

if (!args.has('--size-only')) {
  await throughput();
  coldImport();
}
const overBudget = await bundleSizes();
if (sink === -1) console.log('');
if (args.has('--check') && overBudget) {
  console.error('size check failed: a bundle exceeds its budget');
  process.exit(1);
}
