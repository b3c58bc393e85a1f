// A typedoc plugin (typedoc.json "plugin"): the site's search finds a vendor's message text,
// or a vendor's code, at that vendor's catalog entry, first. Pasting what a vendor sent ("You are not authorized",
// "Partner reached token limit") is how people search, and the search box ranks by the words:
// in a long catalog page they weigh as little as in any API symbol's comment, so symbols named
// with them (rateLimit...) came first and the page ninth or nowhere.
//
// So the search index gets one result per distinct vendor text of each catalog: named by the
// text, under its catalog page (`Smile ID codes.You are not authorized to do that`), linking to
// the entry. Its name is indexed as one token, the text's words joined by `_`. The search box
// turns each word typed into `*word*`, so every word of a pasted message matches that one
// token, and the score grows with each: a message matching a text in two words or more ranks
// above an API symbol named with one of them, while a single word (`token`, `retry`) ranks API
// names as before. typedoc builds its index before it renders the pages and offers no hook to
// add results, so this adds them to the written `assets/search.js`, weighted like names.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { providers } from 'kyc-errors';
import { RendererEvent } from 'typedoc';
import { catalogTitle } from './docs-catalog.mjs';
import { entryHeadings } from './docs-common.mjs';

/**
 * The weight of a vendor text's token, as a share of the median weight of a name in the
 * index: below one, so one word in common ranks under an API name; high enough that a message
 * pasted in part ("You are not authorized" for "You are not authorized to do that") still
 * ranks its entry above the long generated pages after the search box's prefix penalty
 * (typedoc divides a prefix match's score by how much longer the name is): 0.6 lost to the
 * cross-vendor index once ten vendors filled it.
 */
export const TEXT_WEIGHT = 0.9;

/** A vendor text as one search token: its words, lower-cased, joined by `_`. */
export const phraseToken = (text) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .join('_');

/**
 * Each distinct vendor text of every catalog, with the title of its page and the anchor of
 * its first entry: `{ page, text, anchor }`, in catalog order.
 */
export function vendorTexts(list = Object.values(providers)) {
  return list.flatMap((p) => {
    const headings = entryHeadings(p);
    const seen = new Set();
    return p.catalog.flatMap((e, i) => {
      const token = e.vendorText === undefined ? '' : phraseToken(e.vendorText);
      if (token.length === 0 || seen.has(token)) return [];
      seen.add(token);
      return [{ page: catalogTitle(p), text: e.vendorText, anchor: headings[i].anchor }];
    });
  });
}

/**
 * Each distinct code of every catalog, with the title of its page and the anchor of its first
 * entry: `{ page, text, anchor }`, in catalog order. People search a code as often as a
 * message ("2205"), and the pages that use one as an example (the guides) mention it as
 * often as its catalog page: its own result, named by the code, ranks the entry first (the
 * search box boosts a name that starts with what was typed).
 */
export function vendorCodes(list = Object.values(providers)) {
  return list.flatMap((p) => {
    const headings = entryHeadings(p);
    const seen = new Set();
    return p.catalog.flatMap((e, i) => {
      if (seen.has(e.code) || phraseToken(e.code).length === 0) return [];
      seen.add(e.code);
      return [{ page: catalogTitle(p), text: e.code, anchor: headings[i].anchor }];
    });
  });
}

/**
 * Adds a result per vendor text (or code) to a typedoc search data `{ rows, index }` (a serialized lunr
 * index with the fields typedoc gives it), in place. A text whose page is not in the site is
 * left out.
 */
export function addVendorTexts(data, texts = vendorTexts()) {
  const { rows, index } = data;
  const pages = new Map(rows.filter((r) => r.kind === DOCUMENT).map((r) => [r.name, r]));
  const postings = new Map(index.invertedIndex);
  let next = Math.max(-1, ...[...postings.values()].map((p) => p._index)) + 1;
  const weight = Math.round(TEXT_WEIGHT * median(nameWeights(index)) * 1000) / 1000;
  for (const { page, text, anchor } of texts) {
    const row = pages.get(page);
    if (row === undefined) continue;
    const ref = String(rows.length);
    rows.push({ ...row, name: text, url: `${row.url}#${anchor}`, parent: page });
    const token = phraseToken(text);
    let posting = postings.get(token);
    if (posting === undefined) {
      posting = { _index: next++, ...Object.fromEntries(index.fields.map((f) => [f, {}])) };
      postings.set(token, posting);
    }
    posting.name[ref] = {};
    index.fieldVectors.push([`name/${ref}`, [posting._index, weight]]);
  }
  // lunr reads the terms back in sorted order only.
  index.invertedIndex = [...postings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return data;
}

/** typedoc's kind of a document page. */
const DOCUMENT = 8388608;

function nameWeights(index) {
  return index.fieldVectors
    .filter(([ref]) => ref.startsWith('name/'))
    .flatMap(([, elements]) => elements.filter((_, i) => i % 2 === 1));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 1 : sorted[Math.floor(sorted.length / 2)];
}

/** typedoc's `assets/search.js`, read and written as typedoc does. */
const SEARCH_DATA = /^window\.searchData = "([^"]*)";$/;

/** typedoc calls this when it loads the plugin. */
export function load(app) {
  app.renderer.on(RendererEvent.BEGIN, () => {
    app.renderer.postRenderAsyncJobs.push(async (event) => {
      const file = join(event.outputDirectory, 'assets', 'search.js');
      const encoded = SEARCH_DATA.exec(readFileSync(file, 'utf8').trim())?.[1];
      if (encoded === undefined) throw new Error(`${file}: no search data`);
      const data = JSON.parse(inflateSync(Buffer.from(encoded, 'base64')).toString('utf8'));
      addVendorTexts(data, [...vendorTexts(), ...vendorCodes()]);
      const packed = deflateSync(Buffer.from(JSON.stringify(data))).toString('base64');
      writeFileSync(file, `window.searchData = "${packed}";`);
    });
  });
}
