import {
  codeByText,
  codesWhere,
  decodeFields,
  decodeWith,
  isRecord,
  type OutcomeSignal,
  own,
  ownFields,
  stringCode,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import { VERIFF_CATALOG } from './codes.js';
import { CodeField, DecisionBody, EventBody, Verification } from './payload.js';
import { VERIFF_CODE } from './rules.js';

type Rec = Readonly<Record<string, unknown>>;

const isSessionCode = (code: string): boolean => /^[79]\d{3}$/.test(code);
/** Decision and event codes: `verification.code`, or `code` beside `action`. */
const SESSION_CODES = codesWhere(VERIFF_CATALOG, (e) => isSessionCode(e.code));
/** Reason codes that go with `declined` (9102). */
const DECLINE_REASONS = codesWhere(VERIFF_CATALOG, (e) => /^[15]\d\d$/.test(e.code));
/** Reason codes that go with `resubmission_requested` (9103). */
const RESUBMIT_REASONS = codesWhere(VERIFF_CATALOG, (e) => /^2\d\d$/.test(e.code));
/** Every code that names a verdict: never taken from an error body's `code`. */
const OUTCOME_CODES = codesWhere(VERIFF_CATALOG, (e) => e.kind === 'outcome');
/** Every catalog code. */
const CATALOG_CODES = codesWhere(VERIFF_CATALOG, () => true);

/** Session status text to its code (`'submitted'` → `'7002'`), from the catalog. */
const STATUS_CODE = codeByText(VERIFF_CATALOG, (e) => isSessionCode(e.code));

/** The tag naming the session status when a reason code chose the entry. */
const STATUS_TAG: Readonly<Record<string, string>> = {
  '9102': 'DECLINED',
  '9103': 'RESUBMISSION_REQUESTED',
};

// Statuses Veriff has no code for and never notifies about: the session exists, nothing
// decided (https://devdocs.veriff.com/docs/verification-session-status-codes-table).
const UNDECIDED = new Set(['created']);

const WAITING: OutcomeSignal = Object.freeze({ code: null, verdict: 'pending', final: false });

/**
 * A code field as a digit string in Veriff's grammar (`9103`, `"9103"`, `" 9103 "` →
 * `'9103'`), else undefined.
 */
function codeString(value: unknown): string | undefined {
  const decoded = decodeWith(CodeField, value);
  if (decoded.isErr()) return undefined;
  const code = decoded.value;
  return stringCode(typeof code === 'string' ? code.trim() : code, VERIFF_CODE);
}

/**
 * Reads the code and message of a Veriff Public API error body
 * (`{"status": "fail", "code": "1102", "message": "..."}`). `status: "fail"` in a 2xx body is
 * a failure too. A code that names a verdict (a reason or decision code) is not taken from an
 * error body: a body claiming `code: 102` is not a decline. A decision or event webhook is not
 * read here: core reads it with {@link readOutcome} when this finds nothing.
 *
 * @example
 * ```ts
 * readError({ status: 'fail', code: '1102', message: 'Mandatory parameters are missing from the request.' });
 * // { code: '1102', text: 'Mandatory parameters are missing from the request.', failed: true }
 * ```
 */
export function readError(body: unknown): VendorSignal | undefined {
  if (!isRecord(body)) return undefined;
  let code = codeString(own(body, 'code'));
  if (code !== undefined && OUTCOME_CODES.has(code)) code = undefined;
  const message = own(body, 'message');
  const text = typeof message === 'string' && message.length > 0 ? message : undefined;
  const failed = own(body, 'status') === 'fail' ? true : undefined;
  return code === undefined && text === undefined && failed === undefined
    ? undefined
    : { code, text, failed };
}

/** The outcome of a `verification` object: its reason code when that names the entry. */
function decision(verification: Rec): OutcomeSignal | undefined {
  // Field by field: one malformed field (a reasonCode that is no code) must not hide the
  // decision beside it.
  const fields = decodeFields(Verification, verification) ?? {};
  const status = fields.status ?? undefined;
  const raw = codeString(fields.code);
  const code =
    raw !== undefined && SESSION_CODES.has(raw)
      ? raw
      : raw === undefined && status !== undefined
        ? STATUS_CODE.get(status)
        : undefined;
  const reason = codeString(fields.reasonCode);
  if (code === undefined) {
    // A session answer (`POST /sessions`: `status: "success"`, a session id and URL) carries
    // no decision field at all, or the status `created`: nothing is decided yet.
    if (raw === undefined && (status === undefined || UNDECIDED.has(status))) {
      return reason === undefined ? WAITING : { code: null };
    }
    // An undocumented decision code: not guessed at (core answers `unknown`); an
    // undocumented event code is still only progress.
    if (raw !== undefined && isSessionCode(raw) && raw.startsWith('7')) {
      return { code: raw, verdict: 'pending', final: false };
    }
    // A code from another table (an API error, a reason) in `verification.code` is not a
    // decision code: it is not trusted to pick an entry.
    return { code: raw === undefined || CATALOG_CODES.has(raw) ? null : raw };
  }
  // A reason chooses the entry only from its own table: a resubmission reason on a declined
  // session (or the reverse) would turn a closed session into an open one.
  const table = code === '9102' ? DECLINE_REASONS : code === '9103' ? RESUBMIT_REASONS : undefined;
  if (reason !== undefined && table?.has(reason)) {
    const tag = STATUS_TAG[code];
    return tag === undefined ? { code: reason } : { code: reason, tags: [tag] };
  }
  const s: { code: string; text?: string; tags?: readonly string[] } = { code };
  // 9104 is both `expired` and `abandoned`: the status text tells them apart.
  if (status !== undefined) s.text = status;
  if (reason !== undefined) s.tags = [`REASON_${reason}`];
  return s;
}

/**
 * An event webhook: its `action` names the event. A documented session code beside it
 * (7001 started, 7002 submitted) is the pending verdict it always was; any other action
 * (`waiting_complete`, or one Veriff adds) is the event itself, for core to look up. Veriff
 * says the event webhook carries no decision, so nothing here is ever a verdict.
 */
function event(body: Rec): OutcomeSignal | undefined {
  // The action decides that this is an event; a malformed code beside it is only dropped.
  const decoded = decodeWith(EventBody, ownFields(body, ['action']));
  if (decoded.isErr()) return undefined;
  const action = decoded.value.action;
  const code = codeString(own(body, 'code')) ?? STATUS_CODE.get(action);
  if (code !== undefined && SESSION_CODES.has(code) && code.startsWith('7')) {
    return { code, text: action, event: action };
  }
  return eventNamed(action);
}

/**
 * A value that names a webhook body, as an event: never a decision word (`approved`,
 * `declined`), which Veriff sends only in a decision's `verification.status`. Another field
 * claiming one is neither that decision nor its event: it stays unrecognized.
 */
function eventNamed(value: string): OutcomeSignal {
  const code = STATUS_CODE.get(value);
  return code?.startsWith('9') ? { code: null } : { code: null, event: value };
}

/**
 * The watchlist-screening webhook: `matchStatus` (`possible_match`, `no_match`) names it
 * (https://devdocs.veriff.com/apidocs/v1sessionsidwatchlist-screening-1, "Response data").
 * A screening result is no verdict on the session; a possible match needs a person.
 */
function screening(body: Rec): OutcomeSignal | undefined {
  const status = own(body, 'matchStatus');
  return typeof status === 'string' ? eventNamed(status) : undefined;
}

/**
 * The Full Auto webhook (Essential Plan): `data.verification` with a `decisionScore` and,
 * Veriff says, no reason or decision codes (https://devdocs.veriff.com/docs/full-auto-webhook,
 * "Additional notes"). A decision status or code it does carry is read as usual; a score
 * alone decides nothing, so the reader suggests `provisional` and core keeps it from
 * being final or approved: the partner's policy decides.
 */
function fullAuto(body: Rec): OutcomeSignal | undefined {
  const data = own(body, 'data');
  const verification = isRecord(data) ? own(data, 'verification') : undefined;
  if (!isRecord(verification)) return undefined;
  const read = decision(verification);
  if (read !== undefined && read.code !== null) return read;
  const score = own(verification, 'decisionScore');
  return typeof score === 'number' && Number.isFinite(score)
    ? { code: null, verdict: 'provisional' }
    : undefined;
}

/**
 * Reads the verdict of a decision webhook, a `GET /v1/sessions/{id}/decision` answer, a
 * session answer (`POST /sessions`, `PATCH /sessions/{id}`) or an event webhook. For a
 * declined or resubmission-requested session the reason code picks the entry (and the status
 * is carried as a tag); an undocumented reason code leaves the status entry in charge and is
 * carried as a `REASON_<code>` tag. `verification: null` means no decision yet (pending).
 * Personal fields are never read.
 *
 * @example
 * ```ts
 * readOutcome({ status: 'success', verification: { code: 9103, status: 'resubmission_requested', reasonCode: 204 } });
 * // { code: '204', tags: ['RESUBMISSION_REQUESTED'] }
 * ```
 */
export function readOutcome(body: unknown): OutcomeSignal | undefined {
  if (!isRecord(body)) return undefined;
  const verification = own(body, 'verification');
  if (isRecord(verification)) return decision(verification);
  if (verification === null) {
    const answer = decodeWith(DecisionBody, ownFields(body, ['verification', 'status']));
    return answer.isOk() && answer.value.status !== 'fail' ? WAITING : undefined;
  }
  if (typeof own(body, 'action') === 'string') return event(body);
  return screening(body) ?? fullAuto(body);
}
