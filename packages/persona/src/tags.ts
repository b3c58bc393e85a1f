import { PERSONA_CATALOG, type PersonaCheck } from './codes.js';

/** A tag Persona's outcome reader may emit: a catalogued check name, upper-cased. */
export type PersonaTag = Uppercase<PersonaCheck extends `check:${infer Name}` ? Name : never>;

const CHECK_PREFIX = 'check:';

/**
 * Every tag Persona's outcome reader may emit: the name of each verification check in the
 * catalog, upper-cased as the reader writes a failed one (`ID_GLARE_DETECTION`).
 */
export const PERSONA_TAGS: readonly PersonaTag[] = Object.freeze(
  PERSONA_CATALOG.map((e) => e.code)
    .filter((code): code is PersonaCheck => code.startsWith(CHECK_PREFIX))
    .map((code) => code.slice(CHECK_PREFIX.length).toUpperCase() as PersonaTag),
);
