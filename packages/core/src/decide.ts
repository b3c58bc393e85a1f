import { type CatalogEntry, failureCategory } from './catalog.js';
import { type CodeRow, entryText, pick } from './catalog-index.js';
import type { OutcomeSignal } from './contract.js';
import { type EventSpec, lookupEvent } from './event.js';
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
 * - `event`: a webhook event that is neither (a session started, a case assigned): the
 *   outcome reader named an event and no catalog entry. Documented or not, never a failure
 *   and never a verdict.
 * - `unrecognized`: a reader found a code or text the catalog does not place.
 * - `nothing`: no reader found anything.
 */
export type BodyKind = 'failure' | 'rejection' | 'verdict' | 'event' | 'unrecognized' | 'nothing';

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
  /** The catalog's record of the code, when it has one: looked up once, read by the steps. */
  readonly row: CodeRow | undefined;
  /** The outcome reader's signal, when the reading came from it. */
  readonly verdict?: OutcomeSignal;
  /** With kind `event`: the documented event the body names; `undefined` if undocumented. */
  readonly event?: EventSpec | undefined;
}

/** The kind a catalog entry gives a body: the whole decision, in three lines. */
export function kindOfEntry(entry: CatalogEntry): BodyKind {
  if (entry.kind === 'error') return 'failure';
  return failureCategory(entry) === null ? 'verdict' : 'rejection';
}

/**
 * The kind of an outcome reader's signal, in order: a catalog entry by code decides; else a
 * named event makes it an event; else a fallback verdict makes it a verdict; else the code
 * (or its absence) is unrecognized.
 */
function kindOfSignal(v: OutcomeSignal, entry: CatalogEntry | undefined): BodyKind {
  if (entry !== undefined) return kindOfEntry(entry);
  if (typeof v.event === 'string') return 'event';
  return v.verdict !== undefined ? 'verdict' : 'unrecognized';
}

/**
 * Reads a body handed over as a failure (`normalize`) or as a 2xx answer (`fromResponse`):
 * the error reader first. When it finds nothing, the outcome reader's code is used if the
 * catalog knows it, so a verdict body passed to `normalize` reads as its verdict (a rejection
 * is a failure, an approval is "not a failure") instead of `unknown`. A webhook event, and a
 * body with no code whose fields say nothing is decided yet (a session just created), are no
 * failure either.
 */
export function readFailure(c: Compiled, body: unknown, status: number | undefined): Reading {
  const s = readSafely(c, body, status);
  const failed = s?.failed === true;
  if (s !== undefined && s !== null && (s.code !== undefined || s.text !== undefined || failed)) {
    const code = codeOf(c, s.code);
    const text = typeof s.text === 'string' ? s.text : undefined;
    const row = rowOf(c, code);
    const entry = row === undefined ? undefined : pick(row.entries, text, entryText);
    const kind = failed ? 'failure' : entry === undefined ? 'unrecognized' : kindOfEntry(entry);
    return { kind, code, text, field: s.field, entry, row };
  }
  const v = c.definition.readOutcome === undefined ? undefined : verdictSignal(c, body);
  const code = v === undefined ? null : codeOf(c, v.code);
  const row = rowOf(c, code);
  const entry = row?.entries[0];
  if (entry !== undefined) {
    return { kind: kindOfEntry(entry), code, text: undefined, field: s?.field, entry, row };
  }
  // Without a catalog entry only two readings are safe to call "not a failure": an event,
  // and a body with no code at all whose fields say nothing is decided yet. An undocumented
  // code, or a fallback that leans to rejection, stays for a person to read.
  const settled =
    v !== undefined &&
    (typeof v.event === 'string' ||
      (v.code === null && v.verdict !== undefined && v.verdict !== 'rejected'));
  const kind = settled ? (typeof v.event === 'string' ? 'event' : 'verdict') : 'nothing';
  return { kind, code: null, text: undefined, field: s?.field, entry, row: undefined };
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
    const row = rowOf(c, code);
    const entry = row === undefined ? undefined : pick(row.entries, text, entryText);
    const kind = kindOfSignal(v, entry);
    const event = kind === 'event' ? lookupEvent(c.events, v.event) : undefined;
    return { kind, code, text, field: undefined, entry, row, verdict: v, event };
  }
  const s = readSafely(c, body, undefined);
  const read = s !== undefined && s !== null && (s.code !== undefined || s.text !== undefined);
  return {
    kind: read ? 'failure' : 'nothing',
    code: null,
    text: undefined,
    field: undefined,
    entry: undefined,
    row: undefined,
  };
}

function verdictSignal(c: Compiled, body: unknown): OutcomeSignal | undefined {
  try {
    const v = c.definition.readOutcome?.(body);
    return v === null ? undefined : v;
  } catch {
    return undefined;
  }
}

function rowOf(c: Compiled, code: string | null): CodeRow | undefined {
  return code === null ? undefined : c.index.rows.get(code);
}

/** The error reader's signal; `undefined` when it throws (a reader must not, a hostile body may). */
function readSafely(c: Compiled, body: unknown, status: number | undefined) {
  try {
    return c.definition.read(body, status);
  } catch {
    return undefined;
  }
}
