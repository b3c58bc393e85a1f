import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';

// Temporal's workflow bundler (webpack, as `Worker.create` runs it) over workflow code that
// imports this package: the workflow entry must bundle; the activity entry must not, which is
// why the two are apart. No server is involved.

const fixture = (name: string): string =>
  fileURLToPath(new URL(`./fixtures/${name}.ts`, import.meta.url));
const quiet = { logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} } };

describe("Temporal's workflow sandbox", () => {
  it('bundles workflow code that imports @kyc-errors/temporal/workflow', async () => {
    const { code } = await bundleWorkflowCode({ workflowsPath: fixture('workflow'), ...quiet });
    expect(code).toContain('INVALID_SIGNATURE');
  }, 120_000);

  it('rejects workflow code that imports the activity side (@kyc-errors/temporal)', async () => {
    await expect(
      bundleWorkflowCode({ workflowsPath: fixture('activity-side-in-workflow'), ...quiet }),
    ).rejects.toThrow(/disallowed modules/);
  }, 120_000);
});
