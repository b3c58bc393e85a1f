import type { Provider } from 'kyc-errors';
import { TEXT_BODIES } from '../../../test/support/vendors/index.js';

export { TEXT_BODIES };

/** The error bodies of `provider` carrying `echo` (its emulator module's `TEXT_BODIES`). */
export function bodiesFor(
  provider: Provider,
  echo: string,
): readonly Readonly<Record<string, unknown>>[] {
  const make = TEXT_BODIES[provider.id];
  if (make === undefined) throw new Error(`no TEXT_BODIES for ${provider.id} in its emulator.ts`);
  return make(echo);
}
