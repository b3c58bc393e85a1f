import { REDACTED } from '@kyc-errors/core/provider-kit';

/**
 * Parameter names of iDenfy's token request (and the business rules about them). A quoted
 * word that is one of these names a field, never a person, so it is kept in the message.
 * Source: https://documentation.idenfy.com/KYC/GeneratingIdentificationToken.
 */
export const PARAMETER_NAMES: ReadonlySet<string> = new Set([
  'clientId',
  'personScanRef',
  'firstName',
  'lastName',
  'successUrl',
  'errorUrl',
  'unverifiedUrl',
  'callbackUrl',
  'locale',
  'showInstructions',
  'expiryTime',
  'sessionLength',
  'country',
  'documents',
  'dateOfBirth',
  'dateOfExpiry',
  'dateOfIssue',
  'nationality',
  'personalNumber',
  'documentNumber',
  'sex',
  'address',
  'tokenType',
  'externalRef',
  'generateDigitString',
  'utilityBill',
  'additionalSteps',
  'additionalData',
  'questionnaire',
  'riskAssessmentProfile',
]);

/** Type names a parser reports ("Expected a dictionary, but got list."): not user data. */
export const TYPE_NAMES: ReadonlySet<string> = new Set([
  'str',
  'string',
  'list',
  'array',
  'dict',
  'dictionary',
  'object',
  'int',
  'integer',
  'float',
  'number',
  'bool',
  'boolean',
  'tuple',
  'none',
  'nonetype',
  'null',
]);

const MAX_TEXT = 1000;
const MAX_QUOTED = 200;

// Cheap gate: most messages have neither quotes nor an echo keyword and skip the rest.
const MAY_ECHO = /['"`]|\b(?:got|received|given|provided)\b/i;
const ECHO_WORD = /\b(?:got|received|given|provided)\b/i;

// An unquoted value after an echo keyword: "must be at most 100 characters, got ACME-42".
const ECHOED = /\b(got|received|given|provided)(\s?[:=]\s?|\s)(?!['"`])([^\s,;]{1,200})/gi;

const IDENTIFIER = /^[A-Za-z][\w.[\]-]{0,63}$/;
const AFTER_FIELD = /\bfields? ?$/i;

function isQuote(c: number): boolean {
  return c === 0x27 || c === 0x22 || c === 0x60; // ' " `
}

// A quote opens a span only after the start, a space or punctuation that can precede one,
// so the apostrophe in "can't" or "O'Brien" never opens a span.
function opensAfter(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x28 ||
    c === 0x5b ||
    c === 0x7b ||
    c === 0x3a ||
    c === 0x3d ||
    c === 0x2c
  ); // space \t \n \r ( [ { : = ,
}

// ...and closes one only before the end, a space or closing punctuation.
function closesBefore(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0x2e ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x21 ||
    c === 0x3f
  ); // space \t \n \r ) ] } . , ; : ! ?
}

function keeps(text: string, open: number, inner: string): boolean {
  if (PARAMETER_NAMES.has(inner)) return true;
  return IDENTIFIER.test(inner) && AFTER_FIELD.test(text.slice(Math.max(0, open - 7), open));
}

/** Replaces the inside of every quoted span that is not a field name; one linear pass. */
function scrubQuoted(text: string): string {
  let out: string | undefined;
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const q = text.charCodeAt(i);
    if (!isQuote(q) || (i > 0 && !opensAfter(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let close = -1;
    const limit = Math.min(text.length, i + MAX_QUOTED + 2);
    for (let j = i + 1; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x0a) break;
      if (c === q && (j + 1 === text.length || closesBefore(text.charCodeAt(j + 1)))) {
        close = j;
        break;
      }
    }
    if (close === -1) {
      i++;
      continue;
    }
    if (!keeps(text, i, text.slice(i + 1, close))) {
      out = `${out ?? ''}${text.slice(copied, i + 1)}${REDACTED}`;
      copied = close;
    }
    i = close + 1;
  }
  return out === undefined ? text : out + text.slice(copied);
}

/**
 * Removes request values iDenfy may echo in a validation message (a clientId, a name, a
 * date) before the text goes anywhere: every quoted span becomes `[redacted]` unless it is
 * a parameter name (a documented one, or any identifier right after the word "field"), and
 * so does an unquoted value after "got", "received", "given" or "provided" unless it is a
 * type name. Core then scrubs e-mails, digit runs and long tokens on top. An echo without
 * quotes or such a keyword cannot be told from prose and is left to core's scrubbing.
 */
export function scrubEchoes(raw: string): string {
  const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
  if (!MAY_ECHO.test(text)) return text;
  const unquoted = scrubQuoted(text);
  if (!ECHO_WORD.test(unquoted)) return unquoted;
  return unquoted.replace(ECHOED, (whole, keyword: string, gap: string, value: string) => {
    const bare = value.endsWith('.') ? value.slice(0, -1) : value;
    if (TYPE_NAMES.has(bare.toLowerCase())) return whole;
    return `${keyword}${gap}${REDACTED}${bare === value ? '' : '.'}`;
  });
}
