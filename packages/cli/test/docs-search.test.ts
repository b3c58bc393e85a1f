import { spawnSync } from 'node:child_process';
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
  type SearchRow,
  searchSite,
  USAGE,
} from '../../../scripts/docs-search.mjs';

// The docs site must find every catalog code, reason and vendor text. Building the whole
// site takes half a minute, so this builds one with the committed generated pages (what
// `docs:check` keeps current), the search options and plugins of typedoc.json, and the API
// of the packages whose symbols competed with the catalog pages for a vendor's words (core,
// retry, redis, persona: rateLimitWait, RateLimitOptions, notBefore, PersonaResource), and
// searches it as the site's search box does.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
  projectDocuments: string[];
  searchInDocuments?: boolean;
  plugin?: string[];
};
const API = ['core', 'retry', 'redis', 'persona'].map((id) =>
  join(root, 'packages', id, 'src', 'index.ts'),
);
const GENERATED = ['docs/taxonomy.md', 'docs/cross-vendor-index.md', 'docs/catalog/*.md'];
// The guides too, as the site has them: they use codes as examples (2205), and compete with
// the catalog pages for them.
const GUIDES = 'docs/guides/*.md';

let dir: string;
let site: SearchIndex;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kyc-errors-docs-'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    // No type checking (skipErrorChecking below): the symbols and their comments are read.
    JSON.stringify({
      extends: join(root, 'tsconfig.base.json'),
      compilerOptions: { noEmit: true, declaration: false, declarationMap: false },
      files: API,
    }),
  );
  // Its own (empty) options file, so the repository's typedoc.json is not read.
  writeFileSync(join(dir, 'typedoc.json'), '{}');
  const app = await Application.bootstrapWithPlugins({
    options: join(dir, 'typedoc.json'),
    entryPointStrategy: 'resolve',
    entryPoints: API,
    tsconfig: join(dir, 'tsconfig.json'),
    plugin: (config.plugin ?? []).map((p) => join(root, p)),
    readme: 'none',
    projectDocuments: [...GENERATED, GUIDES].map((p) => join(root, p)),
    searchInDocuments: config.searchInDocuments ?? false,
    skipErrorChecking: true,
    logLevel: LogLevel.Error,
  });
  const project = await app.convert();
  if (project === undefined) throw new Error('typedoc could not convert the API');
  await app.generateDocs(project, join(dir, 'site'));
  site = readSearchIndex(join(dir, 'site'));
}, 60_000);

afterAll(() => {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

const pageOf = (name: string) => `${name} codes`;
/** The page a result is on: a vendor text's result is listed under its catalog page. */
const page = (row: SearchRow) => row.parent ?? row.name;
const found = (text: string) => searchSite(site, text).map(page);
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
    // Not '0': the search box's `*0*` matches every number of the API (status tables) first;
    // the whole-word check above finds SigningCloud's 0 on its page.
    ['rate-limit', 'Taxonomy'],
  ])('the search box lists %j with %j in its first ten results', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('typedoc.json loads the plugin that indexes the vendor texts', () => {
    expect(config.plugin).toContain('./scripts/docs-vendor-texts.mjs');
  });

  it.each([
    ['You are not authorized', 'Smile ID codes'],
    ['You are not authorized to do that', 'Smile ID codes'],
    ['Partner reached token limit', 'iDenfy codes'],
    ['Partner inactive', 'iDenfy codes'],
    ['Access token has expired', 'SigningCloud codes'],
  ])(
    "a vendor's message %j lists the entry on %j first, above every API symbol",
    (text, expected) => {
      const [first] = searchSite(site, text);
      const pageRow = searchSite(site, expected).find((row) => row.name === expected);
      expect(first && page(first)).toBe(expected);
      // The result is the entry: named by the vendor's text, linking into the page.
      expect(first?.name.toLowerCase()).toContain(text.toLowerCase());
      expect(first?.url).toMatch(new RegExp(`^${pageRow?.url.replaceAll('.', '\\.')}#.+`));
    },
  );

  it.each([
    ['2205', 'Smile ID codes'],
    ['TOO_MANY_REQUESTS', 'iDenfy codes'],
    ['idempotency_key_in_use', 'Stripe Identity codes'],
    ['HOURLY_APIINVOCATION_LIMIT_EXCEEDED', 'DocuSign eSignature codes'],
    ['exceeded_rate', 'Dropbox Sign codes'],
    ['user_authorization_error', 'Onfido codes'],
  ])('a code %j lists its entry on %j first, above the guides that use it', (code, expected) => {
    const [first] = searchSite(site, code);
    expect(first && page(first)).toBe(expected);
    expect(first?.name).toBe(code);
    expect(first?.url).toMatch(/#.+/);
  });

  it.each([
    ['createRateLimit', 'createRateLimit'],
    ['rateLimitWait', 'rateLimitWait'],
    ['normalizeThrown', 'normalizeThrown'],
  ])('an API name %j still lists the symbol %j first', (text, name) => {
    expect(searchSite(site, text)[0]?.name).toBe(name);
  });

  it('words many vendor texts share (rate limit) still list the API symbols named with them first', () => {
    const [first] = searchSite(site, 'rate limit');
    expect(first?.name).toMatch(/rateLimit/i);
    expect(first && page(first)).not.toMatch(/ codes$/);
  });
});

describe('the docs-search command', () => {
  it('with no text to search for, prints its usage and exits non-zero', () => {
    for (const args of [[], ['  ']]) {
      const r = spawnSync(process.execPath, [join(root, 'scripts/docs-search.mjs'), ...args], {
        encoding: 'utf8',
      });
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim()).toBe(USAGE);
    }
  });
});
