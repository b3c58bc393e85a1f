import { smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';

// Issue 22, item 2. Smile ID's job callbacks are verdicts (v1 `ResultCode`, v3 `status`); the
// one callback documented under a name of its own is the v3 AML ongoing-monitoring update,
// sent with `product: "aml_monitoring_update"` (smileidentity/api-reference @ 32cab19,
// specs/v3/v3-aml-monitoring-entry.yaml, info.description). The rest of its body could not be
// read: the other fields below are those of a v3 result, with invented values.
const monitoringUpdate = {
  product: 'aml_monitoring_update',
  job_id: 'job-aml-0001',
  user_id: 'user-aml-0001',
  status: 'attention',
  reason: 'aml_match_found',
  message: 'New listing found for monitored person.',
};

const answer = (body: unknown) => smileId.webhook(body)._unsafeUnwrap();

describe('smile-id webhook()', () => {
  it('the AML monitoring update is an event that needs a person, before any status it carries', () => {
    expect(answer(monitoringUpdate)).toMatchObject({
      kind: 'event',
      name: 'aml_monitoring_update',
      attention: true,
      verdictFollows: false,
      known: true,
    });
    expect(smileId.outcome(monitoringUpdate)._unsafeUnwrapErr().reason).toBe('NOT_A_VERDICT');
  });

  it('a v3 job result is still its verdict', () => {
    expect(
      answer({ status: 'clear', reason: null, message: 'Verification successful', job_id: 'j' }),
    ).toMatchObject({ code: 'clear', verdict: 'approved' });
  });

  it('a product-named body that is no result is undocumented, its name not echoed', () => {
    const e = answer({ product: 'user-aml-0001', job_id: 'job-aml-0001' });
    expect(e).toMatchObject({ kind: 'event', name: null, known: false });
    expect(JSON.stringify(e)).not.toContain('user-aml-0001');
  });

  it('a v1 callback with an undocumented code and no job reference is undocumented, not a failure', () => {
    expect(answer({ ResultCode: '0899', ResultText: 'Something new' })).toMatchObject({
      kind: 'event',
      known: false,
    });
  });
});
