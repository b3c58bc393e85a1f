import type { Provider } from 'kyc-errors';

/**
 * The shapes each vendor's error bodies take, with a message carrying `echo`: what the
 * cross-vendor privacy and cost properties plant their text in. A vendor without an entry
 * here fails the check in `vendors.test.ts` below, so a new vendor cannot be left out.
 */
export const TEXT_BODIES: Readonly<
  Record<string, (echo: string) => readonly Record<string, unknown>[]>
> = {
  'smile-id': (echo) => [
    { code: '2413', error: echo },
    { status: 'Bad Request', message: echo },
  ],
  idenfy: (echo) => [{ identifier: 'BAD_VALUE', message: echo }, { message: echo }],
  signingcloud: (echo) => [{ result: 99, message: echo }],
  sumsub: (echo) => [
    { description: echo, code: 400, correlationId: 'c1', errorCode: 1004 },
    { description: echo, code: 400, correlationId: 'c1' },
  ],
  veriff: (echo) => [{ status: 'fail', code: '1104', message: echo }],
  persona: (echo) => [{ errors: [{ title: 'Bad request', details: echo }] }],
};

/** The error bodies of `provider` carrying `echo`; throws for a vendor with no entry. */
export function bodiesFor(provider: Provider, echo: string): readonly Record<string, unknown>[] {
  const make = TEXT_BODIES[provider.id];
  if (make === undefined)
    throw new Error(`no text bodies for ${provider.id}: add them to TEXT_BODIES`);
  return make(echo);
}
