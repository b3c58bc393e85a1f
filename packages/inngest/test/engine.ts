import { InngestTestEngine, InngestTestRun } from '@inngest/test';
import { Inngest } from 'inngest';

// Runs one Inngest function in process with @inngest/test's engine (the real `inngest`
// execution engine, no server) and returns what the SDK hands Inngest: the op of the failed
// step (`StepFailed`: no retry; `StepError`: retry), its `retriable` verdict (`false`,
// `true`, or the `RetryAfterError` wait as Inngest sends it) and the serialized error.

const inngest = new Inngest({ id: 'kyc-errors-inngest-test' });

/** What the SDK reports to Inngest for a step that failed. */
export interface StepReport {
  /** `'StepFailed'` (final) or `'StepError'` (to be retried). */
  readonly op: string;
  /** `false`, `true`, or the retry time as sent: seconds (`'2'`) or an ISO date. */
  readonly retriable: boolean | string | undefined;
  /** The error as serialized for Inngest: name, message, stack, cause. */
  readonly error: unknown;
}

/** Runs a function whose one step is `body`, until that step has run. */
export async function runStep(body: () => Promise<unknown>): Promise<StepReport> {
  const fn = inngest.createFunction(
    { id: 'vendor-step', triggers: [{ event: 'kyc/test' }] },
    async ({ step }) => step.run('vendor', body),
  );
  const run = new InngestTestRun({ testEngine: new InngestTestEngine({ function: fn }) });
  const { result } = await run.waitFor('step-ran');
  return { op: String(result.step.op), retriable: result.retriable, error: result.step.error };
}

/** What the SDK reports to Inngest for a function body (no step) that failed. */
export interface FunctionReport {
  readonly retriable: boolean | string;
  readonly error: unknown;
}

/** Runs a function whose body is `body`, outside any step, until it is rejected. */
export async function runFunction(body: () => Promise<unknown>): Promise<FunctionReport> {
  const fn = inngest.createFunction(
    { id: 'vendor-function', triggers: [{ event: 'kyc/test' }] },
    async () => body(),
  );
  const run = new InngestTestRun({ testEngine: new InngestTestEngine({ function: fn }) });
  const { result } = await run.waitFor('function-rejected');
  return { retriable: result.retriable, error: result.error };
}
