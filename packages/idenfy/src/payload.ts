import { boundedArray } from '@kyc-errors/core/provider-kit';
import * as t from 'io-ts';

/**
 * A message as iDenfy (or a framework in front of it) may send it: one string, or a list
 * of strings of which the first is the one to read.
 */
export const MessageText = t.union([t.string, boundedArray(t.string)]);

/**
 * An iDenfy error body. The documented shape is `{identifier, message}`; the token
 * endpoint's authentication errors carry a message but no identifier. `detail` and `error`
 * are the keys web frameworks and gateways use for the same text, read when `message` is
 * absent.
 *
 * @example
 * ```ts
 * decodeWith(ErrorBody, { identifier: 'BAD_VALUE', message: "Field 'country' must be ..." });
 * ```
 */
export const ErrorBody = t.partial({
  identifier: t.string,
  message: MessageText,
  detail: MessageText,
  error: MessageText,
});

/** The decoded form of {@link ErrorBody}. */
export type ErrorBody = t.TypeOf<typeof ErrorBody>;

/** A tag list (`fraudTags`, `mismatchTags`, `suspicionReasons`); elements are checked later. */
const TagList = t.union([boundedArray(t.unknown), t.null]);

/** A document or face check result (`DOC_VALIDATED`, `FACE_MATCH`, ...), null when not run. */
const CheckResult = t.union([t.string, t.null]);

/**
 * The verification status fields iDenfy sends, apart from the overall status itself: in the
 * webhook they sit in the `status` object, in a `POST /api/v2/status` answer at the top.
 * Source: https://documentation.idenfy.com/kyc/data-retrieval and .../kyc/webhooks.
 */
const StatusDetails = t.partial({
  fraudTags: TagList,
  mismatchTags: TagList,
  suspicionReasons: TagList,
  autoDocument: CheckResult,
  autoFace: CheckResult,
  manualDocument: CheckResult,
  manualFace: CheckResult,
});

/**
 * The `status` object of a verification webhook:
 * `{overall, fraudTags, mismatchTags, suspicionReasons, autoDocument, autoFace, ...}`.
 */
export const WebhookStatus = t.intersection([t.type({ overall: t.string }), StatusDetails]);

/** The decoded form of {@link WebhookStatus}. */
export type WebhookStatus = t.TypeOf<typeof WebhookStatus>;

/**
 * A `POST /api/v2/status` answer: the overall status as a string in `status`, the check
 * results and tags beside it.
 */
export const StatusResponse = t.intersection([
  t.type({ status: t.string }),
  t.partial({ final: t.boolean }),
  StatusDetails,
]);

/** The decoded form of {@link StatusResponse}. */
export type StatusResponse = t.TypeOf<typeof StatusResponse>;
