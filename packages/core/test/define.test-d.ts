import { defineProvider, type EntrySpec, type MessageRule } from '@kyc-errors/core/provider-kit';
import { describe, expectTypeOf, it } from 'vitest';

const CATALOG = [
  {
    code: 'E1',
    kind: 'error',
    category: 'auth',
    reason: 'BAD_KEY',
    message: 'The key is wrong.',
    remedy: 'Use the right key.',
  },
  {
    code: 'R1',
    kind: 'outcome',
    verdict: 'approved',
    final: true,
    reason: 'PASSED',
    message: 'Passed.',
    remedy: 'Proceed.',
  },
  {
    code: 'R2',
    kind: 'outcome',
    verdict: 'rejected',
    final: true,
    reason: 'NO_FACE',
    message: 'No face.',
    remedy: 'Capture again.',
  },
] as const satisfies readonly EntrySpec[];

const base = { id: 'typed', name: 'Typed', catalog: CATALOG, read: () => undefined };

describe('defineProvider types its rules from the catalog', () => {
  it('accepts message rules and status overrides naming catalog codes', () => {
    const provider = defineProvider({
      ...base,
      messages: [{ pattern: /^Bad key$/, code: 'E1', refines: ['E1'] }],
      statuses: { 401: 'E1', 403: 'R2' },
    });
    expectTypeOf(provider.lookup).parameter(0).toExtend<string>();
  });

  it('a message rule naming an unknown code does not compile', () => {
    const make = () =>
      defineProvider({
        ...base,
        // @ts-expect-error 'E9' is not in the catalog
        messages: [{ pattern: /^Oops$/, code: 'E9' }],
      });
    expectTypeOf(make).toBeFunction();
  });

  it('a rule refining an unknown code does not compile', () => {
    const make = () =>
      defineProvider({
        ...base,
        // @ts-expect-error 'E9' is not in the catalog
        messages: [{ pattern: /^Oops$/, code: 'E1', refines: ['E9'] }],
      });
    expectTypeOf(make).toBeFunction();
  });

  it('a status override naming an unknown code, or a verdict that is no failure, does not compile', () => {
    const unknown = () =>
      defineProvider({
        ...base,
        // @ts-expect-error 'E9' is not in the catalog
        statuses: { 402: 'E9' },
      });
    const approval = () =>
      defineProvider({
        ...base,
        // @ts-expect-error 'R1' approves: a status cannot mean it
        statuses: { 402: 'R1' },
      });
    expectTypeOf(unknown).toBeFunction();
    expectTypeOf(approval).toBeFunction();
  });

  it('MessageRule takes the code union, so a vendor can check its rules where it writes them', () => {
    expectTypeOf<MessageRule<'E1'>['code']>().toEqualTypeOf<'E1'>();
    expectTypeOf<MessageRule['code']>().toEqualTypeOf<string>();
  });
});
