import { type CatalogEntry, normalize } from '@kyc-errors/core';
import type { ErrorEntry, OutcomeEntry } from '@kyc-errors/core/provider-kit';
import { SMILE_ID_CATALOG, smileId } from '@kyc-errors/smile-id';
import { describe, expect, it } from 'vitest';

// Every code the vendor documents, transcribed by hand from the Smile ID references (the
// request-validation error table, the job_status utility, the SmartSelfie registration and
// authentication pages, the Enhanced KYC result codes). Overloaded codes carry their text.
const DOCUMENTED: readonly (readonly [code: string, text?: string])[] = [
  // Request-validation errors.
  ['2201'],
  ['2301'],
  ['2401'],
  ['2203'],
  ['2204'],
  ['2205'],
  ['2405'],
  ['2207'],
  ['2208'],
  ['2209'],
  ['2210'],
  ['2211'],
  ['2212'],
  ['2213'],
  ['2413', 'A required parameter is missing'],
  ['2413', 'valid id_type is required'],
  ['2214'],
  ['2215'],
  ['2216'],
  ['2217'],
  ['2220'],
  ['2221'],
  ['2314'],
  ['2414'],
  // Job status.
  ['2302'],
  ['2303'],
  ['2304'],
  ['2305'],
  ['2307'],
  ['2310'],
  ['2313'],
  ['1210'],
  ['0814'],
  // SmartSelfie registration and authentication.
  ['0001', 'Data Invalid'],
  ['0001', 'Data Invalid - Unable to extract zip file'],
  ['0001', 'System Error'],
  ['0840'],
  ['0841'],
  ['0844'],
  ['0846'],
  ['0941'],
  ['0942'],
  ['1240'],
  ['1241'],
  ['1242'],
  ['0820'],
  ['0821'],
  ['0822'],
  ['0823'],
  ['0824'],
  ['0825'],
  ['0921'],
  ['0922'],
  ['1220'],
  ['1221'],
  ['1222'],
  // Enhanced KYC.
  ['1012'],
  ['1013'],
  ['1014'],
  ['1015'],
  ['1016'],
  ['1020'],
  ['1021'],
  ['1022'],
  ['1023'],
];

// Result codes arrive in job results (callbacks, job_status); the others in v1 error bodies.
const RESULT_CODE = /^[01]\d{3}$/;
const partnerParams = { job_id: 'job-catalog-1', user_id: 'user-catalog-1', job_type: '4' };

function resultBody(entry: CatalogEntry): Record<string, unknown> {
  return {
    ResultCode: entry.code,
    ...(entry.vendorText === undefined ? {} : { ResultText: entry.vendorText }),
    SmileJobID: '0000002000',
    PartnerParams: partnerParams,
    ConfidenceValue: '0',
  };
}

function failureFor(entry: ErrorEntry): { status: number; body: unknown } {
  if (RESULT_CODE.test(entry.code)) return { status: 200, body: resultBody(entry) };
  return {
    status: entry.httpStatus ?? 400,
    body: JSON.stringify({ code: entry.code, error: entry.vendorText }),
  };
}

const native = smileId.catalog.filter((e) => e.native !== false);
const errors = native.filter((e): e is ErrorEntry => e.kind === 'error');
const outcomes = smileId.catalog.filter((e): e is OutcomeEntry => e.kind === 'outcome');
const uncoded = smileId.catalog.filter((e): e is ErrorEntry => e.native === false);

describe('coverage', () => {
  it.each(DOCUMENTED.map(([code, text]) => [code, text ?? ''] as const))(
    'documents %s %s',
    (code, text) => {
      const entry = text === '' ? smileId.lookup(code) : smileId.lookup(code, text);
      expect(entry?.code).toBe(code);
      if (text !== '') expect(entry?.vendorText).toBe(text);
    },
  );

  it('lists no native code the documents do not', () => {
    const documented = new Set(DOCUMENTED.map(([code]) => code));
    expect(native.map((e) => e.code).filter((c) => !documented.has(c))).toEqual([]);
  });

  it('keeps one entry per code except the overloaded 2413 and 0001', () => {
    const counts = new Map<string, number>();
    for (const e of smileId.catalog) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n > 1);
    expect(shared).toEqual([
      ['2413', 2],
      ['0001', 3],
    ]);
  });

  it('exports the catalog the provider was built from', () => {
    expect(smileId.catalog.map((e) => e.code)).toEqual(SMILE_ID_CATALOG.map((e) => e.code));
  });

  it('reaches every descriptive key through a status or a message', () => {
    const reachable = new Set([
      ...Object.values(smileId.definition.statuses ?? {}),
      ...(smileId.definition.messages ?? []).map((rule) => rule.code),
    ]);
    expect(uncoded.map((e) => e.code).filter((c) => !reachable.has(c))).toEqual([]);
  });

  it('marks exactly 0846 and 0823 deprecated', () => {
    expect(smileId.catalog.filter((e) => e.deprecated).map((e) => e.code)).toEqual([
      '0846',
      '0823',
    ]);
  });
});

describe('every error entry round-trips through normalize', () => {
  it.each(errors.map((e) => [e.code, e.vendorText ?? '', e] as const))(
    '%s %s',
    (code, _text, entry) => {
      const error = normalize(smileId, failureFor(entry));
      expect(error).toMatchObject({
        provider: 'smile-id',
        code,
        category: entry.category,
        reason: entry.reason,
        message: entry.message,
        remedy: entry.remedy,
        retry: entry.retry,
        delivery: entry.delivery,
        matchedBy: 'code',
      });
      expect(error.inferredFrom).toBeUndefined();
    },
  );
});

describe('every descriptive key round-trips through its status', () => {
  it.each(Object.entries(smileId.definition.statuses ?? {}))('HTTP %s is %s', (status, code) => {
    const entry = smileId.lookup(code) as ErrorEntry;
    const error = normalize(smileId, {
      status: Number(status),
      body: { status: 'Error', message: 'something the rules do not know' },
    });
    expect(error).toMatchObject({
      code: null,
      category: entry.category,
      reason: entry.reason,
      retry: entry.retry,
      matchedBy: 'status',
      httpStatus: Number(status),
    });
  });

  it('errorFor gives a descriptive key no native code', () => {
    for (const entry of uncoded) expect(smileId.errorFor(entry.code)?.code).toBeNull();
  });
});

describe('every verdict entry round-trips through outcome', () => {
  it.each(outcomes.map((e) => [e.code, e.verdict, e] as const))(
    '%s is %s',
    (code, verdict, entry) => {
      const outcome = smileId.outcome(resultBody(entry));
      expect(outcome._unsafeUnwrap()).toMatchObject({
        provider: 'smile-id',
        code,
        verdict,
        final: entry.final,
        reason: entry.reason,
        remedy: entry.remedy,
        retry: entry.retry,
      });
    },
  );

  it.each(outcomes.map((e) => [e.code, e.verdict, e] as const))(
    '%s (%s) through normalize is a verification error only when rejected',
    (code, verdict, entry) => {
      const error = normalize(smileId, { status: 200, body: resultBody(entry) });
      if (verdict === 'rejected') {
        expect(error).toMatchObject({ code, category: 'verification', reason: entry.reason });
      } else {
        expect(error).toMatchObject({ code, category: 'unknown', reason: 'NOT_A_FAILURE' });
      }
    },
  );
});

describe('catalog-wide rules', () => {
  it('the success code is not a failure', () => {
    const error = normalize(smileId, { status: 200, body: { code: '2302', job_complete: true } });
    expect(error.reason).toBe('NOT_A_FAILURE');
  });

  it.each(outcomes.filter((e) => !e.final).map((e) => [e.code, e] as const))(
    'open verdict %s says wait for the callback or poll, never resubmit',
    (_code, entry) => {
      expect(entry.verdict === 'provisional' || entry.verdict === 'pending').toBe(true);
      expect(entry.retry).toEqual({ retryable: false, action: 'wait-for-result' });
      expect(entry.remedy).toMatch(/callback/);
      expect(entry.remedy).toMatch(/job_status/);
      expect(entry.remedy).toMatch(/never resubmit/);
    },
  );

  it.each(outcomes.filter((e) => e.verdict === 'rejected').map((e) => [e.code, e] as const))(
    'rejection %s is never retried as it is',
    (_code, entry) => {
      expect(entry.retry.retryable).toBe(false);
      expect(['user-action', 'none']).toContain(entry.retry.action);
    },
  );

  it.each(
    smileId.catalog
      .filter((e): e is ErrorEntry => e.kind === 'error' && e.category === 'retryable')
      .map((e) => [e.code, e.reason, e] as const),
  )('retryable %s %s warns about the 2215 trap', (_code, _reason, entry) => {
    expect(entry.retry.retryable).toBe(true);
    expect(entry.retry.caution).toMatch(/2215/);
    expect(entry.retry.caution).toMatch(/job_id/);
  });

  it('every reason is UPPER_SNAKE_CASE and every text is filled', () => {
    for (const e of smileId.catalog) {
      expect(e.reason).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(e.message.length).toBeGreaterThan(10);
      expect(e.remedy.length).toBeGreaterThan(10);
    }
  });
});
