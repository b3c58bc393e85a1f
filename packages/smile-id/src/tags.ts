import { SMILE_ID_V3_REASON_STATUS } from './codes.js';

// Smile ID documents no per-product table of `Actions`; its official SDKs model them as one
// object whose every key carries one value of one enum. Transcribed from both (README, "Tags"):
// smileidentity/android, lib/src/main/java/com/smileidentity/models/JobStatus.kt (`Actions`,
// `ActionResult`) and smileidentity/ios, Sources/Classes/Networking/Models/JobStatus.swift.

/** The `Actions` keys of a Smile ID v1 result, as its official SDKs name them. */
export const SMILE_ID_ACTION_KEYS = [
  'Document_Check',
  'Human_Review_Compare',
  'Human_Review_Document_Check',
  'Human_Review_Liveness_Check',
  'Human_Review_Selfie_Check',
  'Human_Review_Update_Selfie',
  'Liveness_Check',
  'Register_Selfie',
  'Return_Personal_Info',
  'Selfie_Check',
  'Selfie_Provided',
  'Selfie_To_ID_Authority_Compare',
  'Selfie_To_ID_Card_Compare',
  'Selfie_To_Registered_Selfie_Compare',
  'Update_Registered_Selfie_On_File',
  'Verify_Document',
  'Verify_ID_Number',
] as const satisfies readonly string[];

/** The values any `Actions` key can carry, as Smile ID's official SDKs list them. */
export const SMILE_ID_ACTION_VALUES = [
  'Passed',
  'Completed',
  'Approved',
  'Verified',
  'Provisionally Approved',
  'Returned',
  'Not Returned',
  'Failed',
  'Rejected',
  'Under Review',
  'Unable To Determine',
  'Not Applicable',
  'Not Verified',
  'Not Done',
  'Issuer Unavailable',
  'ID Authority Photo Not Available',
  'Sent to Human Review',
] as const satisfies readonly string[];

// The reader's normal form for an `Actions` entry (read.ts, actionTags): key and value joined
// by `_`, upper-cased, every run of other characters folded to one `_`.
const NOT_TAG_CHARS = /[^A-Z0-9]+/g;
const actionTag = (key: string, value: string): string =>
  `${key}_${value}`.toUpperCase().replace(NOT_TAG_CHARS, '_');

// Core keeps tags of at most 64 characters; a longer product could never reach an outcome.
const MAX_TAG_LENGTH = 64;

/**
 * Every tag Smile ID's outcome reader may emit: each documented `Actions` key with each
 * documented value (`LIVENESS_CHECK_FAILED`), and `REASON_` with each documented v3 reason.
 */
export const SMILE_ID_TAGS: readonly string[] = Object.freeze([
  ...SMILE_ID_ACTION_KEYS.flatMap((key) =>
    SMILE_ID_ACTION_VALUES.map((value) => actionTag(key, value)),
  ).filter((tag) => tag.length <= MAX_TAG_LENGTH),
  ...[...SMILE_ID_V3_REASON_STATUS.keys()].map((reason) => `REASON_${reason.toUpperCase()}`),
]);
