import { describe, expect, it } from 'vitest';
import {
  blockFiles,
  blocksOf,
  readTscOutput,
  snippets,
  snippetsOf,
} from '../../scripts/check-snippets.mjs';

// The parts of the documented-code check that decide what is checked and where an error is
// reported; the check itself (tsc over the packed packages) runs in scripts/check-consumers.mjs.
const page = [
  '# Title', //                                  1
  '', //                                         2
  '- A list item:', //                           3
  '', //                                         4
  '  ```ts', //                                  5
  '  const a = 1;', //                           6
  '    const b = 2;', //                         7
  '  ```', //                                    8
  '', //                                         9
  '````md', //                                   10
  '```ts', //                                    11
  'not code', //                                 12
  '```', //                                      13
  '````', //                                     14
  '', //                                         15
  '```ts fragment', //                           16
  'normalize(provider, failure);', //            17
  '```', //                                      18
  '', //                                         19
  '```ts', //                                    20
  '// codes.ts', //                              21
  'export const CODES = [];', //                 22
  '```', //                                      23
].join('\n');

describe('check-snippets', () => {
  it("reads a block inside a list item without the item's indentation, from its first code line", () => {
    const [first] = blocksOf(page);
    expect(first).toEqual({ info: 'ts', line: 6, code: 'const a = 1;\n  const b = 2;' });
  });

  it('lets a longer fence hold a shorter one, and keeps ```ts fragment blocks apart', () => {
    const { checked, fragments } = snippetsOf('page.md', page);
    expect(checked.map((s) => s.line)).toEqual([6, 21]);
    expect(fragments.map((s) => s.line)).toEqual([17]);
  });

  it('writes a block whose first line names a file under that name, any other by its line', () => {
    const files = blockFiles(snippetsOf('docs/page.md', page).checked);
    expect([...files.keys()]).toEqual([
      'blocks/docs_page_md/L6.ts',
      'blocks/docs_page_md/codes.ts',
    ]);
  });

  it('reports a tsc error at its Markdown line, with the lines that continue its message', () => {
    const files = blockFiles(snippetsOf('docs/page.md', page).checked);
    const { report, failing } = readTscOutput(
      [
        "blocks/docs_page_md/codes.ts(2,14): error TS7005: Variable 'CODES' implicitly has an 'any[]' type.",
        "blocks/docs_page_md/L6.ts(2,9): error TS2322: Type 'number' is not assignable to type 'string'.",
        "  Type 'number' is not assignable to type 'string'.",
        '',
      ].join('\n'),
      files,
    );
    expect(report).toEqual([
      "docs/page.md:22:14 error TS7005: Variable 'CODES' implicitly has an 'any[]' type.",
      "docs/page.md:7:9 error TS2322: Type 'number' is not assignable to type 'string'. Type 'number' is not assignable to type 'string'.",
    ]);
    expect(failing.size).toBe(2);
  });

  it("imports only files an earlier block of the same page writes (`./codes.js` from '// codes.ts')", () => {
    const { checked } = snippets();
    const files = blockFiles(checked);
    const missing: string[] = [];
    for (const [name, s] of files) {
      for (const m of s.code.matchAll(/from '\.\/([\w/-]+)\.js'/g)) {
        const target = `${name.slice(0, name.lastIndexOf('/'))}/${m[1]}.ts`;
        if (!files.has(target)) missing.push(`${s.file}:${s.line} imports ./${m[1]}.js`);
      }
    }
    expect(missing).toEqual([]);
  });
});
