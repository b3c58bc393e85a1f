// The catalog page of one provider: a summary table, then every entry under its own heading
// (the CLI links to its anchor, `#<code>`). Written twice: for the docs site (relative
// links) and into the vendor package, shipped in its tarball (absolute links).
import { smileIdApiVersion } from '@kyc-errors/smile-id';
import {
  advice,
  blobUrl,
  breakable,
  cell,
  entryHeadings,
  frontMatter,
  generatedComment,
  kindText,
  page,
} from './docs-common.mjs';

// Vendors that run more than one API: which one each entry belongs to. The page shows
// each API's entries in a table of its own and names the API on every entry.
const API_VERSION = {
  'smile-id': {
    of: smileIdApiVersion,
    names: { v1: 'v1 REST API (job-based endpoints, result codes)', v3: 'v3 REST API' },
  },
};

/** The title of a provider's catalog page, by which the site's search lists it. */
export const catalogTitle = (provider) => `${provider.name} codes`;

/**
 * @param provider a Provider
 * @param {{ site: boolean }} where `site`: a page of the typedoc site under docs/catalog/;
 *   otherwise the copy shipped in the vendor package, read on npm or in node_modules.
 */
export function catalogPage(provider, { site }) {
  const entries = provider.catalog;
  const count = (kind) => entries.filter((e) => e.kind === kind).length;
  const headings = entryHeadings(provider);
  const versions = API_VERSION[provider.id];
  const source = `the ${provider.name} catalog in packages/${provider.id}/src`;
  const link = site
    ? { taxonomy: '../taxonomy.md', index: '../cross-vendor-index.md' }
    : { taxonomy: blobUrl('docs/taxonomy.md'), index: blobUrl('docs/cross-vendor-index.md') };
  const lines = [
    ...(site ? frontMatter(catalogTitle(provider), source) : [generatedComment(source)]),
    '',
    `# ${catalogTitle(provider)}`,
    '',
    `Every code \`@kyc-errors/${provider.id}\` knows: ${entries.length} entries (${count('error')} request errors, ${count('outcome')} verdicts, ${count('success')} success).`,
    ...(provider.docsUrl === undefined ? [] : [`Vendor documentation: <${provider.docsUrl}>.`]),
    'The explanations and remedies are ours; the "vendor text" column is the vendor\'s own wording.',
    'Codes marked *(not a vendor code)* name failures the vendor sends without a code, matched by HTTP status and message.',
    '',
    `See [the taxonomy](${link.taxonomy}) for what each category and retry action means, and [the cross-vendor index](${link.index}) for the codes of other vendors with the same reason.`,
    '',
    ...summaries(entries, headings, versions),
    ...eventSection(provider),
    '## Entries',
    '',
  ];
  entries.forEach((e, i) => {
    lines.push(`### ${headings[i].heading}`, '', `**\`${e.reason}\`** · ${kindText(e)}`, '');
    const facts = [
      ['Vendor', provider.name],
      ['API', versions === undefined ? undefined : versions.names[versions.of(e.code)]],
      [
        'Kind',
        e.kind === 'error'
          ? `request error, category \`${e.category}\``
          : e.kind === 'outcome'
            ? `verdict \`${e.verdict}\`${e.final ? '' : ' (not final)'}`
            : 'success',
      ],
      ['What it means', e.message],
      ['What to do', e.remedy],
      ['Retry', advice(e.retry)],
      ['Caution', e.retry.caution],
      ['Delivery', e.kind === 'error' ? `\`${e.delivery}\`` : undefined],
      ['HTTP status', e.httpStatus],
      ['Field', e.field === undefined ? undefined : `\`${e.field}\``],
      ['Vendor text', e.vendorText === undefined ? undefined : `“${e.vendorText}”`],
      ['Deprecated', e.deprecated ? 'yes, by the vendor' : undefined],
      [
        'Not a vendor code',
        e.native === false ? 'a name for a failure the vendor sends without a code' : undefined,
      ],
    ];
    for (const [label, value] of facts)
      if (value !== undefined) lines.push(`- **${label}:** ${value}`);
    lines.push('');
  });
  return page(lines);
}

/**
 * The vendor's documented webhook events: what `provider.webhook(body)` answers with a
 * `KycEvent` when a body is neither a verdict nor a failure.
 */
function eventSection(provider) {
  const events = provider.events;
  const intro = [
    '## Webhook events',
    '',
    `What \`${provider.id}\` answers with a \`KycEvent\` (\`kind: 'event'\`) from \`webhook(body)\` when a webhook body is neither a verdict nor a failure. A name the catalog above also holds as a verdict is read as that verdict. An event not listed is answered as \`UNDOCUMENTED_EVENT\` (its name is not echoed, it asks for attention, and promises no verdict).`,
    '',
  ];
  if (events.length === 0) {
    return [
      ...intro,
      `${provider.name} documents no webhook event that names itself: its webhook bodies are read by their verdict.`,
      '',
    ];
  }
  const yes = (b) => (b ? 'yes' : 'no');
  return [
    ...intro,
    `${events.length} events.`,
    '',
    '<div class="kyc-wide">',
    '',
    '| Event | Reason | Attention | Verdict follows | What it means |',
    '| --- | --- | --- | --- | --- |',
    ...events.map(
      (e) =>
        `| <code>${breakable(e.name)}</code> | <code>${breakable(e.reason)}</code> | ${yes(e.attention)} | ${yes(e.verdictFollows)} | ${cell(e.message)} |`,
    ),
    '',
    '</div>',
    '',
  ];
}

/** The summary table, or one per API where the vendor runs several. */
function summaries(entries, headings, versions) {
  const table = (indexes) => [
    // The wrapper lets the site's CSS give wide tables more room (docs/assets/site.css).
    '<div class="kyc-wide">',
    '',
    '| Code | Category or verdict, reason | Retry | Vendor text |',
    '| --- | --- | --- | --- |',
    ...indexes.map((i) => {
      const e = entries[i];
      const code = `[${breakable(e.code)}](#${headings[i].anchor})${e.native === false ? ' *(not a vendor code)*' : ''}${e.deprecated ? ' *(deprecated)*' : ''}`;
      return `| ${code} | ${kindText(e)}<br><code>${breakable(e.reason)}</code> | ${advice(e.retry)} | ${cell(e.vendorText)} |`;
    }),
    '',
    '</div>',
    '',
  ];
  const all = entries.map((_, i) => i);
  if (versions === undefined) return table(all);
  const out = [];
  for (const [version, name] of Object.entries(versions.names)) {
    const mine = all.filter((i) => versions.of(entries[i].code) === version);
    out.push(`## ${name}`, '', `${mine.length} entries.`, '', ...table(mine));
  }
  return out;
}
