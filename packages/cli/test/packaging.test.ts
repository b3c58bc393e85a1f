import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';

// What a vendor package's page on the registry shows: its README, rendered without the
// repository around it, and the files of its tarball.
const packageDir = (id: string) => fileURLToPath(new URL(`../../${id}/`, import.meta.url));
const read = (id: string, file: string) => readFileSync(`${packageDir(id)}${file}`, 'utf8');

describe.each(Object.values(providers).map((p) => [p.id]))('the %s package', (id) => {
  it('ships its generated catalog page', () => {
    expect(existsSync(`${packageDir(id)}CATALOG.md`)).toBe(true);
    expect(JSON.parse(read(id, 'package.json')).files).toContain('CATALOG.md');
  });

  it('has only links that resolve on the registry page (absolute or in-page)', () => {
    for (const file of ['README.md', 'CATALOG.md']) {
      const targets = [...read(id, file).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
      const relative = targets.filter((t) => !/^(https:\/\/|#)/.test(t ?? ''));
      expect({ file, relative }).toEqual({ file, relative: [] });
    }
  });

  it('links to its catalog page from its README', () => {
    expect(read(id, 'README.md')).toContain(
      `https://github.com/kyc-errors/kyc-errors/blob/main/packages/${id}/CATALOG.md`,
    );
  });
});
