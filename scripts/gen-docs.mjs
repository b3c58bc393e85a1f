#!/usr/bin/env node
// Generates, from the built packages: the taxonomy page (docs/taxonomy.md), one catalog page
// per provider for the docs site (docs/catalog/<id>.md) and for its package's tarball
// (packages/<id>/CATALOG.md), the cross-vendor index (docs/cross-vendor-index.md) and the
// export of every catalog (docs/catalog/catalog.json, .csv). `--check` writes nothing and
// fails when a committed file differs from what the catalogs produce now.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { providers as shipped } from 'kyc-errors';
import { catalogPage } from './docs-catalog.mjs';
import { REGENERATE } from './docs-common.mjs';
import { exportCsv, exportJson } from './docs-export.mjs';
import { indexPage } from './docs-index.mjs';
import { taxonomyPage } from './docs-taxonomy.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const providers = Object.values(shipped);

/** Every generated file, by path from the repository root. */
export function generatedFiles() {
  const files = new Map([
    ['docs/taxonomy.md', taxonomyPage()],
    ['docs/cross-vendor-index.md', indexPage(providers)],
    ['docs/catalog/catalog.json', exportJson(providers)],
    ['docs/catalog/catalog.csv', exportCsv(providers)],
  ]);
  for (const provider of providers) {
    files.set(`docs/catalog/${provider.id}.md`, catalogPage(provider, { site: true }));
    files.set(`packages/${provider.id}/CATALOG.md`, catalogPage(provider, { site: false }));
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const files = generatedFiles();
  const stale = [];
  for (const [path, content] of files) {
    const file = join(root, path);
    let current;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    if (check) stale.push(path);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      console.log(`wrote ${path}`);
    }
  }
  if (stale.length > 0) {
    console.error(`docs:check: stale generated files (run \`${REGENERATE}\`): ${stale.join(', ')}`);
    process.exit(1);
  }
  if (check) console.log(`docs:check: ${files.size} generated files are current`);
}
