/**
 * Persona's meaning of each documented HTTP status (ERR-v1 "Errors" table), for a body whose
 * text no rule recognises, or no body at all (a gateway's HTML page).
 */
export const PERSONA_STATUSES = {
  400: 'BAD_REQUEST',
  401: 'NOT_AUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'RECORD_NOT_FOUND',
  408: 'REQUEST_TIMEOUT',
  409: 'CONFLICT',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'RATE_LIMIT_EXCEEDED',
  500: 'SERVER_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
  504: 'GATEWAY_TIMEOUT',
} as const;

/**
 * Keys whose values are personal data in Persona bodies (inquiry, verification and session
 * attributes of the OAS examples). Core compares keys without case or separators, so
 * `name-first`, `name_first` and `nameFirst` (all three `Key-Inflection`s) are one key; its
 * own tables already catch `address-*`, `*-number`, `*-url(s)`, `*photo*`, `*selfie*`,
 * `birth*`, `email*` and `phone*`. Those are listed too where the brief names them, so the
 * list reads as Persona's.
 */
export const PERSONA_SENSITIVE_KEYS = [
  // Names and identity attributes.
  'name-first',
  'name-middle',
  'name-last',
  'birthdate',
  'birthplace',
  'nationality',
  'sex',
  'height',
  'identification-number',
  'document-number',
  'social-security-number',
  'email-address',
  'phone-number',
  // Address attributes (core's "addr" part covers every address-* key).
  'address-street-1',
  'address-street-2',
  'address-city',
  'address-subdivision',
  'address-postal-code',
  // Images and their links (the URLs carry an access token).
  'selfie-photo',
  'selfie-photo-url',
  'front-photo-url',
  'back-photo-url',
  'photo-urls',
  'video-url',
  // The customer's own user id, and free text a person may have typed.
  'reference-id',
  'note',
  'reviewer-comment',
  'creator',
  // The inquiry's `fields` object repeats every attribute above under `value`.
  'fields',
  // Inquiry-session attributes: where and on what the user was.
  'ip-address',
  'user-agent',
  'device-fingerprint',
  'browser-fingerprint',
  'latitude',
  'longitude',
  'gps-latitude',
  'gps-longitude',
] as const;

/**
 * The grammar of what `persona.outcome` reports as a code: a namespaced status
 * (`inquiry:needs_review`), an event name (`inquiry.marked-for-review`) or a check
 * (`check:id_glare_detection`). A status or event name from a body that does not fit is
 * dropped (`code: null`): whatever sits in a status field may be personal data.
 */
export const PERSONA_CODE = /^[a-z][a-z0-9_.:/-]{0,63}$/;

/**
 * Persona's reference for a request: the `Request-Id` header, "the unique identifier of the
 * API log entry that recorded this request", starting with `req_`, to include "when reaching
 * out to Persona support"; present on every authenticated answer, errors included
 * (https://docs.withpersona.com/api-reference/rate-limits/list-all-rate-limits, "Response
 * headers"; example `req_prM3gdSL6ciwGjSjj4aXgKJT` in the OAS api-log examples). Letters and
 * digits after the prefix, as every example has them: anything else is not kept.
 */
export const PERSONA_REQUEST_ID = { header: 'request-id', pattern: /^req_[A-Za-z0-9]{1,64}$/ };
