import { MetricReader } from '@opentelemetry/sdk-metrics';
import * as Sentry from '@sentry/node';

// Where the real OpenTelemetry and Sentry SDKs write in these tests: memory the tests read.
// Its own module, so that tests of the other tools do not load either SDK.

/** A MetricReader that keeps nothing and exports nothing: `collect()` reads the meters. */
export class MemoryReader extends MetricReader {
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

/**
 * Starts the real Sentry SDK with a transport that keeps, as text, every envelope it would
 * send (the array answered), and `beforeSend` as given. Dedupe is off (tests capture alike
 * failures several times) and so is ContextLines (it would copy the test's own source);
 * extra error data goes deep enough to copy a failure that is the cause of what was captured.
 */
export function sentryToMemory(beforeSend: Sentry.NodeOptions['beforeSend']): string[] {
  const wire: string[] = [];
  Sentry.init({
    dsn: 'https://public@o0.ingest.sentry.io/1',
    transport: (options) =>
      Sentry.createTransport(options, async ({ body }) => {
        wire.push(typeof body === 'string' ? body : new TextDecoder().decode(body));
        return { statusCode: 200 };
      }),
    integrations: (defaults) => [
      ...defaults.filter((i) => i.name !== 'Dedupe' && i.name !== 'ContextLines'),
      Sentry.extraErrorDataIntegration({ depth: 10 }),
    ],
    ...(beforeSend === undefined ? {} : { beforeSend }),
  });
  return wire;
}
