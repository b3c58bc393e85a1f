import { bodyOrThrow, isKycFailure, type KycError } from '@kyc-errors/core';
import {
  createKycFailureCounter,
  KYC_FAILURES_METRIC,
  kycAttributes,
  kycRetryHooks,
  MAX_SERIES,
  RETRY_EVENT,
  recordKycFailure,
  SEMCONV_ATTRIBUTES,
  tracedRetry,
} from '@kyc-errors/observe/otel';
import { retry } from '@kyc-errors/retry';
import { smileId } from '@kyc-errors/smile-id';
import { type Attributes, context, SpanStatusCode } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
} from '@opentelemetry/semantic-conventions';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryReader } from './memory-sinks.js';
import { NO_WAIT, vendorError, vendorResponse } from './support.js';

// The real OpenTelemetry SDK: spans into an InMemorySpanExporter, metrics read on demand by
// an in-memory MetricReader, and the AsyncLocalStorage context manager so that spans started
// inside an attempt are children of the call's span, as in a service with auto-instrumentation.

const contextManager = new AsyncLocalStorageContextManager().enable();
context.setGlobalContextManager(contextManager);
afterAll(() => {
  context.disable();
});

const spans = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({
  spanProcessors: [new SimpleSpanProcessor(spans)],
}).getTracer('observe-test');

let reader: MemoryReader;
let meterProvider: MeterProvider;
beforeEach(() => {
  spans.reset();
  reader = new MemoryReader();
  meterProvider = new MeterProvider({ readers: [reader] });
});

/** Every data point of the failure counter, as `[attributes, value]`. */
async function failurePoints(): Promise<[Attributes, number][]> {
  const { resourceMetrics } = await reader.collect();
  const metric = resourceMetrics.scopeMetrics
    .flatMap((s) => s.metrics)
    .find((m) => m.descriptor.name === KYC_FAILURES_METRIC);
  return (metric?.dataPoints ?? []).map((p) => [p.attributes, p.value as number]);
}

function only(name: string): ReadableSpan {
  const found = spans.getFinishedSpans().filter((s) => s.name === name);
  expect(found).toHaveLength(1);
  return found[0] as ReadableSpan;
}

const GATEWAY_500 = () => new Response('<html>500 Internal Server Error</html>', { status: 500 });
const NOT_AUTHORIZED = () =>
  vendorResponse(401, { code: '2205', error: 'You are not authorized to do that' });
const JOB_STATUS = () => vendorResponse(200, { job_complete: true, code: '2302' });

/** An operation answering with `responses` in turn (the last for ever), through the boundary. */
function answers(...responses: (() => Response)[]) {
  return ({ attempt }: { attempt: number }) =>
    bodyOrThrow(smileId, (responses[attempt - 1] ?? responses.at(-1))?.());
}

describe('tracedRetry: one span per call, errors only when the call finally fails', () => {
  it('a retried attempt is a span event, not an error: status stays UNSET after a success', async () => {
    const counter = createKycFailureCounter(meterProvider.getMeter('kyc'));
    const body = await tracedRetry(
      tracer,
      answers(GATEWAY_500, GATEWAY_500, JOB_STATUS),
      { provider: smileId, maxAttempts: 3, ...NO_WAIT },
      { counter },
    );
    expect(body).toMatchObject({ code: '2302' });
    const span = only('kyc smile-id');
    expect(span.status.code).toBe(SpanStatusCode.UNSET);
    expect(span.attributes[ATTR_ERROR_TYPE]).toBeUndefined();
    expect(span.attributes[ATTR_HTTP_REQUEST_RESEND_COUNT]).toBe(2);
    expect(span.events.map((e) => e.name)).toEqual([RETRY_EVENT, RETRY_EVENT]);
    const [first, second] = span.events;
    expect(first?.attributes).toMatchObject({
      [ATTR_ERROR_TYPE]: 'VENDOR_INTERNAL_ERROR',
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 500,
      'kyc.category': 'retryable',
      'kyc.retry.action': 'backoff',
    });
    // The first attempt is no resend; the second is the first resend.
    expect(first?.attributes?.[ATTR_HTTP_REQUEST_RESEND_COUNT]).toBeUndefined();
    expect(second?.attributes?.[ATTR_HTTP_REQUEST_RESEND_COUNT]).toBe(1);
    expect(await failurePoints()).toEqual([
      [
        {
          'kyc.provider': 'smile-id',
          'kyc.category': 'retryable',
          'error.type': 'VENDOR_INTERNAL_ERROR',
          'kyc.final': false,
        },
        2,
      ],
    ]);
  });

  it('the final failure marks the span ERROR: error.type is the reason, kyc.* attributes, resend count', async () => {
    const counter = createKycFailureCounter(meterProvider.getMeter('kyc'));
    const call = tracedRetry(
      tracer,
      answers(GATEWAY_500, NOT_AUTHORIZED),
      { provider: smileId, maxAttempts: 3, ...NO_WAIT },
      { counter },
    );
    const thrown = await call.catch((e: unknown) => e);
    expect(isKycFailure(thrown) && thrown.error.reason).toBe('INVALID_SIGNATURE');
    const span = only('kyc smile-id');
    expect(span.status).toEqual({
      code: SpanStatusCode.ERROR,
      message: 'Smile ID did not accept the request signature.',
    });
    expect(span.attributes).toEqual({
      'kyc.provider': 'smile-id',
      [ATTR_ERROR_TYPE]: 'INVALID_SIGNATURE',
      'kyc.category': 'auth',
      'kyc.code': '2205',
      'kyc.retry.action': 'fix-config',
      'kyc.retry.retryable': false,
      'kyc.delivery': 'rejected',
      'kyc.retry.stopped_because': 'not-retryable',
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 401,
      [ATTR_HTTP_REQUEST_RESEND_COUNT]: 1,
    });
    expect(span.events.map((e) => e.name)).toEqual([RETRY_EVENT]);
    const points = await failurePoints();
    expect(points).toContainEqual([
      {
        'kyc.provider': 'smile-id',
        'kyc.category': 'auth',
        'error.type': 'INVALID_SIGNATURE',
        'kyc.final': true,
      },
      1,
    ]);
    expect(points).toHaveLength(2);
  });

  it('one attempt that fails for good: an error with no resend count and no events', async () => {
    await tracedRetry(tracer, answers(NOT_AUTHORIZED), { provider: smileId, ...NO_WAIT }).catch(
      () => undefined,
    );
    const span = only('kyc smile-id');
    expect(span.status.code).toBe(SpanStatusCode.ERROR);
    expect(span.attributes[ATTR_HTTP_REQUEST_RESEND_COUNT]).toBeUndefined();
    expect(span.events).toEqual([]);
  });

  it('spans started inside an attempt are children of the call span', async () => {
    await tracedRetry(
      tracer,
      (c) =>
        tracer.startActiveSpan('POST /v1/job_status', (http) => {
          return Promise.resolve(answers(GATEWAY_500, JOB_STATUS)(c)).finally(() => http.end());
        }),
      { provider: smileId, ...NO_WAIT },
    );
    const call = only('kyc smile-id');
    const attempts = spans.getFinishedSpans().filter((s) => s.name === 'POST /v1/job_status');
    expect(attempts).toHaveLength(2);
    for (const a of attempts) {
      expect(a.parentSpanContext?.spanId).toBe(call.spanContext().spanId);
    }
  });

  it("the caller's own onRetry still runs, after the event is recorded", async () => {
    const seen: number[] = [];
    await tracedRetry(tracer, answers(GATEWAY_500, JOB_STATUS), {
      provider: smileId,
      ...NO_WAIT,
      onRetry: (event) => seen.push(event.attempt),
    });
    expect(seen).toEqual([1]);
    expect(only('kyc smile-id').events).toHaveLength(1);
  });

  it('an invalid option rejects, and the span ends as _OTHER without reading what was thrown', async () => {
    const call = tracedRetry(tracer, answers(JOB_STATUS), { provider: smileId, maxAttempts: 0 });
    await expect(call).rejects.toBeInstanceOf(RangeError);
    const span = only('kyc smile-id');
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR });
    expect(span.attributes[ATTR_ERROR_TYPE]).toBe('_OTHER');
  });

  it('what a hook throws propagates, and the span ends as _OTHER', async () => {
    const boom = new Error('hook failed');
    const call = tracedRetry(tracer, answers(GATEWAY_500, JOB_STATUS), {
      provider: smileId,
      ...NO_WAIT,
      onRetry: () => {
        throw boom;
      },
    });
    await expect(call).rejects.toBe(boom);
    expect(only('kyc smile-id').attributes[ATTR_ERROR_TYPE]).toBe('_OTHER');
  });

  it('the span name and extra attributes are the caller’s to set', async () => {
    await tracedRetry(
      tracer,
      answers(JOB_STATUS),
      { provider: smileId },
      { name: 'smile-id job_status', attributes: { 'kyc.operation': 'job_status' } },
    );
    expect(only('smile-id job_status').attributes).toEqual({
      'kyc.operation': 'job_status',
      'kyc.provider': 'smile-id',
    });
  });
});

describe('kycRetryHooks and recordKycFailure, for a span of your own', () => {
  it('spread into retry(): the same events and final error as tracedRetry', async () => {
    const counter = createKycFailureCounter(meterProvider.getMeter('kyc'));
    await tracer.startActiveSpan('onboarding', async (span) => {
      try {
        await retry(answers(GATEWAY_500, NOT_AUTHORIZED), {
          provider: smileId,
          ...NO_WAIT,
          ...kycRetryHooks(span, { counter }),
        });
      } catch (e) {
        if (isKycFailure(e)) recordKycFailure(span, e);
      } finally {
        span.end();
      }
    });
    const span = only('onboarding');
    expect(span.events.map((e) => e.name)).toEqual([RETRY_EVENT]);
    expect(span.attributes[ATTR_ERROR_TYPE]).toBe('INVALID_SIGNATURE');
    expect(await failurePoints()).toEqual([
      [expect.objectContaining({ 'error.type': 'VENDOR_INTERNAL_ERROR', 'kyc.final': false }), 1],
    ]);
  });
});

describe('attributes', () => {
  it('the attribute names are the stable semantic-convention names', () => {
    expect(SEMCONV_ATTRIBUTES).toEqual({
      errorType: ATTR_ERROR_TYPE,
      httpStatus: ATTR_HTTP_RESPONSE_STATUS_CODE,
      resendCount: ATTR_HTTP_REQUEST_RESEND_COUNT,
    });
  });

  it('an uncatalogued code is left out, and labels that do not fit their grammar become _OTHER', () => {
    const forged = {
      ...vendorError(smileId, 401, { code: '2205', error: 'You are not authorized to do that' }),
      provider: 'Jane Doe',
      reason: 'jane doe',
      code: 'Jane Doe',
      category: 'personal',
    } as unknown as KycError;
    expect(kycAttributes(forged)).toEqual({
      [ATTR_ERROR_TYPE]: '_OTHER',
      'kyc.provider': '_OTHER',
      'kyc.category': 'unknown',
      'kyc.retry.action': 'fix-config',
      'kyc.retry.retryable': false,
      'kyc.delivery': 'rejected',
      [ATTR_HTTP_RESPONSE_STATUS_CODE]: 401,
    });
  });
});

describe('the failure counter', () => {
  it('has provider, category, reason and final as its only attributes', async () => {
    const counter = createKycFailureCounter(meterProvider.getMeter('kyc'));
    counter.record(
      vendorError(smileId, 400, { code: '2213', error: 'Invalid id_number for Jane Doe' }),
      true,
    );
    const [[attributes]] = (await failurePoints()) as [[Attributes, number]];
    expect(Object.keys(attributes).sort()).toEqual([
      'error.type',
      'kyc.category',
      'kyc.final',
      'kyc.provider',
    ]);
  });

  it(`its series are bounded: after ${MAX_SERIES} provider-reason pairs, new ones count as _OTHER`, async () => {
    const counter = createKycFailureCounter(meterProvider.getMeter('kyc'));
    const base = vendorError(smileId, 500, {});
    for (let i = 0; i < MAX_SERIES + 50; i++) {
      counter.record({ ...base, reason: `R${i}` }, true);
    }
    counter.record({ ...base, reason: 'R0' }, true);
    const points = await failurePoints();
    expect(points).toHaveLength(MAX_SERIES + 1);
    const other = points.find(([a]) => a['error.type'] === '_OTHER');
    expect(other?.[1]).toBe(50);
    expect(points.find(([a]) => a['error.type'] === 'R0')?.[1]).toBe(2);
  });
});
