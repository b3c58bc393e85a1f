// Cold-import figure of `pnpm bench`: a whole Node process that imports core and the three
// vendors, beside a bare `node -e 0`, in pairs so both see the same machine state.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RATIO_TARGET = 1.5;
const PAIRS = 21;

const PACKAGES = [
  '@kyc-errors/core',
  '@kyc-errors/smile-id',
  '@kyc-errors/idenfy',
  '@kyc-errors/signingcloud',
];

// The child reports the CPU time it used (all threads, from start to its last line): on a
// busy machine that figure moves far less than the wall-clock time the target is about.
const REPORT = ';{const u=process.cpuUsage();process.stdout.write(String((u.user+u.system)/1e3))}';

function timed(code, cwd) {
  // Bare is exactly `node -e 0` (plus the report); the imports run as an ES module.
  const args = code === '' ? ['-e', `0${REPORT}`] : ['--input-type=module', '-e', code + REPORT];
  const start = process.hrtime.bigint();
  const out = execFileSync(process.execPath, args, { cwd, encoding: 'utf8' });
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: Number(out) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Median process times and the medians of the paired ratios (wall clock and CPU). */
export function measureImport(code, pairs = PAIRS, cwd = root) {
  const bare = [];
  const full = [];
  const ratios = [];
  const cpuRatios = [];
  timed('', cwd);
  timed(code, cwd);
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    const first = i % 2 === 0;
    const b1 = first ? timed('', cwd) : undefined;
    const f = timed(code, cwd);
    const b = b1 ?? timed('', cwd);
    bare.push(b.wall);
    full.push(f.wall);
    ratios.push(f.wall / b.wall);
    cpuRatios.push(f.cpu / b.cpu);
  }
  return {
    bare: median(bare),
    full: median(full),
    ratio: median(ratios),
    cpuRatio: median(cpuRatios),
  };
}

/** Prints the cold-import figure. */
export function coldImport() {
  const code = PACKAGES.map((p) => `import '${p}';`).join('');
  const { bare, full, ratio, cpuRatio } = measureImport(code);
  // From a vendor's directory, where the three resolve as they do for our files.
  const deps = measureImport(
    "import 'io-ts'; import 'fp-ts/lib/Either.js'; import 'neverthrow';",
    PAIRS,
    join(root, 'packages/idenfy'),
  );
  console.log(
    `cold import, core + 3 vendors in a new Node process: ${full.toFixed(0)} ms vs bare node -e 0 ${bare.toFixed(0)} ms (medians of ${PAIRS} pairs); ratio ${ratio.toFixed(2)}x   target <= ${RATIO_TARGET}x   ${ratio <= RATIO_TARGET ? 'met' : 'NOT MET'}`,
  );
  console.log(
    `  CPU time ratio of the same pairs (steadier on a busy machine): ${cpuRatio.toFixed(2)}x`,
  );
  console.log(
    `  io-ts + fp-ts (CommonJS) + neverthrow alone: ${(deps.full - deps.bare).toFixed(0)} ms over bare, ratio ${deps.ratio.toFixed(2)}x (CPU ${deps.cpuRatio.toFixed(2)}x): the floor while they stay real dependencies (they do); our own bundled files add ${(full - bare - (deps.full - deps.bare)).toFixed(0)} ms`,
  );
}
