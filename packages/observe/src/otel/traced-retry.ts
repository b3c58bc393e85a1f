import { type Operation, type RetryOptions, retry } from '@kyc-errors/retry';
import { type Attributes, type Span, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { splitKyc } from '../find.js';
import { OTHER, providerLabel } from '../internal/grammar.js';
import { KYC_ATTRIBUTES, SEMCONV_ATTRIBUTES } from './attributes.js';
import type { KycFailureCounter } from './counter.js';
import { kycRetryHooks } from './hooks.js';
import { recordKycFailure } from './span.js';

/** What {@link tracedRetry} records besides the span. */
export interface TracedRetryOptions {
  /** The span's name. Default `kyc <provider id>` (`kyc smile-id`): low-cardinality. */
  readonly name?: string | undefined;
  /** Counts every failure: retried attempts (`kyc.final: false`) and the final one (`true`). */
  readonly counter?: KycFailureCounter | undefined;
  /** More attributes for the span, set when it starts (yours: `kyc.operation`, say). */
  readonly attributes?: Attributes | undefined;
}

/**
 * `retry(operation, options)` inside an active span, so the spans of each attempt's HTTP call
 * are its children. A retried attempt becomes a `kyc.retry` event; the span is marked as an
 * error only when the call finally fails (`recordKycFailure`: `error.type` = the reason, the
 * `kyc.` attributes, `http.request.resend_count`); a success after retries carries
 * `http.request.resend_count` too. Your own `onRetry` still runs, after the event is
 * recorded. Resolves and rejects exactly as `retry()` does; an invalid option rejects.
 *
 * @example
 * ```ts
 * import { trace } from '@opentelemetry/api';
 * import { tracedRetry } from '@kyc-errors/observe/otel';
 *
 * const status = await tracedRetry(trace.getTracer('onboarding'), ({ signal }) => jobStatus(signal), {
 *   provider: smileId,
 *   maxAttempts: 4,
 * });
 * ```
 */
export function tracedRetry<T>(
  tracer: Tracer,
  operation: Operation<T>,
  options: RetryOptions,
  telemetry: TracedRetryOptions = {},
): Promise<T> {
  const provider = providerLabel((options.provider as { id?: unknown } | undefined)?.id);
  const name = telemetry.name ?? `kyc ${provider}`;
  const attributes = { ...telemetry.attributes, [KYC_ATTRIBUTES.provider]: provider };
  return tracer.startActiveSpan(name, { attributes }, (span) => {
    let attempts = 0;
    const counted: Operation<T> = (context) => {
      attempts = context.attempt;
      return operation(context);
    };
    const hooks = kycRetryHooks(span, { counter: telemetry.counter });
    const own = options.onRetry;
    const onRetry: RetryOptions['onRetry'] = (event) => {
      hooks.onRetry(event);
      own?.(event);
    };
    let pending: Promise<T>;
    try {
      pending = retry(counted, { ...options, onRetry });
    } catch (invalid) {
      failOther(span);
      return Promise.reject(invalid);
    }
    return pending.then(
      (value) => {
        if (attempts > 1) span.setAttribute(SEMCONV_ATTRIBUTES.resendCount, attempts - 1);
        span.end();
        return value;
      },
      (thrown: unknown) => {
        const found = splitKyc(thrown);
        if (found?.failure !== undefined) {
          recordKycFailure(span, found.failure);
          telemetry.counter?.record(found.error, true);
          span.end();
        } else failOther(span);
        throw thrown;
      },
    );
  });
}

/**
 * Ends `span` as failed by something that is not a vendor failure (an invalid option, or what
 * one of your hooks threw): `error.type` is `_OTHER`, and nothing of the thrown value is read.
 */
function failOther(span: Span): void {
  span.setAttribute(SEMCONV_ATTRIBUTES.errorType, OTHER);
  span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}
