import { type KycError, normalize } from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import { smileId } from '@kyc-errors/smile-id';
import { compileRetryPolicy } from '@temporalio/common';
import { providers } from 'kyc-errors';
import { describe, expect, it } from 'vitest';
import { kycRetryPolicy, nonRetryableReasons } from '../src/workflow.js';

// The policy's nonRetryableErrorTypes, checked against the catalogs they come from.

const ALL = Object.values(providers);
const RETRIED_ACTIONS = new Set(['backoff', 'wait', 'refresh-credentials']);
const retried = (e: KycError): boolean => e.retry.retryable && RETRIED_ACTIONS.has(e.retry.action);

const everyFailure = ALL.flatMap((provider) =>
  provider.catalog.flatMap((entry) => {
    const error = provider.errorFor(entry.code, entry.vendorText);
    return error === undefined ? [] : [{ name: `${provider.id} ${entry.code}`, error }];
  }),
);

describe('nonRetryableReasons over every shipped vendor', () => {
  const listed = new Set(nonRetryableReasons(ALL));
  const retriedSomewhere = new Set(
    everyFailure.filter((f) => retried(f.error)).map((f) => f.error.reason),
  );

  it.each(everyFailure)(
    '$name: listed exactly when no failure with its reason is ever retried',
    ({ error }) => {
      expect(listed.has(error.reason)).toBe(!retriedSomewhere.has(error.reason) && !retried(error));
    },
  );

  it('INVALID_CREDENTIALS is left out: Smile ID retries it after a refresh, iDenfy does not', () => {
    const reasons = (p: typeof smileId | typeof idenfy) =>
      p.catalog
        .flatMap((e) => p.errorFor(e.code, e.vendorText) ?? [])
        .filter((e) => e.reason === 'INVALID_CREDENTIALS');
    expect(reasons(smileId).some(retried)).toBe(true);
    expect(reasons(idenfy).some((e) => !retried(e))).toBe(true);
    expect(nonRetryableReasons([idenfy])).toContain('INVALID_CREDENTIALS');
    expect(nonRetryableReasons([idenfy, smileId])).not.toContain('INVALID_CREDENTIALS');
  });

  it("core's own readings are in without any vendor: 400, 401, 403; never 408, 429, 5xx", () => {
    const generic = nonRetryableReasons([]);
    const reason = (status: number) => normalize(smileId, { status }).reason;
    expect(generic).toEqual(
      expect.arrayContaining(['BAD_REQUEST', 'UNAUTHENTICATED', 'FORBIDDEN']),
    );
    for (const status of [408, 429, 500, 502, 503, 504]) {
      expect(generic, `HTTP ${status}`).not.toContain(reason(status));
    }
  });

  it('is sorted and without duplicates', () => {
    const list = nonRetryableReasons(ALL);
    expect(list).toEqual([...new Set(list)].sort());
  });
});

describe('kycRetryPolicy', () => {
  it("has retry()'s numbers and compiles to Temporal's proto policy", () => {
    const policy = kycRetryPolicy([smileId]);
    expect(policy).toMatchObject({
      initialInterval: 200,
      backoffCoefficient: 2,
      maximumInterval: 20_000,
      maximumAttempts: 3,
    });
    const compiled = compileRetryPolicy(policy);
    expect(compiled.nonRetryableErrorTypes).toEqual(nonRetryableReasons([smileId]));
    expect(compiled.maximumAttempts).toBe(3);
  });

  it('overrides replace the numbers and add error types', () => {
    const policy = kycRetryPolicy([smileId], {
      maximumAttempts: 10,
      nonRetryableErrorTypes: ['MY_OWN_TYPE'],
    });
    expect(policy.maximumAttempts).toBe(10);
    expect(policy.nonRetryableErrorTypes).toContain('MY_OWN_TYPE');
    expect(policy.nonRetryableErrorTypes).toContain('INVALID_SIGNATURE');
  });
});
