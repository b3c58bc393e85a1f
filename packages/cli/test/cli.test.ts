import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The committed launchers, exactly as `pnpm exec kyc-errors` and `npx kyc-errors` run them
// (they load the built command: the test command builds first).
const bin = fileURLToPath(new URL('../bin/kyc-errors.js', import.meta.url));
const umbrellaBin = fileURLToPath(new URL('../../kyc-errors/bin/kyc-errors.js', import.meta.url));
const packageJson = (dir: string) =>
  JSON.parse(readFileSync(new URL(`../../${dir}/package.json`, import.meta.url), 'utf8'));

function spawn(file: string, args: string[], input = '') {
  const r = spawnSync(process.execPath, [file, ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 20_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the kyc-errors bins', () => {
  it.each([
    ['cli', '@kyc-errors/cli'],
    ['kyc-errors', 'kyc-errors'],
  ])('%s: the bin is a committed file outside dist/, and is shipped', (dir) => {
    // A bin under dist/ does not exist yet when a fresh install links bins.
    const pkg = packageJson(dir);
    expect(pkg.bin).toEqual({ 'kyc-errors': './bin/kyc-errors.js' });
    expect(pkg.files).toContain('bin');
  });

  it('@kyc-errors/cli runs the built command', () => {
    const r = spawn(bin, ['explain', 'smile-id', '2205']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Smile ID 2205 {2}auth {2}INVALID_SIGNATURE/);
  });

  it('the umbrella package carries the same command (npx kyc-errors)', () => {
    const r = spawn(umbrellaBin, ['explain', 'smile-id', '2215']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/check-status/);
  });

  it('reads a piped response to its end and sets the exit code', () => {
    const r = spawn(bin, ['normalize', 'idenfy', '--status', '429', '--json'], 'Too many requests');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ category: 'rate-limit', httpStatus: 429 });
    expect(spawn(bin, ['explain', 'idenfy', 'NOPE']).status).toBe(1);
  });

  it('--version prints the package version', () => {
    const r = spawn(bin, ['--version']);
    expect(r.stdout.trim()).toBe(packageJson('cli').version);
  });
});
