import { isKycFailure, type KycFailure, type Provider } from '@kyc-errors/core';
import { createKycFailureCounter, tracedRetry } from '@kyc-errors/observe/otel';
import { createKycErrSerializer, kycErrSerializer } from '@kyc-errors/observe/pino';
import { toProblem } from '@kyc-errors/observe/problem';
import { kycEventProcessor } from '@kyc-errors/observe/sentry';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import * as Sentry from '@sentry/node';
import fc from 'fast-check';
import { providers } from 'kyc-errors';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { TEXT_BODIES } from '../../../test/support/vendors/index.js';
import { MemoryReader, sentryToMemory } from './memory-sinks.js';
import { axiosError, NO_WAIT } from './support.js';

// The promise of this package, as a property over every vendor of the one list: a secret
// planted in what a vendor call carries (a personal value under a personal key of the
// vendor's body, echoed in the vendor's message, and the API key in the request headers of
// the client error that was thrown) never reaches a span, a metric attribute, a log line, a
// Sentry event or a problem document, each written by the real library.

const spans = new InMemorySpanExporter();
const tracer = new BasicTracerProvider({
  spanProcessors: [new SimpleSpanProcessor(spans)],
}).getTracer('privacy');
const reader = new MemoryReader();
const counter = createKycFailureCounter(new MeterProvider({ readers: [reader] }).getMeter('kyc'));

const logLines: string[] = [];
const logger = pino(
  { serializers: { err: kycErrSerializer, kyc: createKycErrSerializer({ stack: false }) } },
  { write: (line: string) => void logLines.push(line) },
);

const wire = sentryToMemory(kycEventProcessor());

const vendors: readonly Provider[] = Object.values(providers);

/** A value no catalog text holds: letters, two digits, letters (`Chidinma47xq`). */
const secret = fc
  .tuple(
    fc.stringMatching(/^[A-Z][a-z]{2,9}$/),
    fc.integer({ min: 10, max: 99 }),
    fc.stringMatching(/^[a-z]{2,4}$/),
  )
  .map(([a, n, b]) => `${a}${n}${b}`);
const PERSONAL_KEYS = ['first_name', 'FullName', 'surname', 'email', 'IDNumber', 'address'];
const STATUSES = [400, 401, 403, 404, 409, 422, 429, 500, 503];

/** The client error a vendor call throws: the secret in the body, the message and the headers. */
function planted(provider: Provider, value: string, key: string, status: number, form: number) {
  const make = TEXT_BODIES[provider.id];
  if (make === undefined) throw new Error(`no TEXT_BODIES for ${provider.id}`);
  const bodies = make(`No record for ${value} in the registry`);
  const base = bodies[form % bodies.length] ?? {};
  const body = { ...base, request: { [key]: value } };
  return axiosError(
    status,
    body,
    { authorization: `Bearer sk_live_${value}`, 'x-api-key': value },
    JSON.stringify({ [key]: value }),
  );
}

/** Everything each tool wrote for one failure, as text. */
async function written(failure: KycFailure, thrown: unknown): Promise<string> {
  logger.error({ err: failure }, 'vendor call failed');
  logger.error(failure);
  logger.warn({ kyc: failure.error });
  // Logged raw by mistake: the serializer writes its type only.
  logger.error({ err: thrown });

  Sentry.captureException(failure);
  Sentry.captureException(failure.error);
  Sentry.captureException(new Error('onboarding failed', { cause: failure }));
  await Sentry.flush(2000);

  const { resourceMetrics } = await reader.collect();
  // Not vacuous: each tool did write something for this failure.
  expect(spans.getFinishedSpans()).toHaveLength(1);
  expect(logLines).toHaveLength(4);
  expect(wire.join('\n').match(/"type":"event"/g)).toHaveLength(3);
  expect(resourceMetrics.scopeMetrics.length).toBeGreaterThan(0);
  const problem = toProblem(failure, {
    typeBase: 'https://errors.example.com/kyc',
    clientFields: ['first_name', 'firstName'],
  });
  return JSON.stringify({
    spans: spans.getFinishedSpans().map((s) => ({
      name: s.name,
      attributes: s.attributes,
      events: s.events,
      status: s.status,
    })),
    metrics: resourceMetrics.scopeMetrics.flatMap((s) =>
      s.metrics.flatMap((m) => m.dataPoints.map((p) => p.attributes)),
    ),
    logs: logLines,
    sentry: wire,
    problem,
  });
}

describe('privacy: a planted secret never reaches what OpenTelemetry, pino, Sentry or a problem document write', () => {
  it.each(vendors.map((p) => [p.id, p] as const))(
    '%s',
    async (_, provider) => {
      await fc.assert(
        fc.asyncProperty(
          secret,
          fc.constantFrom(...PERSONAL_KEYS),
          fc.constantFrom(...STATUSES),
          fc.nat(3),
          async (value, key, status, form) => {
            spans.reset();
            logLines.length = 0;
            wire.length = 0;
            const thrown = planted(provider, value, key, status, form);
            const failure = await tracedRetry(
              tracer,
              () => {
                throw thrown;
              },
              { provider, maxAttempts: 2, ...NO_WAIT },
              { counter },
            ).catch((e: unknown) => e);
            expect(isKycFailure(failure)).toBe(true);
            const text = (await written(failure as KycFailure, thrown)).toLowerCase();
            expect(text).not.toContain(value.toLowerCase());
          },
        ),
        { numRuns: 25 },
      );
    },
    60_000,
  );

  it('the property can fail: without the serializer, pino writes the client error’s headers', () => {
    const thrown = planted(vendors[0] as Provider, 'Chidinma47xq', 'first_name', 400, 0);
    const lines: string[] = [];
    pino(
      { serializers: { err: pino.stdSerializers.err } },
      { write: (l: string) => void lines.push(l) },
    ).error({ err: thrown });
    expect(lines.join('\n')).toContain('Chidinma47xq');
  });
});
