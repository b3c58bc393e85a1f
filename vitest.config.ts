import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the packages by name; point those names at the sources so a
// test run never depends on a stale build. The CLI tests run the built bin.
const source = (pkg: string, file = 'index'): string =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${file}.ts`, import.meta.url));

const ISOLATED = [
  'test/fleet/**/*.test.ts',
  'packages/{bullmq,inngest,observe,redis,restate,temporal}/test/**/*.test.ts',
];

export default defineConfig({
  resolve: {
    alias: [
      // The umbrella too: its published bundle carries copies of the scoped packages, and
      // test/one-file.test.ts is where that bundle itself is tested.
      { find: /^kyc-errors$/, replacement: source('kyc-errors') },
      { find: /^kyc-errors\/([a-z-]+)$/, replacement: source('kyc-errors', '$1') },
      { find: /^@kyc-errors\/([a-z-]+)\/([a-z-]+)$/, replacement: source('$1', '$2') },
      { find: /^@kyc-errors\/([a-z-]+)$/, replacement: source('$1') },
    ],
  },
  test: {
    // Both cores: vitest's default leaves one of two idle.
    maxWorkers: 2,
    projects: [
      {
        // Pure code: files share a worker's module graph, so core and the vendors are
        // loaded once per worker, not once per file (a third of the suite's time was imports).
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ISOLATED,
          isolate: false,
          typecheck: {
            enabled: true,
            include: ['packages/*/test/**/*.test-d.ts'],
            // Only the type tests and what they import: the whole test tree is tsc's job in
            // `pnpm typecheck`, and compiling it here again took 11 s of two cores.
            tsconfig: './tsconfig.typetests.json',
          },
        },
      },
      {
        // Files that start servers and processes, or load libraries that patch globals
        // (Sentry and OpenTelemetry instrument node:http, which broke axios in a shared
        // worker): each in a fresh one.
        extends: true,
        test: { name: 'isolated', include: ISOLATED },
      },
    ],
  },
});
