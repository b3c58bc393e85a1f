#!/usr/bin/env node
// Searches a built typedoc site the way its search box does, from the command line:
//   node scripts/docs-search.mjs 2205 TOO_MANY_REQUESTS "Invalid sec_key"
// (after `npx -y pnpm@10.34.9 docs:build`). The docs-search test uses the same functions. A
// vendor's message text lists that vendor's catalog entry (`Smile ID codes.You are not
// authorized to do that`): scripts/docs-vendor-texts.mjs adds those results to the index.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

// lunr is typedoc's own dependency: load the copy the site was built with.
const lunr = createRequire(createRequire(import.meta.url).resolve('typedoc'))('lunr');

/** Reads `assets/search.js` of a typedoc site: its rows and its lunr index. */
export function readSearchIndex(siteDir) {
  const js = readFileSync(join(siteDir, 'assets', 'search.js'), 'utf8');
  const encoded = /window\.searchData = "([^"]*)"/.exec(js)?.[1];
  if (encoded === undefined) throw new Error(`${siteDir}: no search data in assets/search.js`);
  const data = JSON.parse(inflateSync(Buffer.from(encoded, 'base64')).toString('utf8'));
  return { rows: data.rows, index: lunr.Index.load(data.index) };
}

/**
 * What the site's search box lists for `text`, best first (typedoc's main.js: every word
 * becomes `*word*`, and names that start with the text are boosted). At most `limit` rows,
 * each `{ name, url, parent? }`.
 */
export function searchSite({ rows, index }, text, limit = 10) {
  const query = text
    .trim()
    .split(' ')
    .map((w) => (w.length > 0 ? `*${w}*` : ''))
    .join(' ');
  const lower = text.trim().toLowerCase();
  return index
    .search(query)
    .map(({ ref, score }) => {
      const row = rows[Number(ref)];
      const boost = row.name.toLowerCase().startsWith(lower)
        ? 10 / (1 + Math.abs(row.name.length - lower.length))
        : 1;
      return { row, score: score * boost };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ row }) => row);
}

/**
 * The rows whose text holds `word` as a whole word (no wildcards: fast enough to ask for
 * every code of every catalog). Whatever this finds, the search box finds too.
 */
export function rowsWithWord({ rows, index }, word) {
  return index
    .query((q) => q.term(word.toLowerCase(), { wildcard: lunr.Query.wildcard.NONE }))
    .map(({ ref }) => rows[Number(ref)]);
}

/** What the command prints, to standard error, when it is given nothing to search for. */
export const USAGE = [
  'usage: node scripts/docs-search.mjs <text> [<text> ...]',
  '',
  'Lists what the search box of the built docs site (docs/api, made by `npx -y pnpm@10.34.9',
  'docs:build`) lists for each text, best first: a code (2205), a reason (RATE_LIMITED), a',
  'vendor\'s message ("You are not authorized") or an API name (normalize).',
].join('\n');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const texts = process.argv.slice(2).filter((t) => t.trim().length > 0);
  if (texts.length === 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const site = readSearchIndex(join(fileURLToPath(new URL('..', import.meta.url)), 'docs', 'api'));
  for (const text of texts) {
    const found = searchSite(site, text);
    console.log(`${text}: ${found.length === 0 ? 'nothing' : ''}`);
    for (const row of found)
      console.log(`  ${row.parent ? `${row.parent}.` : ''}${row.name}  (${row.url})`);
  }
}
