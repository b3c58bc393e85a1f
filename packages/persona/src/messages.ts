import type { MessageRule } from '@kyc-errors/core/provider-kit';
import type { PersonaErrorKey } from './codes.js';

/**
 * A {@link MessageRule} naming a Persona catalog code.
 *
 * @deprecated Use `MessageRule<PersonaErrorKey>`: `defineProvider` now types every message rule from
 * the catalog, so a rule naming an unknown code fails to compile wherever it is written.
 */
export type PersonaMessageRule = MessageRule<PersonaErrorKey>;

/**
 * Persona's documented error texts, most specific first. The reader hands core one text per
 * failure, `"<title>: <details>"` (or the title alone when there are no details), so every
 * pattern allows the title in front of the details and is scoped to the HTTP status the
 * text is documented under: Persona decides by status, and a title such as "Conflict" means
 * nothing under another one. Every pattern is anchored at `^`, case-insensitive and linear
 * (each open repeat bounded); every `literals` entry appears in any text its pattern matches.
 *
 * @example
 * ```ts
 * PERSONA_MESSAGES.find((r) => r.pattern.test('Stale object error'))?.code; // 'STALE_OBJECT'
 * ```
 */
export const PERSONA_MESSAGES: readonly MessageRule<PersonaErrorKey>[] = [
  // 429 and 403: a quota before the rate limit, whichever status it comes with (ERR-v1 puts
  // quotas under 403, the OAS under 429).
  {
    pattern: /^(?=[\s\S]{0,300}?\bquota\b)/i,
    literals: ['quota'],
    code: 'QUOTA_EXCEEDED',
    statuses: [403, 429],
  },
  {
    pattern: /^(?:rate limit exceeded\b|you have hit your rate limit\b)/i,
    literals: ['rate limit'],
    code: 'RATE_LIMIT_EXCEEDED',
    statuses: [429],
  },

  // 401
  {
    pattern: /^token is invalid\b/i,
    literals: ['token is invalid'],
    code: 'TOKEN_INVALID',
    statuses: [401],
  },
  {
    pattern: /^must be authenticated to access this endpoint\b/i,
    literals: ['must be authenticated'],
    code: 'NOT_AUTHENTICATED',
    statuses: [401],
  },

  // 403: the details tell the refusals apart; the bare title last.
  {
    pattern: /^(?:forbidden: )?ip address is not permitted access\b/i,
    literals: ['ip address is not permitted'],
    code: 'IP_NOT_ALLOWED',
    statuses: [403],
  },
  {
    pattern: /^(?:forbidden: )?resource cannot be created in an inactive environment\b/i,
    literals: ['inactive environment'],
    code: 'ENVIRONMENT_INACTIVE',
    statuses: [403],
  },
  {
    // The documented example names verification creation; other products read the same way.
    pattern: /^(?:forbidden: )?[\w -]{1,60} api is not enabled\b/i,
    literals: ['api is not enabled'],
    code: 'PRODUCT_API_NOT_ENABLED',
    statuses: [403],
  },
  { pattern: /^forbidden\b/i, literals: ['forbidden'], code: 'FORBIDDEN', statuses: [403] },

  // 404
  {
    pattern: /^(?:record not found: )?data\.attributes\.(?<field>[\w-]{1,63}) is not found\b/i,
    literals: ['data.attributes.', 'is not found'],
    code: 'RELATED_RECORD_NOT_FOUND',
    statuses: [404],
  },
  {
    pattern: /^record not found\b/i,
    literals: ['record not found'],
    code: 'RECORD_NOT_FOUND',
    statuses: [404],
  },

  // 408: the idle-client text before the title, which both texts share.
  {
    pattern: /^(?:request timeout: )?client did not produce a request\b/i,
    literals: ['client did not produce a request'],
    code: 'REQUEST_TIMEOUT_CLIENT_IDLE',
    statuses: [408],
  },
  {
    pattern: /^(?:request timeout\b|the server timed out waiting for the request\b)/i,
    literals: ['time'],
    code: 'REQUEST_TIMEOUT',
    statuses: [408],
  },

  // 409: the details before the titles "Conflict" and "Record not unique".
  {
    pattern: /^stale object error\b/i,
    literals: ['stale object'],
    code: 'STALE_OBJECT',
    statuses: [409],
  },
  {
    pattern: /^(?:[\w ]{1,30}: )?attempted to update a record that was just modified\b/i,
    literals: ['attempted to update a record'],
    code: 'STALE_OBJECT',
    statuses: [409],
  },
  {
    pattern:
      /^(?:[\w ]{1,30}: )?data\.attributes\.(?<field>[\w-]{1,63}) does not require verification\b/i,
    literals: ['data.attributes.', 'does not require'],
    code: 'VERIFICATION_NOT_REQUIRED_BY_INQUIRY',
    statuses: [409],
  },
  {
    pattern: /^(?:[\w ]{1,30}: )?resource already exists\b/i,
    literals: ['resource already exists'],
    code: 'RESOURCE_ALREADY_EXISTS',
    statuses: [409],
  },
  {
    pattern: /^(?:[\w ]{1,30}: )?name already exists as an active item in list\b/i,
    literals: ['name already exists'],
    code: 'LIST_ITEM_NAME_EXISTS',
    statuses: [409],
  },
  {
    pattern: /^(?:[\w ]{1,30}: )?inquiry already redacted\b/i,
    literals: ['inquiry already redacted'],
    code: 'INQUIRY_ALREADY_REDACTED',
    statuses: [409],
  },
  {
    pattern: /^(?:[\w ]{1,30}: )?account already redacted\b/i,
    literals: ['account already redacted'],
    code: 'ACCOUNT_ALREADY_REDACTED',
    statuses: [409],
  },
  {
    pattern: /^record not unique\b/i,
    literals: ['record not unique'],
    code: 'RECORD_NOT_UNIQUE',
    statuses: [409],
  },
  { pattern: /^conflict\b/i, literals: ['conflict'], code: 'CONFLICT', statuses: [409] },

  // 422: the details before the titles "Record invalid" and "Unprocessable entity".
  {
    // "2 bytes" in the documented example is a placeholder: any size.
    pattern: /^(?:[\w ]{1,30}: )?file must be under\b/i,
    literals: ['file must be under'],
    code: 'FILE_TOO_LARGE',
    statuses: [422],
  },
  {
    pattern: /^(?:[\w ]{1,30}: )?selected country code invalid\b/i,
    literals: ['selected country code invalid'],
    code: 'INVALID_SELECTED_COUNTRY_CODE',
    statuses: [422],
  },
  {
    pattern: /^(?:[\w ]{1,30}: )?invalid confirmation code\b/i,
    literals: ['invalid confirmation code'],
    code: 'INVALID_CONFIRMATION_CODE',
    statuses: [422],
  },
  {
    pattern: /^record invalid\b/i,
    literals: ['record invalid'],
    code: 'RECORD_INVALID',
    statuses: [422],
  },
  {
    pattern: /^unprocessable entity\b/i,
    literals: ['unprocessable entity'],
    code: 'UNPROCESSABLE_ENTITY',
    statuses: [422],
  },

  // 400
  {
    pattern:
      /^(?:parameter missing: )?param is missing or the value is empty: (?<field>[\w.-]{1,64})/i,
    literals: ['param is missing'],
    code: 'PARAMETER_MISSING',
    statuses: [400],
  },
  {
    // "data.attributes.type must be a string", "data.attributes.name is missing".
    pattern: /^(?:bad request: )?data\.attributes\.(?<field>[\w-]{1,63}) (?:must|is)\b/i,
    literals: ['data.attributes.'],
    code: 'BAD_REQUEST',
    statuses: [400],
  },
  {
    pattern: /^bad request\b/i,
    literals: ['bad request'],
    code: 'BAD_REQUEST',
    statuses: [400],
  },

  // 503
  {
    pattern: /^service unavailable\b/i,
    literals: ['service unavailable'],
    code: 'SERVICE_UNAVAILABLE',
    statuses: [503],
  },
];
