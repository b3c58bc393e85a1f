import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the packages by name; point those names at the sources so a
// test run never depends on a stale build. The CLI tests run the built bin.
const source = (pkg: string, file = 'index'): string =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${file}.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@kyc-errors\/([a-z-]+)\/([a-z-]+)$/, replacement: source('$1', '$2') },
      { find: /^@kyc-errors\/([a-z-]+)$/, replacement: source('$1') },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['packages/*/test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
