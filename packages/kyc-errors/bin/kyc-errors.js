#!/usr/bin/env node
// `npx kyc-errors` resolves this package, so it carries the command too. Plain JavaScript and
// committed, for the same reason as @kyc-errors/cli's bin: it must exist when bins are linked,
// before the workspace is built.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'kyc-errors: the command is not built yet; run `npx -y pnpm@10.34.9 build` in the repository\n',
  );
  process.exit(70);
}
await import(built.href);
