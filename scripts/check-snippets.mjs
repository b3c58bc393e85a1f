#!/usr/bin/env node
// Documented code is code: every ```ts block of README.md, docs/guides/*.md and
// packages/*/README.md is type-checked as written (strict, NodeNext, ESM) against the packages
// packed as they will be published, plus the libraries the blocks import (each installed at
// the range our package.json files name: a peer range of ours first, see libraryRange). A block
// declares its own inputs at its top (`declare const url: string;`); a deliberate fragment is
// fenced ```ts fragment and skipped (keep them few). Each block is its own module, so blocks
// never see each other's names; a block whose first line is a comment naming a file
// (`// codes.ts`) is written under that name, so that later blocks of the same page import it
// as a reader following the page would (`import { ACME_CATALOG } from './codes.js'`). An error
// is reported at its line in the Markdown file.
//
// scripts/check-consumers.mjs runs this against its own scratch install; run alone, it packs
// and installs for itself (after `pnpm build`): node scripts/check-snippets.mjs
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CommandFailed,
  installOnce,
  libraryRange,
  newRun,
  npmInstall,
  packAll,
  removeLater,
  root,
  run,
  seconds,
  toolBin,
  toolsDir,
  workspacePackages,
  writeFiles,
} from './scratch.mjs';

/** The Markdown files whose ```ts blocks are checked. */
export function documents() {
  const files = ['README.md'];
  const guides = join(root, 'docs', 'guides');
  for (const f of readdirSync(guides).sort()) if (f.endsWith('.md')) files.push(`docs/guides/${f}`);
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    try {
      readFileSync(join(root, 'packages', dir, 'README.md'));
      files.push(`packages/${dir}/README.md`);
    } catch {}
  }
  return files;
}

/**
 * The fenced code blocks of one Markdown text: { info, line (of the first code line, 1-based),
 * code }, with a list item's indentation taken off.
 */
export function blocksOf(text) {
  const lines = text.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)(`{3,}|~{3,})\s*(.*?)\s*$/.exec(lines[i]);
    if (open === null) continue;
    const [, indent, fence, info] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^ *(`{3,}|~{3,})\s*$/.exec(lines[j]);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length) break;
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j].trimStart());
    }
    blocks.push({ info, line: i + 2, code: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** The ```ts blocks of one document (`file` names it), and apart from them its fragments. */
export function snippetsOf(file, text) {
  const checked = [];
  const fragments = [];
  for (const block of blocksOf(text)) {
    const words = block.info.split(/\s+/);
    if (words[0] !== 'ts') continue;
    (words.includes('fragment') ? fragments : checked).push({ file, ...block });
  }
  return { checked, fragments };
}

/** Every ```ts block of the documents, and the fragments, with where each starts. */
export function snippets() {
  const checked = [];
  const fragments = [];
  for (const file of documents()) {
    const page = snippetsOf(file, readFileSync(join(root, file), 'utf8'));
    checked.push(...page.checked);
    fragments.push(...page.fragments);
  }
  return { checked, fragments };
}

/**
 * Where each block is written in the scratch project: `blocks/<page>/L<line>.ts`, or the file
 * its first line names (`// codes.ts`). Answers path -> block.
 */
export function blockFiles(checked) {
  const byFile = new Map();
  for (const s of checked) {
    const page = `blocks/${s.file.replace(/[/.]/g, '_')}`;
    const named = /^\/\/ ([\w-]+(?:\/[\w-]+)*\.ts)\s*$/.exec(s.code.split('\n')[0] ?? '');
    const name = `${page}/${named ? named[1] : `L${s.line}.ts`}`;
    if (byFile.has(name)) throw new Error(`${s.file}:${s.line}: a second block written to ${name}`);
    byFile.set(name, s);
  }
  return byFile;
}

/**
 * tsc's output (`--pretty false`) as report lines at Markdown positions (`README.md:18:7 error
 * TS2304: ...`, a message's continuation lines joined to it), and the blocks that failed.
 */
export function readTscOutput(output, byFile) {
  const report = [];
  const failing = new Set();
  for (const line of output.split('\n')) {
    const m = /^(blocks\/[^(]+)\((\d+),(\d+)\): (.*)$/.exec(line);
    if (m === null) {
      if (line.trim() === '') continue;
      if (/^\s/.test(line) && report.length > 0) report[report.length - 1] += ` ${line.trim()}`;
      else report.push(line);
      continue;
    }
    const s = byFile.get(m[1]);
    if (s === undefined) {
      report.push(line);
      continue;
    }
    failing.add(s);
    report.push(`${s.file}:${s.line + Number(m[2]) - 1}:${m[3]} ${m[4]}`);
  }
  return { report, failing };
}

/** The packages a block imports that are not ours and not Node's. */
function librariesOf(code) {
  const names = new Set();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1];
    if (spec.startsWith('.') || spec.startsWith('node:')) continue;
    const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    if (name === 'kyc-errors' || name.startsWith('@kyc-errors/')) continue;
    names.add(name);
  }
  return names;
}

/**
 * Type-checks every ```ts block in a scratch project at `dir` that installs all `tarballs`
 * and the libraries the blocks import. Answers with the counts and a report (one line per
 * error, at its Markdown line); throws only when the project cannot be set up.
 */
export async function checkSnippets({ tarballs, tools }) {
  const { checked, fragments } = snippets();
  // What the blocks import, and every peer of our packages (what their users install beside
  // them): kept in a cached layer, which the scratch project sits in, so that only the tarballs
  // are installed on each run.
  const libraries = new Set();
  for (const s of checked) for (const name of librariesOf(s.code)) libraries.add(name);
  for (const pkg of workspacePackages()) {
    for (const name of Object.keys(pkg.peerDependencies ?? {})) libraries.add(name);
  }
  const specs = [];
  for (const name of [...libraries].sort()) {
    const range = libraryRange(name);
    if (range === undefined) {
      throw new Error(
        `a documented block imports ${name}, which no package.json of this repository names: add it where it is used (a peer or dev dependency), so its range is chosen, not guessed`,
      );
    }
    specs.push(`${name}@${range}`);
  }
  const libs = await installOnce(tools, 'libs', specs);
  mkdirSync(join(libs, 'projects'), { recursive: true });
  const dir = mkdtempSync(join(libs, 'projects', `${new Date().toISOString().slice(0, 10)}-`));

  const byFile = blockFiles(checked);
  const files = {
    'package.json': { private: true, type: 'module' },
    'tsconfig.json': {
      compilerOptions: {
        strict: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        types: ['node'],
        noEmit: true,
        skipLibCheck: true,
      },
      include: ['blocks/**/*.ts'],
    },
  };
  // `export {}` makes a block without imports a module too, so its names stay its own.
  for (const [name, s] of byFile) files[name] = `${s.code}\nexport {};\n`;
  writeFiles(dir, files);
  // The peers are in the layer above: npm must not install them again here.
  await npmInstall(dir, [...tarballs.values()], ['--legacy-peer-deps']);

  let report = [];
  let failing = new Set();
  try {
    await run('node', [toolBin(tools, 'tsc'), '-p', '.', '--pretty', 'false'], { cwd: dir });
  } catch (e) {
    if (!(e instanceof CommandFailed)) throw e;
    ({ report, failing } = readTscOutput(`${e.stdout}\n${e.stderr}`, byFile));
    if (report.length === 0) report.push(`tsc failed and said nothing: ${e.message}`);
  }
  // An error outside every block (a tsconfig problem) fails the check as one.
  const failed = failing.size || (report.length > 0 ? 1 : 0);
  if (failed === 0) removeLater(dir);
  else report.push(`the scratch project is kept in ${dir}`);
  return {
    checked: checked.length,
    fragments: fragments.length,
    failed,
    libraries: [...libraries].sort(),
    report,
  };
}

// Run alone: pack, install, check, report.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const tools = await toolsDir();
  const runDir = newRun(tools);
  const tarballs = await packAll(join(runDir, 'tarballs'));
  const result = await checkSnippets({ tarballs, tools });
  removeLater(runDir);
  for (const line of result.report) console.log(line);
  console.log(
    `${result.checked} ts blocks type-checked (${result.failed} failing) against the packed packages and ${result.libraries.join(', ')}; ${result.fragments} fenced as ts fragment, skipped (${seconds(started)})`,
  );
  process.exit(result.failed > 0 ? 1 : 0);
}
