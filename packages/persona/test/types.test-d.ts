import type { PersonaEventName } from '@kyc-errors/persona';
import { describe, expectTypeOf, it } from 'vitest';

// PERSONA_EVENTS is built from rows by a helper (src/events.ts): the names must stay a union
// of the literal names, not widen to string.
describe('PersonaEventName', () => {
  it('is the union of the listed names', () => {
    expectTypeOf<'inquiry.approved'>().toExtend<PersonaEventName>();
    expectTypeOf<'report/watchlist.matched'>().toExtend<PersonaEventName>();
    expectTypeOf<'inquiry.approve'>().not.toExtend<PersonaEventName>();
    expectTypeOf<string>().not.toExtend<PersonaEventName>();
  });
});
