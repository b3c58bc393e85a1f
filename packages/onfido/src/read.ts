import {
  codesWhere,
  collectTags,
  decodeFields,
  decodeWith,
  isRecord,
  type OutcomeSignal,
  own,
  ownFields,
  stringCode,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import { ONFIDO_CATALOG } from './codes.js';
import { Breakdown, ErrorObject, Resource, WebhookPayload } from './payload.js';
import { ONFIDO_ERROR_TYPE } from './rules.js';
import { ONFIDO_TAGS } from './tags.js';

/** A request field as Onfido names one in `error.fields` (`first_name`, `document_detection`). */
const FIELD = /^[a-z][a-z0-9_]{0,63}$/;

/** The error types the catalog lists, each in the error-type grammar: read without it. */
const ERROR_TYPES = codesWhere(
  ONFIDO_CATALOG,
  (e) => e.kind === 'error' && ONFIDO_ERROR_TYPE.test(e.code),
);

// Only the first few keys of `fields` are looked at: the first field name decides.
const MAX_FIELD_KEYS = 8;

/**
 * The first request field `error.fields` names: its key, never its value (the messages
 * beside it may repeat what was sent). `base` is Rails' "the record as a whole", no field.
 * A sentence sent in place of the object (older answers do) names none.
 */
function fieldOf(fields: unknown): string | undefined {
  if (!isRecord(fields)) return undefined;
  let seen = 0;
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue;
    if (key !== 'base' && FIELD.test(key)) return key;
    if (++seen >= MAX_FIELD_KEYS) break;
  }
  return undefined;
}

/**
 * Reads an Onfido error body `{"error": {"type", "message", "fields"}}`: the `type` (in the
 * error-type grammar) as the code, the `message`, and the first field `fields` names. A
 * check, report or workflow run (a body with a `status` or a `workflow_id`) is left to
 * {@link readOutcome}, even when it carries an `error`: a workflow run in status `error`
 * says there why it stopped, which is its state, not a failed request. Own properties only.
 *
 * @example
 * ```ts
 * readError({ error: { type: 'validation_error', message: 'There was a validation error on this request', fields: { first_name: ["can't be blank"] } } });
 * // { code: 'validation_error', text: 'There was a validation error on this request', field: 'first_name' }
 * ```
 */
export function readError(body: unknown): VendorSignal | undefined {
  try {
    if (!isRecord(body)) return undefined;
    if (typeof own(body, 'status') === 'string' || own(body, 'workflow_id') !== undefined) {
      return undefined;
    }
    const error = decodeFields(ErrorObject, own(body, 'error'));
    if (error === undefined) return undefined;
    const code = stringCode(error.type, ONFIDO_ERROR_TYPE, ERROR_TYPES);
    const text = error.message?.trim() || undefined;
    const field = fieldOf(error.fields);
    if (code === undefined && text === undefined && field === undefined) return undefined;
    return { code, text, field };
  } catch {
    // A hostile object (a throwing getter or proxy): the status decides.
    return undefined;
  }
}

// The workflow run statuses the catalog knows: a status outside it is no workflow run's.
const RUN_CODES = codesWhere(ONFIDO_CATALOG, (e) => e.code.startsWith('workflow_run:'));
const RUN_PREFIX = 'workflow_run:';
const isRunStatus = (status: string | undefined): status is string =>
  status !== undefined && RUN_CODES.has(`${RUN_PREFIX}${status}`);

// The webhook events the catalog reads as a result to fetch.
const FETCH_EVENTS = codesWhere(ONFIDO_CATALOG, (e) => /^[a-z_]+\.[a-z_]+$/.test(e.code));

// Document report sub-results that say more than `consider` (OAS report_sub_result).
const SUB_RESULTS: ReadonlySet<string> = new Set(['rejected', 'suspected', 'caution']);

const BREAKDOWN_NAMES = ONFIDO_TAGS.map((tag) => tag.toLowerCase());

/**
 * The documented breakdowns of a report that say `consider`, as tags. Only the documented
 * names are looked up: a key the body adds is never read, let alone reported.
 */
function considerTags(report: unknown): readonly string[] | undefined {
  const breakdown = own(report, 'breakdown');
  if (!isRecord(breakdown)) return undefined;
  return collectTags([BREAKDOWN_NAMES], (name) => {
    const key = name as string;
    const decoded = decodeWith(Breakdown, ownFields(own(breakdown, key), ['result']));
    return decoded.isOk() && decoded.value.result === 'consider' ? key.toUpperCase() : undefined;
  });
}

/** The code a check's or a report's result stands for, once it is complete. */
function resultCode(kind: 'check' | 'report', r: Resource): string | undefined {
  const { result, sub_result: sub } = r;
  if (typeof result !== 'string') return undefined;
  if (
    kind === 'report' &&
    result === 'consider' &&
    typeof sub === 'string' &&
    SUB_RESULTS.has(sub)
  ) {
    return `report:${sub}`;
  }
  return `${kind}:${result}`;
}

/**
 * A check, a report or a workflow run: its status, namespaced, or once complete its result.
 * A workflow run is known by its `workflow_id` or its status (the three sets of statuses
 * differ, but for a check's and a report's `complete` and `withdrawn`); a report by its
 * `name`. A check or report read `complete` without a result says so (fetch it).
 */
function resourceSignal(value: unknown): OutcomeSignal | undefined {
  const fields = ownFields(value, ['status', 'result', 'sub_result', 'name', 'workflow_id']);
  const r = decodeFields(Resource, fields);
  if (r === undefined || r.status === undefined) return undefined;
  const { status } = r;
  if (r.workflow_id !== undefined || isRunStatus(status)) return { code: `${RUN_PREFIX}${status}` };
  const kind = r.name !== undefined ? 'report' : 'check';
  const code =
    status === 'complete' ? (resultCode(kind, r) ?? `${kind}:complete`) : `${kind}:${status}`;
  const tags = kind === 'report' ? considerTags(value) : undefined;
  return tags === undefined ? { code } : { code, tags };
}

/**
 * A webhook `payload`, by its `action`. `check.completed` and `report.completed` carry no
 * result (the object holds id, status and href only): they read as such, whatever the
 * object's status says. `workflow_run.completed` reads as the run's status when the object
 * (or the resource) holds a documented one, else as a run to fetch. Every other event is an
 * event: a task's output (a document report saying clear inside `workflow_task.completed`)
 * is never read as a decision.
 */
function webhookSignal(payload: unknown): OutcomeSignal | undefined {
  const fields = ownFields(payload, ['action', 'resource_type', 'object', 'resource']);
  if (fields === undefined) return undefined;
  const object = ownFields(fields.object, ['status']);
  const resource = ownFields(fields.resource, ['status']);
  const input: Record<string, unknown> = { action: fields.action };
  if (typeof fields.resource_type === 'string') input.resource_type = fields.resource_type;
  if (object !== undefined) input.object = object;
  if (resource !== undefined) input.resource = resource;
  const decoded = decodeWith(WebhookPayload, input);
  if (decoded.isErr()) {
    // The object or resource is malformed: the event name alone still says what happened.
    const action = typeof fields.action === 'string' ? fields.action : undefined;
    return action === undefined
      ? undefined
      : { code: FETCH_EVENTS.has(action) ? action : null, event: action };
  }
  const { action } = decoded.value;
  if (action === 'workflow_run.completed') {
    const a = decoded.value.object?.status;
    const b = decoded.value.resource?.status;
    // Two statuses that disagree decide nothing: fetch the run.
    const status = a !== undefined && b !== undefined && a !== b ? undefined : (a ?? b);
    return { code: isRunStatus(status) ? `${RUN_PREFIX}${status}` : action, event: action };
  }
  return { code: FETCH_EVENTS.has(action) ? action : null, event: action };
}

/**
 * Reads the verdict of an Onfido result or webhook body: a check (`{id, status, result}`), a
 * report (`{id, name, status, result, sub_result, breakdown}`), a workflow run (`{id,
 * workflow_id, status}`), or a webhook (`{payload: {resource_type, action, object}}`).
 * Statuses and results come back namespaced (`check:consider`, `report:suspected`,
 * `workflow_run:approved`); a report's breakdowns that say consider become tags. Personal
 * attributes are never read.
 *
 * @example
 * ```ts
 * readOutcome({ id: 'c1', status: 'complete', result: 'consider' }); // { code: 'check:consider' }
 * ```
 */
export function readOutcome(body: unknown): OutcomeSignal | undefined {
  try {
    if (!isRecord(body)) return undefined;
    const payload = own(body, 'payload');
    return isRecord(payload) ? webhookSignal(payload) : resourceSignal(body);
  } catch {
    // A hostile object (a throwing getter deep inside): no verdict read.
    return undefined;
  }
}

/** @internal Every pattern this module runs on untrusted text, checked by scripts/check-redos.mjs. */
export const PATTERNS: readonly RegExp[] = [FIELD];
