#!/usr/bin/env node
// Checks what every package would publish: publint (package.json, exports, files) and
// @arethetypeswrong/cli (the types resolve as the runtime does). Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const attw = join(root, 'node_modules', '.bin', 'attw');
let failed = false;

for (const dir of readdirSync(join(root, 'packages')).sort()) {
  const pkgDir = join(root, 'packages', dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const problems = [];
  for (const field of ['license', 'description', 'files', 'exports']) {
    if (pkg[field] === undefined) problems.push(`package.json has no "${field}"`);
  }
  try {
    readFileSync(join(pkgDir, 'README.md'));
  } catch {
    problems.push('no README.md');
  }
  // npm packs the same files pnpm would (workspace: ranges are not resolved, which publint
  // does not read), and npm is on every machine; pnpm may run only through npx.
  const { messages } = await publint({ pkgDir, level: 'suggestion', strict: true, pack: 'npm' });
  for (const m of messages) problems.push(`publint ${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
  try {
    // ESM-only packages: the esm-only profile skips the CommonJS resolution modes.
    execFileSync(
      attw,
      ['--pack', pkgDir, '--profile', 'esm-only', '--format', 'ascii', '--quiet'],
      {
        cwd: pkgDir,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, npm_config_loglevel: 'error' },
      },
    );
  } catch (e) {
    problems.push(
      `attw: ${String(e.stdout ?? '').trim() || String(e.stderr ?? '').trim() || e.message}`,
    );
  }
  failed ||= problems.length > 0;
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${pkg.name}`);
  for (const p of problems) console.log(`       ${p}`);
}
process.exit(failed ? 1 : 0);
