// The taxonomy page: categories, retry actions, delivery and verdicts, from core's tables.
import {
  CATEGORIES,
  CATEGORY_DEFAULTS,
  CATEGORY_INFO,
  RETRY_ACTION_INFO,
  RETRY_ACTIONS,
  VERDICT_DEFAULTS,
  VERDICT_INFO,
  VERDICTS,
} from '@kyc-errors/core';
import { cell, frontMatter, page } from './docs-common.mjs';

export function taxonomyPage() {
  return page([
    ...frontMatter('Taxonomy', 'the tables in packages/core/src'),
    '',
    '# Taxonomy',
    '',
    'Every failure is sorted into one category. The category decides who acts and the default retry advice; a catalog entry overrides only its exceptions (an expired token is `auth` but retryable after a refresh).',
    'The [cross-vendor index](cross-vendor-index.md) lists, for each category and reason, the codes of every vendor that land there.',
    '',
    '| Category | What it means | Who acts | Retryable | Action | Delivery |',
    '| --- | --- | --- | --- | --- | --- |',
    ...CATEGORIES.map((c) => {
      const d = CATEGORY_DEFAULTS[c];
      return `| \`${c}\` | ${cell(CATEGORY_INFO[c].meaning)} | ${CATEGORY_INFO[c].actor} | ${d.retry.retryable ? 'yes' : 'no'} | \`${d.retry.action}\` | \`${d.delivery}\` |`;
    }),
    '',
    '## Retry actions',
    '',
    '`retry.action` says what must happen before another attempt.',
    '',
    '| Action | What it asks |',
    '| --- | --- |',
    ...RETRY_ACTIONS.map((a) => `| \`${a}\` | ${cell(RETRY_ACTION_INFO[a])} |`),
    '',
    '## Delivery',
    '',
    '`delivery` says whether the vendor may have acted on the request, which decides whether a non-idempotent call (a job submission) may be sent again.',
    '',
    '| Delivery | Meaning |',
    '| --- | --- |',
    '| `not-sent` | The request never reached the vendor (DNS failure, connection refused): safe to resend anything. |',
    '| `uncertain` | It may have been processed (timeout, reset, 5xx, a vendor system error): check its status before resending a non-idempotent call. |',
    '| `rejected` | The vendor answered and did not act on it (validation, auth, throttling). |',
    '',
    '## Verdicts',
    '',
    'Verification outcomes are kept apart from request errors; read them with `provider.outcome(body)`. A rejected verdict normalizes to a `verification` error.',
    '',
    '| Verdict | Meaning | Default action |',
    '| --- | --- | --- |',
    ...VERDICTS.map(
      (v) => `| \`${v}\` | ${cell(VERDICT_INFO[v])} | \`${VERDICT_DEFAULTS[v].action}\` |`,
    ),
    '',
    ...ESIGNATURE_OUTCOMES,
  ]);
}

// E-signature vendors read the fate of a signature request into the same verdicts: "signed",
// "refused" and "will never be signed" are what a caller acts on, as "approved" and
// "rejected" are for a KYC check. One row per outcome; a vendor adds its codes to a row.
const ESIGNATURE_OUTCOMES = [
  '## E-signature outcomes',
  '',
  "E-signature vendors report the fate of a signature request (an envelope), not a check of a person; it reads into the same verdicts, so one handler serves both. The request's outcome, not each signer's step, is the verdict: one signer signing is an event (`webhook()` answers a `KycEvent` with `verdictFollows: true`), never an approval.",
  '',
  '| Outcome | Verdict | Final | Why | Codes |',
  '| --- | --- | --- | --- | --- |',
  '| Every signer signed | `approved` | yes | The agreement is executed. | Dropbox Sign: `signature_request_all_signed`, `is_complete`; DocuSign: `envelope:completed`, `envelope-completed` |',
  '| Every signer signed; the vendor is still completing it | `provisional` | no | Signed, but not yet the final record: wait for the completion. | DocuSign: `envelope:signed` |',
  '| A signer declined | `rejected` | yes | A party refused; the request will not complete. | Dropbox Sign: `signature_request_declined`, `is_declined`; DocuSign: `envelope:declined`, `envelope-declined` |',
  '| The sender canceled (voided) it | `rejected` | yes | Nobody can sign it any more and nothing further happens on it; only a new request goes on. `pending` would wait for ever, and no signer approved. | Dropbox Sign: `signature_request_canceled` (after it, the request answers 410 `deleted`); DocuSign: `envelope:voided`, `envelope-voided` (`ENVELOPE_VOIDED`) |',
  '| It expired unsigned | `rejected` | yes | As a cancel: it can no longer be signed; send a new request if the signatures are still needed. | Dropbox Sign: `signature_request_expired`, a signature with `status_code` `expired`; DocuSign: `voided` with the void reason "Envelope has expired." (`ENVELOPE_EXPIRED`), DocuSign having no status of its own for it |',
  '| An error on the request | `rejected` | no | Whether it can still complete depends on the error: a person looks (`investigate`). | Dropbox Sign: `has_error` |',
  '| Still out for signature | `pending` | no | Wait for the callback; do not send it again. | Dropbox Sign: a request with none of the flags set; DocuSign: `envelope:sent`, `envelope:delivered`, `envelope-sent`, `envelope-delivered` (a draft, `envelope:created`, waits for its sender: `change-state`) |',
  '',
  "A rejection handed to `normalize` is a `verification` failure, as for a KYC vendor. Failures of the request itself that arrive by callback (Dropbox Sign's `signature_request_invalid`, `file_error`) are request errors, not verdicts.",
];
