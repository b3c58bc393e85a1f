import { boundedArray } from '@kyc-errors/core/provider-kit';
import * as t from 'io-ts';

/**
 * One element of a Persona error body's `errors` array (OAS components.responses): a
 * `title`, usually `details` (Persona's spelling; JSON:API's `detail` is read as well) and,
 * for 422s, a `source.pointer` into the request.
 *
 * @example
 * ```ts
 * decodeWith(ErrorObject, { title: 'Record invalid', source: { pointer: '/data/attributes/status' } });
 * ```
 */
export const ErrorObject = t.partial({
  title: t.string,
  details: t.string,
  detail: t.string,
  source: t.partial({ pointer: t.string }),
});

/** The decoded form of {@link ErrorObject}. */
export type ErrorObject = t.TypeOf<typeof ErrorObject>;

/**
 * A Persona error body: `{"errors": [{"title", "details", "source"}]}`. The elements are
 * decoded one by one with {@link ErrorObject}, so one odd element does not hide the rest.
 */
export const ErrorBody = t.type({ errors: boundedArray(t.unknown) });

/** The decoded form of {@link ErrorBody}. */
export type ErrorBody = t.TypeOf<typeof ErrorBody>;

/**
 * A JSON:API resource as Persona returns and sends it: an inquiry (`type: "inquiry"`) or a
 * verification (`type: "verification/government-id"`, …), its status in `attributes`.
 * Only the keys the readers use are decoded; personal attributes are never read.
 */
export const Resource = t.type({
  type: t.string,
  attributes: t.partial({ status: t.string, checks: boundedArray(t.unknown) }),
});

/** The decoded form of {@link Resource}. */
export type Resource = t.TypeOf<typeof Resource>;

/**
 * One verification check (OAS verification-shared-attributes.checks): its `name`, `status`
 * (`passed`, `failed`, `not_applicable`) and `requirement` (`required`, `not_required`, …).
 */
export const Check = t.intersection([
  t.type({ name: t.string, status: t.string }),
  t.partial({ requirement: t.union([t.string, t.null]) }),
]);

/** The decoded form of {@link Check}. */
export type Check = t.TypeOf<typeof Check>;

/**
 * A webhook body (OAS `webhooks`): an event whose `attributes.name` is the event name
 * (`inquiry.approved`) and whose `attributes.payload.data` is the resource it is about.
 */
export const WebhookEvent = t.type({
  type: t.literal('event'),
  attributes: t.intersection([
    t.type({ name: t.string }),
    t.partial({ payload: t.partial({ data: t.unknown }) }),
  ]),
});

/** The decoded form of {@link WebhookEvent}. */
export type WebhookEvent = t.TypeOf<typeof WebhookEvent>;
