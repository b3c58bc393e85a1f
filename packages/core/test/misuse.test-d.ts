import { type HttpFailure, normalize, type Provider } from '@kyc-errors/core';
import { describe, expectTypeOf, it } from 'vitest';
import { acme } from './fixtures/acme.js';

// normalize refuses, at compile time, a body that was not read and a provider's id string;
// everything a read body can be still compiles. misuse.test.ts has the run-time answers.

declare const response: Response;
declare const parsed: unknown;
// biome-ignore lint/suspicious/noExplicitAny: what DOM's Response.json() gives
declare const anyJson: any;
declare const failure: HttpFailure;

describe('normalize: only a read body compiles', () => {
  it('refuses an unread fetch Response, as the failure or as its body', () => {
    // @ts-expect-error the Response itself: its body is a stream nobody read
    normalize(acme, response);
    // @ts-expect-error the Response as the body
    normalize(acme, { status: response.status, body: response });
    // @ts-expect-error its stream as the body
    normalize(acme, { status: response.status, body: response.body });
    // @ts-expect-error a promise of the body (a missing await)
    normalize(acme, { status: response.status, body: response.json() });
    // @ts-expect-error a promise of the text
    normalize(acme, { status: 401, headers: response.headers, body: response.text() });
    // @ts-expect-error a Blob
    normalize(acme, { status: 401, body: new Blob(['{}']) });
  });

  it('accepts what a read body is: parsed JSON, text, bytes, unknown and any', async () => {
    normalize(acme, { status: 401, headers: response.headers, body: await response.text() });
    normalize(acme, { status: 401, body: await response.json() });
    normalize(acme, { status: 401, body: parsed });
    normalize(acme, { status: 401, body: anyJson });
    normalize(acme, { status: 401, body: { err: 'E401', msg: 'Bad key' } });
    normalize(acme, { status: 401, body: new Uint8Array(2) });
    normalize(acme, { status: 401, body: await response.arrayBuffer() });
    normalize(acme, { status: 401, body: undefined });
    normalize(acme, { status: 401 });
    normalize(acme, failure);
    expectTypeOf(normalize(acme, { status: 401, body: parsed }).reason).toEqualTypeOf<string>();
  });

  it('refuses a provider id string or a registry miss where a provider belongs', () => {
    // @ts-expect-error an id is not a provider
    normalize('signingcloud', { status: 401 });
    const missed = undefined as Provider | undefined;
    // @ts-expect-error registry.get() may miss: check it first
    normalize(missed, { status: 401 });
  });
});
