#!/usr/bin/env node
// `pnpm bench`: every speed figure of issue 11 with its target, measured side by side in one
// run (never in a timed unit test): normalize beside a hand-written normalizer per vendor,
// iDenfy with 2,000 distinct messages, a 100 KB HTML error page, cold import against a bare
// Node, the shared retry policies in memory and on Redis (issue 16), and the bundle sizes
// split into dependencies, prose and logic.
// Exits 1 when a target is not met (each figure says "met" or "NOT MET"), naming them last.
// `--size-only` skips the timing; `--check` fails when a bundle exceeds its size budget (the
// only figure stable enough for CI).
import { fleetBench } from './bench-fleet.mjs';
import { coldImport } from './bench-import.mjs';
import { bundleSizes } from './bench-size.mjs';
import { checksum, throughput } from './bench-throughput.mjs';

const args = new Set(process.argv.slice(2));

const unmet = [];
if (!args.has('--size-only')) {
  unmet.push(...(await throughput()));
  unmet.push(...coldImport());
  await fleetBench();
}
const overBudget = await bundleSizes();
if (checksum() === -1) console.log('');
if (args.has('--check') && overBudget) {
  console.error('size check failed: a bundle exceeds its budget');
  process.exit(1);
}
if (unmet.length > 0) {
  console.error(`\nbench: ${unmet.length} target(s) NOT MET: ${unmet.join('; ')}`);
  process.exit(1);
}
