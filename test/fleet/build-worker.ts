import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// The fleet's workers are plain node processes, with no TypeScript loader: bundle
// worker.ts with our packages' sources (as the tests see them) into one .mjs first.

const packages = fileURLToPath(new URL('../../packages/', import.meta.url));

/** Bundles the worker; resolves with the path of the .mjs file to fork. */
export async function buildWorker(): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'kyc-fleet-')), 'worker.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // ioredis is CommonJS: give its require() of node built-ins a real require.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    nodePaths: [join(packages, 'redis', 'node_modules')],
    plugins: [
      {
        name: 'kyc-errors-sources',
        setup(b) {
          b.onResolve({ filter: /^@kyc-errors\/[a-z-]+(?:\/[a-z-]+)?$/ }, (args) => {
            const [, pkg = '', entry = 'index'] =
              /^@kyc-errors\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(args.path) ?? [];
            return { path: join(packages, pkg, 'src', `${entry}.ts`) };
          });
        },
      },
    ],
  });
  return outfile;
}
