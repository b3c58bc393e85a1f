import { readFileSync } from 'node:fs';
import { CATEGORIES } from '@kyc-errors/core';
import { CLIENT_FIELD_STATUS, PROBLEM_STATUSES } from '@kyc-errors/observe/problem';
import { SENTRY_LEVELS } from '@kyc-errors/observe/sentry';
import { describe, expect, it } from 'vitest';

// The guide's two mapping tables are written by hand, for the reasons beside each row; these
// tests hold them to the tables in the code, so that neither changes alone.

const guide = readFileSync(
  new URL('../../../docs/guides/observability.md', import.meta.url),
  'utf8',
);

/** The rows of the Markdown table whose header row starts with `| category | <column> |`. */
function table(column: string): [string, string][] {
  const lines = guide.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| category | ${column} |`));
  expect(start, `a table with a ${column} column`).toBeGreaterThan(-1);
  const rows: [string, string][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [first, second] = line
      .split('|')
      .slice(1, 3)
      .map((c) => c.trim().replaceAll('`', ''));
    rows.push([first as string, second as string]);
  }
  return rows;
}

describe('docs/guides/observability.md', () => {
  it('lists the Sentry level of every category as SENTRY_LEVELS has it', () => {
    expect(Object.fromEntries(table('level'))).toEqual(SENTRY_LEVELS);
    expect(table('level').map(([c]) => c)).toEqual([...CATEGORIES]);
  });

  it('lists the problem status of every category as PROBLEM_STATUSES has it, and the client-field row', () => {
    const rows = table('status');
    const byCategory = rows.filter(([c]) => !c.includes(','));
    expect(Object.fromEntries(byCategory.map(([c, s]) => [c, Number(s)]))).toEqual(
      PROBLEM_STATUSES,
    );
    expect(rows).toContainEqual([
      'validation, on a field the client sent',
      String(CLIENT_FIELD_STATUS),
    ]);
  });
});
