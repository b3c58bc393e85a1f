import { type KycFailure, normalize } from '@kyc-errors/core';
import {
  DOCUSIGN_BURST_WINDOW_MS,
  DOCUSIGN_HOUR_MS,
  docusign,
  docusignRateLimitWait,
} from '@kyc-errors/docusign';
import { retry } from '@kyc-errors/retry';
import { describe, expect, it } from 'vitest';
import { ERROR_EXAMPLES, NEXT_HOUR_UNIX, NOW, windows } from './fixtures/errors.js';

const clock = (at: number) => () => at;
const HOURLY = {
  errorCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED',
  message:
    'The maximum number of hourly API invocations has been exceeded. The hourly limit is 3000.',
};
const headersOf = (h: Readonly<Record<string, string>>) => (name: string) =>
  Object.entries(h).find(([k]) => k.toLowerCase() === name)?.[1];

/** What {@link loop} ends with. */
interface Run {
  readonly value?: string;
  readonly failure?: KycFailure;
  readonly waits: readonly number[];
  readonly calls: number;
}

/** Runs `retry()` on an operation that throws `failures` in turn, then resolves; waits cost nothing. */
async function loop(failures: readonly unknown[], start: number): Promise<Run> {
  let t = start;
  const waits: number[] = [];
  let calls = 0;
  const settled = await retry(
    async () => {
      const next = failures[calls];
      calls += 1;
      if (next !== undefined) throw next;
      return 'ok';
    },
    {
      provider: docusign,
      maxAttempts: 3,
      random: () => 0.5,
      now: () => t,
      sleep: async (ms: number) => {
        waits.push(ms);
        t += ms;
      },
    },
  ).then(
    (value): { value?: string; failure?: KycFailure } => ({ value }),
    (failure: KycFailure) => ({ failure }),
  );
  return { ...settled, waits, calls };
}

/** A thrown HTTP failure, as bodyOrThrow or a client's error carries it. */
const thrown = (status: number, headers: unknown, body: unknown) => ({
  response: { status, headers, data: body },
  isAxiosError: true,
  message: `Request failed with status code ${status}`,
});

describe('the hourly limit (issue 26, fact 1)', () => {
  it('X-RateLimit-Reset is a Unix time, not seconds to wait', () => {
    // 07:20 with the reset at 08:00: forty minutes, not 1.79 billion seconds.
    const error = normalize(
      docusign,
      { status: 429, headers: windows(0, NEXT_HOUR_UNIX), body: HOURLY },
      { now: clock(NOW) },
    );
    expect(error.retry.afterMs).toBe(40 * 60 * 1000);
    // A reset that is no Unix time (1800) is not read as "30 minutes": the hour decides.
    const wait = docusignRateLimitWait(
      headersOf({ 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1800' }),
      clock(NOW),
    );
    expect(wait).toBe(40 * 60 * 1000);
  });

  it('resets at the top of the hour: without a reset header, the wait runs to the next hour', () => {
    const spent = headersOf({ 'X-RateLimit-Limit': '3000', 'X-RateLimit-Remaining': '0' });
    expect(docusignRateLimitWait(spent, clock(NOW))).toBe(40 * 60 * 1000);
    expect(docusignRateLimitWait(spent, clock(Date.parse('2026-10-21T07:59:30Z')))).toBe(30_000);
    expect(docusignRateLimitWait(spent, clock(Date.parse('2026-10-21T08:00:00Z')))).toBe(
      DOCUSIGN_HOUR_MS,
    );
  });

  it('defers retry() to X-RateLimit-Reset: one call, then notBefore is the reset', async () => {
    const run = await loop([thrown(400, windows(0, NEXT_HOUR_UNIX), HOURLY)], NOW);
    expect(run.calls).toBe(1);
    expect(run.waits).toEqual([]);
    expect(run.failure?.stoppedBecause).toBe('deferred');
    expect(run.failure?.notBefore).toBe(NEXT_HOUR_UNIX * 1000);
    expect(run.failure?.error).toMatchObject({
      reason: 'HOURLY_API_LIMIT_EXCEEDED',
      httpStatus: 400,
    });
  });

  it('arrives as HTTP 400 (before DocuSign’s 2026 change) or 429: the errorCode decides, not the status', () => {
    for (const status of [400, 429]) {
      const error = normalize(
        docusign,
        { status, headers: windows(0, NEXT_HOUR_UNIX), body: HOURLY },
        { now: clock(NOW) },
      );
      expect(error).toMatchObject({
        code: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED',
        category: 'rate-limit',
        reason: 'HOURLY_API_LIMIT_EXCEEDED',
        matchedBy: 'code',
        httpStatus: status,
        retry: { retryable: true, action: 'wait', afterMs: 40 * 60 * 1000 },
      });
    }
    // The same 400 with another code is the request's fault.
    expect(normalize(docusign, ERROR_EXAMPLES.INVALID_REQUEST_PARAMETER).category).toBe(
      'validation',
    );
  });

  it('is 3,000 calls an hour by default, for the whole account, as the entry tells the reader', () => {
    expect(docusign.lookup('HOURLY_APIINVOCATION_LIMIT_EXCEEDED')?.message).toMatch(
      /3,000.*all its apps/,
    );
  });

  it('never waits longer than the hour, whatever X-RateLimit-Reset says', () => {
    const far = headersOf({
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': String(NEXT_HOUR_UNIX + 86_400),
    });
    expect(docusignRateLimitWait(far, clock(NOW))).toBe(DOCUSIGN_HOUR_MS);
    const past = headersOf({
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': String(NEXT_HOUR_UNIX - 7200),
    });
    expect(docusignRateLimitWait(past, clock(NOW))).toBe(0);
  });

  it('adds no wait to a failure sent while the hour and the burst have calls left', () => {
    const error = normalize(
      docusign,
      { status: 503, headers: windows(2950, NEXT_HOUR_UNIX), body: '' },
      { now: clock(NOW) },
    );
    expect(error.category).toBe('retryable');
    expect(error.retry.afterMs).toBeUndefined();
  });

  it('takes Retry-After first, when DocuSign sends one', () => {
    const error = normalize(
      docusign,
      {
        status: 429,
        headers: { ...windows(0, NEXT_HOUR_UNIX), 'Retry-After': '12' },
        body: HOURLY,
      },
      { now: clock(NOW) },
    );
    expect(error.retry.afterMs).toBe(12_000);
  });
});

describe('the burst limit (issue 26, fact 1)', () => {
  it('a burst 429 waits the 30-second window, not until the hour', () => {
    const error = normalize(docusign, ERROR_EXAMPLES.BURST_API_LIMIT_EXCEEDED, { now: clock(NOW) });
    expect(error).toMatchObject({
      category: 'rate-limit',
      reason: 'BURST_API_LIMIT_EXCEEDED',
      retry: { action: 'wait', afterMs: DOCUSIGN_BURST_WINDOW_MS },
    });
  });

  it('retry() waits the burst out in process and goes on, one wait of 30 s', async () => {
    const burst = ERROR_EXAMPLES.BURST_API_LIMIT_EXCEEDED;
    const run = await loop([thrown(429, burst.headers, burst.body)], NOW);
    expect(run.value).toBe('ok');
    expect(run.waits).toEqual([30_000]);
  });

  it('waits 30 s even when no header says the burst is spent: the code is the burst', () => {
    const error = normalize(
      docusign,
      { status: 429, body: { errorCode: 'BURST_APIINVOCATION_LIMIT_EXCEEDED' } },
      { now: clock(NOW) },
    );
    expect(error.retry.afterMs).toBe(DOCUSIGN_BURST_WINDOW_MS);
  });

  it('waits until the reset when the hour is spent as well', () => {
    const error = normalize(
      docusign,
      {
        status: 429,
        headers: windows(0, NEXT_HOUR_UNIX, 0),
        body: { errorCode: 'BURST_APIINVOCATION_LIMIT_EXCEEDED' },
      },
      { now: clock(NOW) },
    );
    expect(error.retry.afterMs).toBe(40 * 60 * 1000);
  });
});

describe('the per-envelope limits (issue 26, fact 1)', () => {
  it('the polling limit arrives as HTTP 400, spelt in mixed case: throttling of that envelope for the hour', () => {
    const error = normalize(
      docusign,
      {
        status: 400,
        headers: windows(2900, NEXT_HOUR_UNIX),
        body: { errorCode: 'Hourly_Envelope_Polling_Limit_Exceeded' },
      },
      { now: clock(NOW) },
    );
    expect(error).toMatchObject({
      code: 'HOURLY_ENVELOPE_POLLING_LIMIT_EXCEEDED',
      category: 'rate-limit',
      reason: 'ENVELOPE_POLLING_LIMIT_EXCEEDED',
      retry: { retryable: true, action: 'wait', afterMs: DOCUSIGN_HOUR_MS },
    });
  });

  it('defers a poll of that envelope by the hour, since no header says when its hour ends', async () => {
    const run = await loop(
      [
        thrown(400, windows(2900, NEXT_HOUR_UNIX), {
          errorCode: 'Hourly_Envelope_Polling_Limit_Exceeded',
        }),
      ],
      NOW,
    );
    expect(run.failure?.stoppedBecause).toBe('deferred');
    expect(run.failure?.notBefore).toBe(NOW + DOCUSIGN_HOUR_MS);
  });

  it('a burst of one envelope waits 30 seconds', () => {
    for (const code of [
      'Burst_Envelope_Polling_Limit_Exceeded',
      'Burst_APIInvocation_Envelope_Limit_Exceeded',
    ]) {
      const error = normalize(
        docusign,
        { status: 400, body: { errorCode: code } },
        { now: clock(NOW) },
      );
      expect(error.retry.afterMs, code).toBe(DOCUSIGN_BURST_WINDOW_MS);
    }
  });
});

describe('other decisions', () => {
  it('reads a code in any letter case as one code', () => {
    const a = normalize(docusign, { status: 400, body: { errorCode: 'envelope_does_not_exist' } });
    expect(a.code).toBe('ENVELOPE_DOES_NOT_EXIST');
  });

  it('checks the code before the message: the hourly text under another code does not throttle', () => {
    const error = normalize(docusign, {
      status: 400,
      body: { errorCode: 'INVALID_REQUEST_PARAMETER', message: HOURLY.message },
    });
    expect(error).toMatchObject({ reason: 'INVALID_REQUEST_PARAMETER', matchedBy: 'code' });
  });

  it('without a code, reads the documented hourly text as the hourly limit', () => {
    const error = normalize(docusign, { status: 400, body: { message: HOURLY.message } });
    expect(error).toMatchObject({ reason: 'HOURLY_API_LIMIT_EXCEEDED', matchedBy: 'message' });
  });

  it('UNSPECIFIED_ERROR with "PDF validation failed" is the upload limit; with any other text, unknown', () => {
    expect(normalize(docusign, ERROR_EXAMPLES.DOCUMENT_UPLOAD_THROTTLED)).toMatchObject({
      category: 'rate-limit',
      reason: 'DOCUMENT_UPLOAD_THROTTLED',
    });
    expect(normalize(docusign, ERROR_EXAMPLES.UNSPECIFIED_VENDOR_ERROR)).toMatchObject({
      category: 'unknown',
      reason: 'UNSPECIFIED_VENDOR_ERROR',
      code: 'UNSPECIFIED_ERROR',
    });
  });

  it('reads the 444 of DocuSign’s traffic management as throttling, body or not', () => {
    for (const body of ['', ERROR_EXAMPLES.TRAFFIC_BLOCKED.body]) {
      expect(normalize(docusign, { status: 444, body }).reason).toBe('TRAFFIC_BLOCKED');
    }
  });

  it('refreshes an invalid access token once, and stops on an unknown integration key', () => {
    expect(normalize(docusign, ERROR_EXAMPLES.ACCESS_TOKEN_INVALID).retry).toEqual({
      retryable: true,
      action: 'refresh-credentials',
    });
    expect(normalize(docusign, ERROR_EXAMPLES.INTEGRATION_KEY_REJECTED).retry.retryable).toBe(
      false,
    );
  });

  it('reads RECIPIENT_LIMIT_EXCEEDED as the account’s limit, not throttling (400 since 2026)', () => {
    expect(normalize(docusign, ERROR_EXAMPLES.RECIPIENT_LIMIT_EXCEEDED)).toMatchObject({
      category: 'account',
      retry: { retryable: false },
    });
  });

  it('reads a failed item of a multi-item answer (its errorDetails) as a failure, even under 201', () => {
    const error = normalize(docusign, {
      status: 201,
      body: {
        userId: 'e064a4fc-c0da-c0c0-95fa-8bac87ede98a',
        email: 'claire@example.com',
        errorDetails: {
          errorCode: 'USER_ALREADY_EXISTS_IN_ACCOUNT',
          message: 'Username and email combination already exists for this account.',
        },
      },
    });
    expect(error).toMatchObject({ reason: 'USER_ALREADY_EXISTS', category: 'validation' });
    expect(JSON.stringify(error)).not.toContain('claire');
  });

  it('does not echo an undocumented code, and falls back on the status', () => {
    const error = normalize(docusign, {
      status: 400,
      body: { errorCode: 'SOMETHING_NEW_ENTIRELY' },
    });
    expect(error.code).toBeNull();
    expect(error.category).toBe('validation');
  });

  it('keeps the trace token as the request id, and only when it is a GUID', () => {
    const token = '5f3b7c1e-2a4d-4e8f-9b6a-0c1d2e3f4a5b';
    const kept = normalize(docusign, {
      ...ERROR_EXAMPLES.ENVELOPE_NOT_FOUND,
      headers: { 'X-DocuSign-TraceToken': token },
    });
    expect(kept.requestId).toBe(token);
    const dropped = normalize(docusign, {
      ...ERROR_EXAMPLES.ENVELOPE_NOT_FOUND,
      headers: { 'X-DocuSign-TraceToken': 'alexandra.samplewood@example.com' },
    });
    expect(dropped.requestId).toBeUndefined();
  });
});
