// The values iDenfy documents for the three lists the outcome reader carries as tags
// (`status.fraudTags`, `status.mismatchTags`, `status.suspicionReasons`), transcribed. Each
// value appears once, though iDenfy lists some (FACE_SUSPECTED, AML_FAILED, …) under more than
// one list; the sources are in the README, "Tags". iDenfy warns that new tags may appear at any
// time: one that is not here is dropped by core until it is added.

/** Every tag iDenfy's outcome reader may emit: the documented fraud, mismatch and suspicion values. */
export const IDENFY_TAGS = [
  // fraudTags (Suspicions page, "Suspicion types")
  'FACE_IN_BLACKLIST',
  'DOC_FACE_IN_BLACKLIST',
  'DATA_BLACKLISTED',
  'DATA_IN_BLACKLIST',
  'DUPLICATE_FACE',
  'DUPLICATE_DOC_FACE',
  'DUPLICATE_PERSONAL_DATA',
  'VIRTUAL_CAMERA',
  'ADDRESS_UNVERIFIED',
  'PORTRAIT_SUBSTITUTION',
  'FACE_SUSPECTED',
  'FACE_BLACKLISTED',
  'DOC_FACE_BLACKLISTED',
  'DOC_MOBILE_PHOTO',
  'DEV_TOOLS_OPENED',
  'DOC_PRINT_SPOOFED',
  'FAKE_PHOTO',
  'AML_SUSPECTION',
  'AML_FAILED',
  'LID_SUSPECTION',
  'LID_FAILED',
  'CRIMINAL_SUSPECTED',
  'CRIMINAL_CHECK_FAILED',
  'RC_FAILED',
  // suspicionReasons (result webhook, "Identification status table"), beyond the above
  'AUTO_UNVERIFIABLE',
  // mismatchTags (result webhook, "Identification status table")
  'UNDER_AGE',
  'UNKNOWN_AGE',
  'NAME',
  'SURNAME',
  'DOCUMENT_NUMBER',
  'PERSONAL_CODE',
  'EXPIRY_DATE',
  'DATE_OF_BIRTH',
  'DATE_OF_ISSUE',
  'FULL_NAME',
  // mismatchTags (dashboard guide, "Resolving False Positives and Mismatch Tags")
  'OVER_AGE',
] as const satisfies readonly string[];

/** A tag iDenfy documents for a verification's fraud, mismatch or suspicion lists. */
export type IdenfyTag = (typeof IDENFY_TAGS)[number];
