#!/usr/bin/env node
// The consumers check: installs the packages as a user will get them and runs the README's
// Quick start in every setup a team is likely to have. Every package is packed as it will be
// published (pnpm pack); each setup is a scratch project that installs the tarballs it needs
// with npm (their dependencies from the registry or the npm cache) and compiles and runs:
//
//   esm-nodenext     TypeScript, module NodeNext, strict, "type": "module"; tsc, then node
//   cjs-node10       TypeScript, module commonjs + moduleResolution node10; tsc, then node
//   cjs-node16       TypeScript, module node16 in a "type": "commonjs" package; tsc, then node
//   require          plain require() in a .cjs file, and the ESM copy of core recognising the
//                    CommonJS copy's providers and failures
//   jest-ts-jest     Jest with ts-jest (CommonJS), configured as `nest new` configures it
//   bun              Bun runs the ESM TypeScript file
//   deno             deno check, then deno run, against the installed node_modules
//   browser          an esbuild bundle for the browser of core + Smile ID: no `node:` import,
//                    and the bundle runs
//
// The TypeScript setups and Jest import both subpaths (`@kyc-errors/core/provider-kit`,
// `@kyc-errors/retry/cockatiel`) as well as the main entries. Then every ```ts block of the
// docs is type-checked against the same tarballs (scripts/check-snippets.mjs). The tools are
// installed once under the scratch directory (scripts/scratch.mjs) and reused.
//
// Run after `pnpm build`. Needs Node and npm only; prints one line per setup, and exits
// non-zero when any setup fails (its run directory is then kept, and named).
//
// Usage: node scripts/check-consumers.mjs [setup ...]   (default: every setup, then snippets)
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { checkSnippets } from './check-snippets.mjs';
import {
  libraryRange,
  newRun,
  npmInstall,
  packAll,
  removeLater,
  run,
  seconds,
  toolBin,
  toolsDir,
  writeFiles,
} from './scratch.mjs';

const started = Date.now();

// --- What every setup runs -------------------------------------------------------------------

// The README's Quick start, with a local answer where it calls `fetch(url, init)`: Smile ID's
// 2205 in a 401. Written so that one text compiles as ESM and as CommonJS, and in Deno.
const QUICK_START = `
const answer = () =>
  new Response('{"code":"2205","error":"You are not authorized to do that"}', {
    status: 401,
    headers: { 'Content-Type': 'application/json' },
  });

async function quickStart() {
  const response: unknown = await Promise.resolve(answer()).catch((e: unknown) => e);
  const error =
    response instanceof Response
      ? normalize(smileId, { status: response.status, headers: response.headers, body: await response.text() })
      : normalizeThrown(smileId, response);
  const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
  // (not \`new TypeError(message, { cause })\`: a NestJS app compiles for ES2021)
  const refused = normalizeThrown(smileId, Object.assign(new TypeError('fetch failed'), { cause }));
  return {
    category: error.category,
    reason: error.reason,
    code: error.code,
    retryable: error.retry.retryable,
    action: error.retry.action,
    refused: \`\${refused.reason} \${refused.delivery}\`,
  };
}
`;

// The subpaths: a vendor defined with the provider kit, and the retry loop and the cockatiel
// policy stopping at once on a failure no retry can fix.
const SUBPATHS = `
const ACME_CODE = /^E\\d{3}$/;
const acme = defineProvider({
  id: 'acme',
  name: 'Acme KYC',
  docsUrl: 'https://docs.acme.example/errors',
  catalog: [
    {
      code: 'E419',
      kind: 'error',
      category: 'auth',
      reason: 'TOKEN_EXPIRED',
      message: 'The access token expired.',
      remedy: 'Fetch a new token and send the request again.',
      retry: { retryable: true, action: 'refresh-credentials' },
    },
  ] as const satisfies readonly EntrySpec[],
  codePattern: ACME_CODE,
  read: (body) => ({ code: stringCode(own(body, 'error_code'), ACME_CODE) }),
});

async function stopped(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'resolved';
  } catch (e) {
    return isKycFailure(e) ? \`\${e.error.reason} \${e.stoppedBecause} \${e.attempts}\` : \`not a KycFailure: \${String(e)}\`;
  }
}

async function subpaths() {
  return {
    kit: normalize(acme, { status: 401, body: { error_code: 'E419' } }).retry.action,
    retry: await stopped(() => retry(() => bodyOrThrow(smileId, answer()), { provider: smileId })),
    cockatiel: await stopped(() =>
      cockatielPolicy(smileId, { maxAttempts: 3 }).execute(() => bodyOrThrow(smileId, answer())),
    ),
  };
}
`;

const IMPORTS = `import { bodyOrThrow, isKycFailure, normalize, normalizeThrown } from '@kyc-errors/core';
import { defineProvider, type EntrySpec, own, stringCode } from '@kyc-errors/core/provider-kit';
import { retry } from '@kyc-errors/retry';
import { cockatielPolicy } from '@kyc-errors/retry/cockatiel';
import { smileId } from '@kyc-errors/smile-id';
`;

const PRINT = `
Promise.all([quickStart(), subpaths()]).then(([q, s]) => console.log(JSON.stringify({ ...q, ...s })));
`;

// The same program as plain CommonJS, plus the dual-package question: the ESM copies of core
// and Smile ID, loaded beside the CommonJS ones, read the other copy's providers and failures.
const REQUIRE = `'use strict';
const core = require('@kyc-errors/core');
const { defineProvider, own, stringCode } = require('@kyc-errors/core/provider-kit');
const { retry } = require('@kyc-errors/retry');
const { cockatielPolicy } = require('@kyc-errors/retry/cockatiel');
const { smileId } = require('@kyc-errors/smile-id');
const { bodyOrThrow, isKycFailure, normalize, normalizeThrown } = core;
${strip(QUICK_START)}
${strip(SUBPATHS)}
async function dual() {
  const esm = await import('@kyc-errors/core');
  const esmSmileId = (await import('@kyc-errors/smile-id')).smileId;
  const failure = { status: 401, body: '{"code":"2205"}' };
  return {
    twoCopies: esm.normalize !== core.normalize && esmSmileId !== smileId,
    esmReadsCjs: [
      esm.normalize(smileId, failure).reason,
      esm.isKycFailure(new core.KycFailure(normalize(smileId, failure))),
    ],
    cjsReadsEsm: [
      normalize(esmSmileId, failure).reason,
      isKycFailure(new esm.KycFailure(esm.normalize(esmSmileId, failure))),
    ],
  };
}

Promise.all([quickStart(), subpaths(), dual()]).then(([q, s, d]) =>
  console.log(JSON.stringify({ ...q, ...s, ...d })),
);
`;

/** The TypeScript above as JavaScript: only its few annotations differ. */
function strip(ts) {
  return ts
    .replaceAll(': unknown', '')
    .replaceAll(': () => Promise<unknown>', '')
    .replaceAll(': Promise<string>', '')
    .replaceAll(' as const satisfies readonly EntrySpec[]', '');
}

const QUICK_START_ANSWER = {
  category: 'auth',
  reason: 'INVALID_SIGNATURE',
  code: '2205',
  retryable: false,
  action: 'fix-config',
  refused: 'CONNECTION_REFUSED not-sent',
};
const ANSWER = {
  ...QUICK_START_ANSWER,
  kit: 'refresh-credentials',
  retry: 'INVALID_SIGNATURE not-retryable 1',
  cockatiel: 'INVALID_SIGNATURE not-retryable 1',
};

const JEST_SPEC = `${IMPORTS}${QUICK_START}${SUBPATHS}
describe('kyc-errors in a NestJS Jest setup', () => {
  it('runs the Quick start and both subpaths', async () => {
    expect({ ...(await quickStart()), ...(await subpaths()) }).toEqual(${JSON.stringify(ANSWER)});
  });
});
`;

// --- The setups --------------------------------------------------------------------------------

const STRICT = { strict: true, target: 'ES2022', skipLibCheck: false, types: ['node'] };
const MAIN_TS = `${IMPORTS}${QUICK_START}${SUBPATHS}${PRINT}`;
const WITH_SUBPATHS = ['@kyc-errors/core', '@kyc-errors/smile-id', '@kyc-errors/retry'];

/** The last line of a program's output, as JSON, must equal `want`. */
function expectOutput(stdout, want) {
  const last = stdout.trim().split('\n').at(-1) ?? '';
  let got;
  try {
    got = JSON.parse(last);
  } catch {
    throw new Error(`expected a JSON line, got:\n${stdout}`);
  }
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    throw new Error(`expected ${JSON.stringify(want)}\n     got ${JSON.stringify(got)}`);
  }
}

/**
 * A setup that compiles the Quick start with tsc under `compilerOptions` in a package of
 * `packageJson`, then runs it: the three TypeScript module systems differ only there.
 */
function tscSetup(name, about, packageJson, compilerOptions) {
  return {
    name,
    about,
    packages: WITH_SUBPATHS,
    files: {
      'package.json': { private: true, ...packageJson },
      'tsconfig.json': {
        compilerOptions: { ...STRICT, ...compilerOptions, outDir: 'dist' },
        files: ['main.ts'],
      },
      'main.ts': MAIN_TS,
    },
    check: async ({ dir, tools }) => {
      await run('node', [toolBin(tools, 'tsc'), '-p', '.'], { cwd: dir });
      expectOutput(await run('node', ['dist/main.js'], { cwd: dir }), ANSWER);
    },
  };
}

const SETUPS = [
  tscSetup(
    'esm-nodenext',
    'TypeScript NodeNext strict, ESM: tsc, node',
    { type: 'module' },
    { module: 'NodeNext', moduleResolution: 'NodeNext' },
  ),
  tscSetup(
    'cjs-node10',
    'TypeScript module commonjs, moduleResolution node10: tsc, node',
    {},
    { module: 'commonjs', moduleResolution: 'node10' },
  ),
  tscSetup(
    'cjs-node16',
    'TypeScript module node16 in a "type": "commonjs" package: tsc, node',
    { type: 'commonjs' },
    { module: 'node16' },
  ),
  {
    name: 'require',
    about: 'plain require() in a .cjs file, beside the ESM copy',
    packages: WITH_SUBPATHS,
    files: { 'package.json': { private: true }, 'main.cjs': REQUIRE },
    check: async ({ dir }) => {
      expectOutput(await run('node', ['main.cjs'], { cwd: dir }), {
        ...ANSWER,
        twoCopies: true,
        esmReadsCjs: ['INVALID_SIGNATURE', true],
        cjsReadsEsm: ['INVALID_SIGNATURE', true],
      });
    },
  },
  {
    name: 'jest-ts-jest',
    about: 'Jest + ts-jest (CommonJS) as `nest new` configures them',
    packages: WITH_SUBPATHS,
    files: {
      // The `jest` section and tsconfig of a new NestJS 10 app, unchanged.
      'package.json': {
        private: true,
        jest: {
          moduleFileExtensions: ['js', 'json', 'ts'],
          rootDir: 'src',
          testRegex: '.*\\.spec\\.ts$',
          transform: { '^.+\\.(t|j)s$': 'ts-jest' },
          collectCoverageFrom: ['**/*.(t|j)s'],
          coverageDirectory: '../coverage',
          testEnvironment: 'node',
        },
      },
      'tsconfig.json': {
        compilerOptions: {
          module: 'commonjs',
          declaration: true,
          removeComments: true,
          emitDecoratorMetadata: true,
          experimentalDecorators: true,
          allowSyntheticDefaultImports: true,
          target: 'ES2021',
          sourceMap: true,
          outDir: './dist',
          baseUrl: './',
          incremental: true,
          skipLibCheck: true,
          strictNullChecks: false,
          noImplicitAny: false,
          strictBindCallApply: false,
          forceConsistentCasingInFileNames: false,
          noFallthroughCasesInSwitch: false,
        },
      },
      'src/kyc-errors.spec.ts': JEST_SPEC,
    },
    check: async ({ dir, tools, runDir }) => {
      await run(
        'node',
        [
          join(tools, 'node_modules', 'jest', 'bin', 'jest.js'),
          '--ci',
          '--watchman=false',
          `--cacheDirectory=${join(runDir, 'jest-cache')}`,
        ],
        { cwd: dir },
      );
    },
  },
  {
    name: 'bun',
    about: 'Bun runs the ESM TypeScript file',
    packages: WITH_SUBPATHS,
    files: { 'package.json': { private: true, type: 'module' }, 'main.ts': MAIN_TS },
    check: async ({ dir, tools }) => {
      expectOutput(await run(toolBin(tools, 'bun'), ['main.ts'], { cwd: dir }), ANSWER);
    },
  },
  {
    name: 'deno',
    about: 'deno check and deno run against node_modules',
    packages: WITH_SUBPATHS,
    files: { 'package.json': { private: true, type: 'module' }, 'main.ts': MAIN_TS },
    check: async ({ dir, tools }) => {
      const env = { DENO_DIR: join(tools, 'deno'), DENO_NO_UPDATE_CHECK: '1' };
      const deno = toolBin(tools, 'deno');
      const flags = ['--node-modules-dir=manual', '--no-lock'];
      await run(deno, ['check', ...flags, 'main.ts'], { cwd: dir, env });
      expectOutput(await run(deno, ['run', ...flags, 'main.ts'], { cwd: dir, env }), ANSWER);
    },
  },
  {
    name: 'browser',
    about: 'esbuild bundle, platform browser, core + Smile ID',
    packages: ['@kyc-errors/core', '@kyc-errors/smile-id'],
    files: {
      'package.json': { private: true, type: 'module' },
      'main.ts': `import { normalize, normalizeThrown } from '@kyc-errors/core';
import { smileId } from '@kyc-errors/smile-id';
${QUICK_START}
quickStart().then((q) => console.log(JSON.stringify(q)));
`,
    },
    check: async ({ dir }) => {
      const result = await build({
        absWorkingDir: dir,
        entryPoints: ['main.ts'],
        outfile: 'dist/main.js',
        bundle: true,
        platform: 'browser',
        format: 'esm',
        target: 'es2022',
        minify: true,
        metafile: true,
        logLevel: 'silent',
      });
      const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports);
      const builtIns = imports.filter((i) => i.path.startsWith('node:')).map((i) => i.path);
      const text = readFileSync(join(dir, 'dist', 'main.js'), 'utf8');
      if (/(?:\bfrom|\bimport|\brequire)\s*\(?\s*["']node:/.test(text)) builtIns.push('(in text)');
      if (builtIns.length > 0) {
        throw new Error(`the browser bundle imports Node built-ins: ${builtIns.join(', ')}`);
      }
      expectOutput(await run('node', ['dist/main.js'], { cwd: dir }), QUICK_START_ANSWER);
      return `${(gzipSync(text).length / 1024).toFixed(1)} KB gzipped`;
    },
  },
];

// --- Run ---------------------------------------------------------------------------------------

const only = process.argv.slice(2);
const unknown = only.filter((n) => n !== 'snippets' && !SETUPS.some((s) => s.name === n));
if (unknown.length > 0) {
  console.error(
    `no setup named ${unknown.join(', ')}; setups: ${SETUPS.map((s) => s.name).join(', ')}, snippets`,
  );
  process.exit(2);
}
const chosen = (name) => only.length === 0 || only.includes(name);

const tools = await toolsDir();
const runDir = newRun(tools);

/** Runs `task`s at most `n` at a time: two cores run two type-checks at once. */
function pool(n) {
  let active = 0;
  const waiting = [];
  const next = () => {
    if (active >= n || waiting.length === 0) return;
    active++;
    const { task, resolve } = waiting.shift();
    task()
      .then(resolve)
      .finally(() => {
        active--;
        next();
      });
  };
  return (task) =>
    new Promise((resolve) => {
      waiting.push({ task, resolve });
      next();
    });
}

/** One setup: its project, its install, its check. Answers with its report line(s). */
async function runSetup(setup, tarballs) {
  const t = Date.now();
  const dir = join(runDir, setup.name);
  try {
    writeFiles(dir, setup.files);
    const specs = setup.packages.map((name) => {
      const file = tarballs.get(name);
      if (file === undefined) throw new Error(`no tarball for ${name}`);
      return file;
    });
    if (setup.packages.includes('@kyc-errors/retry')) {
      specs.push(`cockatiel@${libraryRange('cockatiel')}`);
    }
    await npmInstall(dir, specs);
    const note = await setup.check({ dir, tools, runDir });
    const name = setup.name.padEnd(13);
    return {
      ok: true,
      text: `ok   ${name} ${setup.about} (${seconds(t)}${note ? `; ${note}` : ''})`,
    };
  } catch (e) {
    const detail = String(e.message ?? e).replace(/^/gm, '       ');
    return {
      ok: false,
      text: `FAIL ${setup.name.padEnd(13)} ${setup.about} (${seconds(t)})\n${detail}`,
    };
  }
}

/** The documented blocks, against the same tarballs. */
async function runSnippets(tarballs) {
  const t = Date.now();
  try {
    const r = await checkSnippets({ tarballs, tools });
    const lines = [
      `${r.failed === 0 ? 'ok  ' : 'FAIL'} ${'snippets'.padEnd(13)} ${r.checked} ts blocks type-checked, ${r.failed} failing; ${r.fragments} fenced as ts fragment, skipped (${seconds(t)})`,
      ...r.report.map((line) => `       ${line}`),
    ];
    return { ok: r.failed === 0, text: lines.join('\n') };
  } catch (e) {
    return {
      ok: false,
      text: `FAIL snippets\n${String(e.message ?? e).replace(/^/gm, '       ')}`,
    };
  }
}

let failed = false;
try {
  const packed = Date.now();
  const tarballs = await packAll(join(runDir, 'tarballs'));
  console.log(`packed ${tarballs.size} packages with pnpm pack (${seconds(packed)})`);

  const slot = pool(Math.max(1, Math.min(2, availableParallelism())));
  // The snippets take longest (their libraries' install, one big tsc): started first.
  const tasks = [
    ...(chosen('snippets') ? [slot(() => runSnippets(tarballs))] : []),
    ...SETUPS.filter((s) => chosen(s.name)).map((setup) => slot(() => runSetup(setup, tarballs))),
  ];
  // Reported in a fixed order (setups, then snippets) as each one's turn comes.
  const ordered = chosen('snippets') ? [...tasks.slice(1), tasks[0]] : tasks;
  for (const task of ordered) {
    const { ok, text } = await task;
    failed ||= !ok;
    console.log(text);
  }
} catch (e) {
  failed = true;
  console.log(`FAIL ${String(e.message ?? e)}`);
}

if (failed) {
  console.log(`consumers check failed after ${seconds(started)}; the run is kept in ${runDir}`);
  process.exit(1);
}
removeLater(runDir);
console.log(`consumers check passed in ${seconds(started)}`);
