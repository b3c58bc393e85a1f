#!/usr/bin/env node
// The `kyc-errors` bin: loads the compiled command. Plain JavaScript and committed, because a
// package manager links bins before this workspace's `prepare` script has built dist/, and a
// bin whose file does not exist yet is not linked (pnpm: "Failed to create bin").
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    'kyc-errors: the command is not built yet; run `npx -y pnpm@10.34.9 build` in the repository\n',
  );
  process.exit(70);
}
await import(built.href);
