/**
 * The top-level breakdowns of Onfido's reports (OAS onfido/onfido-openapi-spec @
 * 1498236ae3ae26cfc73c0fcb38d213c90e5daec1, `schemas/reports/*_breakdown.yaml`, the keys of
 * each breakdown's `properties`), in the order the files list them, each once. A report
 * whose breakdown says `consider` carries it as a tag, upper-cased.
 */
export const ONFIDO_BREAKDOWNS = [
  // document_breakdown.yaml
  'data_comparison',
  'data_validation',
  'image_integrity',
  'visual_authenticity',
  'data_consistency',
  'police_record',
  'compromised_document',
  'age_validation',
  'issuing_authority',
  // facial_similarity_{photo,photo_fully_auto,video,motion}_breakdown.yaml (image_integrity
  // and visual_authenticity above)
  'face_comparison',
  // known_faces_breakdown.yaml
  'previously_seen_faces',
  // proof_of_address_breakdown.yaml
  'document_classification',
  // watchlist_{standard,aml,enhanced}_breakdown.yaml
  'sanction',
  'politically_exposed_person',
  'legal_and_regulatory_warnings',
  'adverse_media',
  'monitored_lists',
  // identity_enhanced_breakdown.yaml
  'sources',
  'address',
  'date_of_birth',
  'mortality',
  'ssn',
  'ssn1',
  // us_driving_licence_breakdown.yaml (address above)
  'document',
  'personal',
  // device_intelligence_breakdown.yaml
  'device',
] as const;

/** A breakdown name, as a tag. */
export type OnfidoTag = Uppercase<(typeof ONFIDO_BREAKDOWNS)[number]>;

/**
 * Every tag Onfido's outcome reader may emit: the name of each documented report breakdown,
 * upper-cased as the reader writes one that says `consider` (`VISUAL_AUTHENTICITY`). Names,
 * never values: what a breakdown found stays in Onfido.
 */
export const ONFIDO_TAGS: readonly OnfidoTag[] = Object.freeze(
  ONFIDO_BREAKDOWNS.map((name) => name.toUpperCase() as OnfidoTag),
);
