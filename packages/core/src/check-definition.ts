// The checks of a provider definition, run when `defineProvider` is called: a broken
// definition throws there, at import time, never on a request.
import type { EntrySpec } from './catalog.js';
import type { ProviderDefinition } from './contract.js';
import { VERDICT_DEFAULTS } from './outcome.js';
import { CATEGORY_DEFAULTS } from './retry-advice.js';

/**
 * Every check a definition must pass, on a private copy of its entries and statuses (what
 * `compile` builds from, so nothing changed after this call goes unchecked): an entry
 * that is no object or has an unknown kind, category or verdict; a code listed twice with
 * the same vendor text; a native code outside the code grammar; a message rule or a status
 * naming a code the catalog lacks; a status naming a code that is no failure. Throws with
 * the provider's id and what is wrong.
 */
export function checkDefinition(definition: ProviderDefinition, codePattern: RegExp): Snapshot {
  const { id } = definition;
  const seen = new Set<string>();
  const failing = new Set<string>();
  const codes = new Set<string>();
  const catalog = definition.catalog.map((written) => {
    if (typeof written !== 'object' || written === null) {
      throw new Error(`${id}: catalog holds ${String(written)}, not an entry`);
    }
    const spec = { ...written };
    const { code } = spec;
    if (typeof code !== 'string') throw new Error(`${id}: catalog entry without a code`);
    if (!kindIsKnown(spec))
      throw new Error(`${id}: catalog entry ${code} has an unknown kind, category or verdict`);
    const key = `${code}\u0000${spec.vendorText ?? ''}`;
    if (seen.has(key)) {
      throw new Error(`${id}: catalog lists ${code} twice with the same vendor text`);
    }
    seen.add(key);
    codes.add(code);
    if (isFailureSpec(spec)) failing.add(code);
    if (spec.native !== false && !codePattern.test(code)) {
      throw new Error(`${id}: catalog code ${code} is not in the code grammar ${codePattern}`);
    }
    return spec;
  });
  const mustExist = (code: string, where: string): void => {
    if (!codes.has(code))
      throw new Error(`${id}: ${where} names ${code}, which is not in the catalog`);
  };
  for (const rule of definition.messages ?? []) {
    mustExist(rule.code, `message rule ${rule.pattern}`);
  }
  const statuses = Object.entries(definition.statuses ?? {}).map(([status, code]) => {
    mustExist(code, `status ${status}`);
    if (!failing.has(code)) throw new Error(`${id}: status ${status} names ${code}, not a failure`);
    return [Number(status), code] as const;
  });
  return { catalog, statuses };
}

/** The entries and statuses as checked: private copies, which nothing else holds. */
export interface Snapshot {
  readonly catalog: readonly EntrySpec[];
  readonly statuses: readonly (readonly [number, string])[];
}

/** Whether an entry's kind, and its category or verdict, are ones core resolves advice for. */
function kindIsKnown(spec: EntrySpec): boolean {
  switch (spec.kind) {
    case 'error':
      return Object.hasOwn(CATEGORY_DEFAULTS, spec.category);
    case 'outcome':
      return Object.hasOwn(VERDICT_DEFAULTS, spec.verdict);
    case 'success':
      return true;
    default:
      return false;
  }
}

/** Whether an entry as written is a failure: a request error, or a rejection. */
function isFailureSpec(spec: EntrySpec): boolean {
  return spec.kind === 'error' || (spec.kind === 'outcome' && spec.verdict === 'rejected');
}
