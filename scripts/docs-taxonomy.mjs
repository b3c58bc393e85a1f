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
  ]);
}
