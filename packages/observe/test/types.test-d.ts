import type { Category, KycError, KycFailure, Provider } from '@kyc-errors/core';
import { createKycFailureCounter, kycAttributes, tracedRetry } from '@kyc-errors/observe/otel';
import { createKycErrSerializer, kycErrSerializer } from '@kyc-errors/observe/pino';
import { type KycProblem, type ProblemStatus, toProblem } from '@kyc-errors/observe/problem';
import { kycEventProcessor, type SentryLevel } from '@kyc-errors/observe/sentry';
import type { Attributes, Meter, Tracer } from '@opentelemetry/api';
import type * as Sentry from '@sentry/node';
import { type pino, stdSerializers } from 'pino';
import { describe, expectTypeOf, it } from 'vitest';

declare const provider: Provider;
declare const tracer: Tracer;
declare const meter: Meter;
declare const error: KycError;
declare const failure: KycFailure;

describe('each tool takes what this package makes, with no cast', () => {
  it("Sentry: the processor is a beforeSend and an event processor of @sentry/node's own types", () => {
    expectTypeOf(kycEventProcessor()).toExtend<NonNullable<Sentry.NodeOptions['beforeSend']>>();
    expectTypeOf(kycEventProcessor()).toExtend<Parameters<typeof Sentry.addEventProcessor>[0]>();
  });

  it("Sentry: the levels are Sentry's severity levels", () => {
    expectTypeOf<SentryLevel>().toEqualTypeOf<Sentry.SeverityLevel>();
  });

  it("pino: the serializer is one of pino's serializers, and pino's own fits `otherwise`", () => {
    expectTypeOf(kycErrSerializer).toExtend<pino.SerializerFn>();
    expectTypeOf(createKycErrSerializer).toBeCallableWith({ otherwise: stdSerializers.err });
  });

  it('OpenTelemetry: tracedRetry resolves with the operation’s own type; attributes are Attributes', () => {
    expectTypeOf(tracedRetry(tracer, async () => ({ jobId: 'j1' }), { provider })).toEqualTypeOf<
      Promise<{ jobId: string }>
    >();
    expectTypeOf(kycAttributes(error)).toEqualTypeOf<Attributes>();
    expectTypeOf(createKycFailureCounter(meter).record).toBeCallableWith(error, true);
  });

  it('problem details: a KycError or a KycFailure in, a problem with one of four statuses out', () => {
    expectTypeOf(
      toProblem(error, { typeBase: 'https://errors.example.com/kyc' }),
    ).toEqualTypeOf<KycProblem>();
    expectTypeOf(toProblem(failure, { typeBase: '' }).status).toEqualTypeOf<ProblemStatus>();
    expectTypeOf<ProblemStatus>().toEqualTypeOf<409 | 422 | 502 | 503>();
  });

  it('the problem and Sentry options name categories, so a misspelt one fails to compile', () => {
    expectTypeOf(kycEventProcessor)
      .parameter(0)
      .toExtend<{ readonly expected?: readonly Category[] | undefined } | undefined>();
    // @ts-expect-error 'verifcation' is no category
    kycEventProcessor({ expected: ['verifcation'] });
  });
});
