import { type CatalogEntry, failureCategory } from './catalog.js';
import { entryText, pick } from './catalog-index.js';
import type { OutcomeSignal } from './contract.js';
import { type Compiled, codeOf } from './steps.js';

/**
 * What a body reports. Decided here and nowhere else; `normalize`, `fromResponse` and
 * `provider.outcome` act on the answer, and vendor readers only read.
 *
 * - `failure`: a request error. The body says it failed, or its code is a catalog error.
 * - `rejection`: a verdict that refuses the user (a catalog outcome whose verdict is
 *   `rejected`). A failure to `normalize`, a verdict to `outcome`.
 * - `verdict`: any other verdict, or the vendor's success code; or an outcome reader's
 *   verdict for a code the catalog lacks.
 * - `unrecognized`: a reader found a code or text the catalog does not place.
 * - `nothing`: no reader found anything.
 *
 * Events (progress notices that are neither) will be a sixth kind once a vendor needs them.
 */
export type BodyKind = 'failure' | 'rejection' | 'verdict' | 'unrecognized' | 'nothing';

/** A body as read: its kind, and what the kind was decided from. */
export interface Reading {
  readonly kind: BodyKind;
  /** The vendor's code, in its code grammar, or `null`. */
  readonly code: string | null;
  /** The vendor's text, raw. */
  readonly text: string | undefined;
  /** The request field the error reader named, unchecked. */
  readonly field: unknown;
  /** The catalog entry the code (and text, where entries share a code) names. */
  readonly entry: CatalogEntry | undefined;
  /** The outcome reader's signal, when the reading came from it. */
  readonly verdict?: OutcomeSignal;
}

/** The kind a catalog entry gives a body: the whole decision, in three lines. */
export function kindOfEntry(entry: CatalogEntry): BodyKind {
  if (entry.kind === 'error') return 'failure';
  return failureCategory(entry) === null ? 'verdict' : 'rejection';
}

/**
 * Reads a body handed over as a failure (`normalize`) or as a 2xx answer (`fromResponse`):
 * the error reader first. When it finds nothing, the outcome reader's code is used if the
 * catalog knows it, so a verdict body passed to `normalize` reads as its verdict (a rejection
 * is a failure, an approval is "not a failure") instead of `unknown`.
 */
export function readFailure(c: Compiled, body: unknown, status: number | undefined): Reading {
  const s = safe(() => c.definition.read(body, status));
  const failed = s?.failed === true;
  if (s !== undefined && s !== null && (s.code !== undefined || s.text !== undefined || failed)) {
    const code = codeOf(c, s.code);
    const text = typeof s.text === 'string' ? s.text : undefined;
    const entry = entryOf(c, code, text);
    const kind = failed ? 'failure' : entry === undefined ? 'unrecognized' : kindOfEntry(entry);
    return { kind, code, text, field: s.field, entry };
  }
  const v = c.definition.readOutcome === undefined ? undefined : verdictSignal(c, body);
  const code = v === undefined ? null : codeOf(c, v.code);
  const entry = entryOf(c, code, undefined);
  if (entry === undefined) {
    return { kind: 'nothing', code: null, text: undefined, field: s?.field, entry };
  }
  return { kind: kindOfEntry(entry), code, text: undefined, field: s?.field, entry };
}

/**
 * Reads a result or webhook body (`provider.outcome`): the outcome reader first. When it
 * finds nothing, a body the error reader finds a code or text in is a request error.
 */
export function readVerdict(c: Compiled, body: unknown): Reading {
  const v = verdictSignal(c, body);
  if (v !== undefined) {
    const code = codeOf(c, v.code);
    const text = typeof v.text === 'string' ? v.text : undefined;
    const entry = entryOf(c, code, text);
    const kind =
      entry !== undefined
        ? kindOfEntry(entry)
        : v.verdict !== undefined
          ? 'verdict'
          : 'unrecognized';
    return { kind, code, text, field: undefined, entry, verdict: v };
  }
  const s = safe(() => c.definition.read(body));
  const read = s !== undefined && s !== null && (s.code !== undefined || s.text !== undefined);
  return {
    kind: read ? 'failure' : 'nothing',
    code: null,
    text: undefined,
    field: undefined,
    entry: undefined,
  };
}

function verdictSignal(c: Compiled, body: unknown): OutcomeSignal | undefined {
  const v = safe(() => c.definition.readOutcome?.(body));
  return v === null ? undefined : v;
}

function entryOf(c: Compiled, code: string | null, text: string | undefined) {
  return code === null ? undefined : pick(c.index.byCode.get(code), text, entryText);
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
