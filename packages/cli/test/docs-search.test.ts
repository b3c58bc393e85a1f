import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { providers } from 'kyc-errors';
import { Application, LogLevel } from 'typedoc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readSearchIndex,
  rowsWithWord,
  type SearchIndex,
  searchSite,
} from '../../../scripts/docs-search.mjs';

// The docs site must find every catalog code, reason and vendor text. Building the whole
// site takes half a minute, so this builds one with the committed generated pages (what
// `docs:check` keeps current) and the search options of typedoc.json, around an empty
// module, and searches it as the site's search box does.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
  projectDocuments: string[];
  searchInDocuments?: boolean;
};
const GENERATED = ['docs/taxonomy.md', 'docs/cross-vendor-index.md', 'docs/catalog/*.md'];

let dir: string;
let site: SearchIndex;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kyc-errors-docs-'));
  writeFileSync(
    join(dir, 'index.ts'),
    '/** Empty: the site is built for its documents. */\nexport const site = 1;\n',
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    // No lib and no type checking: the module only has to exist.
    JSON.stringify({ compilerOptions: { noLib: true, types: [] }, files: ['index.ts'] }),
  );
  // Its own (empty) options file, so the repository's typedoc.json is not read.
  writeFileSync(join(dir, 'typedoc.json'), '{}');
  const app = await Application.bootstrap({
    options: join(dir, 'typedoc.json'),
    entryPointStrategy: 'resolve',
    entryPoints: [join(dir, 'index.ts')],
    tsconfig: join(dir, 'tsconfig.json'),
    readme: 'none',
    projectDocuments: GENERATED.map((p) => join(root, p)),
    searchInDocuments: config.searchInDocuments ?? false,
    skipErrorChecking: true,
    logLevel: LogLevel.Error,
  });
  const project = await app.convert();
  if (project === undefined) throw new Error('typedoc could not convert the empty module');
  await app.generateDocs(project, join(dir, 'site'));
  site = readSearchIndex(join(dir, 'site'));
}, 60_000);

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

const pageOf = (name: string) => `${name} codes`;
const found = (text: string) => searchSite(site, text).map((row) => row.name);
/** The pages holding every word of `code` (lunr splits words at `-`: EXPIRED-DELETED). */
const withWord = (code: string) =>
  code
    .split(/[\s-]+/)
    .map((word) => rowsWithWord(site, word).map((row) => row.name))
    .reduce((a, b) => a.filter((name) => b.includes(name)));

describe('the docs site search', () => {
  it('typedoc.json indexes the documents and includes the generated pages', () => {
    expect(config.searchInDocuments).toBe(true);
    for (const page of GENERATED) expect(config.projectDocuments).toContain(page);
  });

  // Whole words: a wildcard search (what the search box runs) per code would take seconds.
  for (const provider of Object.values(providers)) {
    const codes = [...new Set(provider.catalog.map((e) => e.code))];
    it(`indexes every ${provider.name} code on its catalog page`, () => {
      const missing = codes.filter((code) => !withWord(code).includes(pageOf(provider.name)));
      expect(missing).toEqual([]);
    });
  }

  it('indexes every reason on the cross-vendor index', () => {
    const reasons = new Set(
      Object.values(providers).flatMap((p) => p.catalog.map((e) => e.reason)),
    );
    const missing = [...reasons].filter((r) => !withWord(r).includes('Cross-vendor index'));
    expect(missing).toEqual([]);
  });

  it.each([
    ['2205', 'Smile ID codes'],
    ['TOO_MANY_REQUESTS', 'iDenfy codes'],
    ['INVALID_SIGNATURE', 'Cross-vendor index'],
    ['0', 'SigningCloud codes'],
    ['You are not authorized to do that', 'Smile ID codes'],
    ['Partner inactive', 'iDenfy codes'],
    ['Access token has expired', 'SigningCloud codes'],
    ['rate-limit', 'Taxonomy'],
  ])('the search box lists %j with %j in its first ten results', (text, page) => {
    expect(found(text)).toContain(page);
  });
});
