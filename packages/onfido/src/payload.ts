import * as t from 'io-ts';

/**
 * The `error` object of an Onfido error body (OAS `responses/default_error.yaml`): a `type`
 * (the code), a `message` and `fields`, an object keyed by request field (`{"first_name":
 * ["can't be blank"]}`), though older answers send a sentence there instead. Only `fields`'
 * keys are ever read, never its values.
 *
 * @example
 * ```ts
 * decodeFields(ErrorObject, { type: 'validation_error', message: 'There was a validation error on this request' });
 * ```
 */
export const ErrorObject = t.partial({
  type: t.string,
  message: t.string,
  fields: t.unknown,
});

/** The decoded form of {@link ErrorObject}. */
export type ErrorObject = t.TypeOf<typeof ErrorObject>;

/**
 * A check, a report or a workflow run as the API returns it: the keys that say which it is
 * and how it stands (OAS check_response, report_shared, workflow_run_response). `name` is a
 * report's name, `workflow_id` a workflow run's; personal attributes are never decoded.
 */
export const Resource = t.partial({
  status: t.string,
  result: t.union([t.string, t.null]),
  sub_result: t.union([t.string, t.null]),
  name: t.string,
  workflow_id: t.string,
});

/** The decoded form of {@link Resource}. */
export type Resource = t.TypeOf<typeof Resource>;

/** One breakdown of a report (`breakdown.<name>`): only its `result` is read. */
export const Breakdown = t.type({ result: t.string });

/** The decoded form of {@link Breakdown}. */
export type Breakdown = t.TypeOf<typeof Breakdown>;

/**
 * A webhook body's `payload` (OAS `schemas/webhooks/webhook_event.yaml`): the event name in
 * `action`, the `resource_type`, and the `object` (and for Studio events the `resource`)
 * whose `status` is read. Nothing else of the object is decoded.
 */
export const WebhookPayload = t.intersection([
  t.type({ action: t.string }),
  t.partial({
    resource_type: t.string,
    object: t.partial({ status: t.string }),
    resource: t.partial({ status: t.string }),
  }),
]);

/** The decoded form of {@link WebhookPayload}. */
export type WebhookPayload = t.TypeOf<typeof WebhookPayload>;
