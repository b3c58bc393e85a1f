import { defineProvider } from '@kyc-errors/core/provider-kit';
import { SMILE_ID_CATALOG } from './codes.js';
import { SMILE_ID_EVENTS } from './events.js';
import { readSmileId, readSmileIdOutcome } from './read.js';
import {
  SMILE_ID_CODE,
  SMILE_ID_MESSAGES,
  SMILE_ID_SENSITIVE_KEYS,
  SMILE_ID_STATUSES,
  smileIdFamily,
} from './rules.js';
import { SMILE_ID_TAGS } from './tags.js';

/**
 * The Smile ID provider: its catalog, the readers of its v1, v3, gateway, job_status and
 * callback bodies, and the 22xx/23xx/24xx family rule.
 *
 * @example
 * ```ts
 * import { smileId } from '@kyc-errors/smile-id';
 *
 * const error = normalize(smileId, {
 *   status: 400,
 *   body: '{"code":"2215","error":"Job already exists for job_id"}',
 * });
 * error.retry.action; // 'check-status'
 * ```
 */
export const smileId = defineProvider({
  id: 'smile-id',
  name: 'Smile ID',
  docsUrl: 'https://docs.usesmileid.com',
  catalog: SMILE_ID_CATALOG,
  read: readSmileId,
  readOutcome: readSmileIdOutcome,
  events: SMILE_ID_EVENTS,
  family: smileIdFamily,
  codePattern: SMILE_ID_CODE,
  messages: SMILE_ID_MESSAGES,
  statuses: SMILE_ID_STATUSES,
  sensitiveKeys: SMILE_ID_SENSITIVE_KEYS,
  tags: SMILE_ID_TAGS,
});
