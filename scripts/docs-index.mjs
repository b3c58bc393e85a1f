// The cross-vendor index: every category (and verdict), every reason in it, and the codes of
// each vendor that produce it, so a team sees that Smile ID's 2205 and iDenfy's UNAUTHORIZED
// land in the same place.
import { CATEGORIES, CATEGORY_INFO, VERDICTS } from '@kyc-errors/core';
import { cell, entryHeadings, frontMatter, page } from './docs-common.mjs';

/** `[code](catalog/<id>.md#anchor)` for each entry, joined. */
const codeLinks = (provider, list) =>
  list.map(({ e, anchor }) => `[${cell(e.code)}](catalog/${provider.id}.md#${anchor})`).join(', ');

/**
 * Rows of one group (a category, a verdict, success): the reason, then the codes producing
 * it, one line per vendor. (One column per vendor stopped fitting a page at six vendors.)
 */
function table(providers, entriesOf) {
  const byReason = new Map();
  for (const provider of providers) {
    for (const item of entriesOf(provider)) {
      const row = byReason.get(item.e.reason) ?? new Map();
      byReason.set(item.e.reason, row);
      row.set(provider.id, [...(row.get(provider.id) ?? []), item]);
    }
  }
  const reasons = [...byReason.keys()].sort();
  return [
    '<div class="kyc-wide">',
    '',
    '| Reason | Vendor codes |',
    '| --- | --- |',
    ...reasons.map((reason) => {
      const row = byReason.get(reason);
      const codes = providers
        .filter((p) => row.has(p.id))
        .map((p) => `${p.name}: ${codeLinks(p, row.get(p.id))}`);
      // Plain identifiers (no <wbr>), so a search for a reason finds this page.
      return `| \`${reason}\` | ${codes.join('<br>')} |`;
    }),
    '',
    '</div>',
  ];
}

export function indexPage(providers) {
  const anchored = new Map(
    providers.map((p) => {
      const headings = entryHeadings(p);
      return [p.id, p.catalog.map((e, i) => ({ e, anchor: headings[i].anchor }))];
    }),
  );
  const of = (filter) => (p) => anchored.get(p.id).filter(({ e }) => filter(e));
  const lines = [
    ...frontMatter('Cross-vendor index', 'the catalogs of every vendor package'),
    '',
    '# Cross-vendor index',
    '',
    'Every reason, grouped by category, with the codes of each vendor that produce it: the same reason means the same handling, whichever vendor sent it.',
    "Each code links to its entry in the vendor's catalog page; [the taxonomy](taxonomy.md) says what each category means.",
    'The same data, one row per code, is in [catalog.json](catalog/catalog.json) and [catalog.csv](catalog/catalog.csv).',
    '',
    `Categories: ${CATEGORIES.map((c) => `[\`${c}\`](#${c})`).join(', ')}. [Verdicts](#verdicts).`,
    '',
  ];
  for (const category of CATEGORIES) {
    const rows = table(
      providers,
      of((e) => e.kind === 'error' && e.category === category),
    );
    lines.push(
      `## ${category}`,
      '',
      `${CATEGORY_INFO[category].meaning} Who acts: ${CATEGORY_INFO[category].actor}.`,
      '',
      ...(rows.length > 6
        ? rows
        : [
            'No catalog entry has this category; it comes from HTTP statuses, transport errors and unrecognised bodies.',
          ]),
      '',
    );
  }
  lines.push(
    '## Verdicts',
    '',
    'Results of a verification, kept apart from request errors. A rejected verdict normalizes to a `verification` error.',
    '',
  );
  for (const verdict of VERDICTS) {
    const rows = table(
      providers,
      of((e) => e.kind === 'outcome' && e.verdict === verdict),
    );
    if (rows.length > 6) lines.push(`### ${verdict}`, '', ...rows, '');
  }
  const success = table(
    providers,
    of((e) => e.kind === 'success'),
  );
  if (success.length > 6) lines.push('## Success', '', ...success, '');
  return page(lines);
}
