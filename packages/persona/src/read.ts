import {
  codesWhere,
  collectTags,
  decodeFields,
  decodeWith,
  isRecord,
  type OutcomeSignal,
  own,
  ownFields,
  type VendorSignal,
} from '@kyc-errors/core/provider-kit';
import { PERSONA_CATALOG } from './codes.js';
import { Check, ErrorObject, Resource, WebhookEvent } from './payload.js';

// Only the first few elements of `errors` are looked at: the first readable one decides.
const MAX_ERRORS = 10;

/**
 * The request field a JSON pointer names: the attribute for `/data/attributes/<name>` (as the
 * message rules report it), else the path with dots (`/data/type` → `data.type`). Core keeps
 * it only when it looks like a field name.
 */
function fieldOf(pointer: string | undefined): string | undefined {
  if (pointer === undefined || pointer.length > 200 || !pointer.startsWith('/')) return undefined;
  const parts = pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = parts[0] === 'data' && parts[1] === 'attributes' ? parts.slice(2) : parts;
  return path.length === 0 ? undefined : path.join('.');
}

function errorSignal(element: unknown): VendorSignal | undefined {
  if (typeof element === 'string') return element.length > 0 ? { text: element } : undefined;
  // Field by field: one malformed member (a numeric title, say) must not hide the others.
  const e = decodeFields(ErrorObject, element);
  if (e === undefined) return undefined;
  const title = e.title?.trim() || undefined;
  const details = (e.details ?? e.detail)?.trim() || undefined;
  const text =
    title !== undefined && details !== undefined ? `${title}: ${details}` : (title ?? details);
  if (text === undefined) return undefined;
  const pointer = ownFields(e.source, ['pointer'])?.pointer;
  return { text, field: fieldOf(typeof pointer === 'string' ? pointer : undefined) };
}

/**
 * Reads a Persona error body: the first element of `errors` with a title or details, as
 * one text `"<title>: <details>"` for the message rules, and the field its
 * `source.pointer` names. Persona sends no error code, so the signal never carries one;
 * the rules and the HTTP status decide. Anything else (a gateway's HTML page, a string) is
 * left to core.
 *
 * @example
 * ```ts
 * readError({ errors: [{ title: 'Forbidden', details: 'Verification creation API is not enabled' }] });
 * // { text: 'Forbidden: Verification creation API is not enabled' }
 * ```
 */
export function readError(body: unknown): VendorSignal | undefined {
  try {
    const errors = own(body, 'errors');
    if (!Array.isArray(errors)) return undefined;
    const n = Math.min(errors.length, MAX_ERRORS);
    for (let i = 0; i < n; i++) {
      const signal = errorSignal(errors[i]);
      if (signal !== undefined) return signal;
    }
  } catch {
    // A hostile array (a throwing index getter): the status decides.
  }
  return undefined;
}

// Event names the catalog holds as verdicts: such an event is read by its name, not by the
// status in its payload (Persona's own webhook examples show `pending` inside
// inquiry.approved).
const VERDICT_EVENTS = codesWhere(PERSONA_CATALOG, (e) =>
  /^(?:inquiry|verification)\./.test(e.code),
);

const CHECK_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * A failed check that counts, as a tag (`ID_GLARE_DETECTION`): one Persona marks required,
 * or that carries no requirement at all (older API versions). A check that is not required
 * does not decide the verification, so it is left out.
 */
function failedCheck(check: unknown): string | undefined {
  const decoded = decodeWith(Check, ownFields(check, ['name', 'status', 'requirement']));
  if (decoded.isErr()) return undefined;
  const { name, status, requirement } = decoded.value;
  if (status !== 'failed' || requirement === 'not_required' || !CHECK_NAME.test(name)) {
    return undefined;
  }
  return name.toUpperCase();
}

/** The status of an inquiry or a verification, namespaced, with a verification's failed checks. */
function resourceSignal(value: unknown): OutcomeSignal | undefined {
  const fields = ownFields(value, ['type', 'attributes']);
  const attributes = ownFields(fields?.attributes, ['status', 'checks']);
  if (fields === undefined || attributes === undefined) return undefined;
  const decoded = decodeWith(Resource, { type: fields.type, attributes });
  if (decoded.isErr()) return undefined;
  const { type, attributes: a } = decoded.value;
  let kind: 'inquiry' | 'verification';
  if (type === 'inquiry') kind = 'inquiry';
  else if (type.startsWith('verification/')) kind = 'verification';
  else return undefined;
  if (a.status === undefined) return { code: null };
  const s: { code: string; tags?: readonly string[] } = { code: `${kind}:${a.status}` };
  const tags = kind === 'verification' ? collectTags([a.checks], failedCheck) : undefined;
  if (tags !== undefined) s.tags = tags;
  return s;
}

/**
 * A webhook body, read by its event name alone: a catalogued name (`inquiry.approved`) is
 * its verdict, with a verification's failed checks as tags; any other name is the event
 * itself (`inquiry-session.started`, `case.assigned`), for core to look up. The status of
 * the object an event carries is never read as a verdict: a redaction or a transition
 * notice carries whatever status the inquiry had.
 */
function eventSignal(data: unknown): OutcomeSignal | undefined {
  const fields = ownFields(data, ['type', 'attributes']);
  const attributes = ownFields(fields?.attributes, ['name', 'payload']);
  if (fields === undefined || attributes === undefined) return undefined;
  const payload = ownFields(attributes.payload, ['data']);
  const decoded = decodeWith(WebhookEvent, {
    type: fields.type,
    attributes: payload === undefined ? { name: attributes.name } : { ...attributes, payload },
  });
  if (decoded.isErr()) return undefined;
  const { name, payload: p } = decoded.value.attributes;
  if (!VERDICT_EVENTS.has(name)) return { code: null, event: name };
  // The event decides the verdict; the object adds the failed checks of a verification.
  const object = p === undefined ? undefined : resourceSignal(p.data);
  return object?.tags === undefined
    ? { code: name, event: name }
    : { code: name, event: name, tags: object.tags };
}

/**
 * Reads the verdict of a Persona result or webhook: an inquiry or verification as the API
 * returns it (`{data: {type, attributes: {status}}}`, or the resource itself), or a webhook
 * (`{data: {type: "event", attributes: {name, payload: {data}}}}`). Statuses come back
 * namespaced (`inquiry:completed`, `verification:failed`), webhooks under their event name
 * (`inquiry.approved`); a verification's failed required checks become tags. Personal
 * attributes are never read.
 *
 * @example
 * ```ts
 * readOutcome({ data: { type: 'inquiry', id: 'inq_1', attributes: { status: 'completed' } } });
 * // { code: 'inquiry:completed' }
 * ```
 */
export function readOutcome(body: unknown): OutcomeSignal | undefined {
  try {
    if (!isRecord(body)) return undefined;
    const data = own(body, 'data');
    if (isRecord(data)) {
      return own(data, 'type') === 'event' ? eventSignal(data) : resourceSignal(data);
    }
    return resourceSignal(body);
  } catch {
    // A hostile object (a throwing getter deep inside): no verdict read.
    return undefined;
  }
}
