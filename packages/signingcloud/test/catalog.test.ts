import { type CatalogEntry, fromResponse, normalize } from '@kyc-errors/core';
import { SIGNINGCLOUD_CATALOG, signingCloud } from '@kyc-errors/signingcloud';
import { describe, expect, it } from 'vitest';
import { errorFieldsOf } from '../../../test/support/catalog-checks.js';
import { failureCategory } from '../../core/src/catalog.js';
import { DATA, envelope, MAC } from './fixtures/responses.js';

// SigningCloud's return-code table, transcribed code by code with the vendor's own text
// ("Status Codes and Error Responses"). Kept here, apart from the catalog, so that a code
// dropped from or mistyped in the catalog fails a test.
const DOCUMENTED: readonly (readonly [code: string, text: string])[] = [
  ['0', 'Success'],
  ['1', 'Parameter error, indicating that the number and type of parameters are incorrect'],
  ['2', 'Data check failed (MAC mismatch)'],
  ['3', 'Data format error'],
  ['4', 'Processing failed'],
  ['5', 'Invalid access token'],
  ['6', 'Access token has expired'],
  ['7', 'Invalid request type'],
  ['8', 'Invalid APP version'],
  ['9', 'User does not exist'],
  ['10', 'Invalid real name'],
  ['11', 'Invalid email'],
  ['12', 'Registration authorization code format error'],
  ['13', 'Bad password format'],
  ['14', 'Failed to send registration authorization code email'],
  ['15', 'Invalid authorization code'],
  ['16', 'Already registered'],
  ['17', 'Registration failed'],
  ['18', 'User is not registered'],
  ['19', 'User registration is not activated'],
  ['20', 'User account is closed'],
  ['21', 'Login failed'],
  ['22', 'Wrong password'],
  ['23', 'Document information error or invalid'],
  ['24', 'Document page does not exist'],
  ['25', 'Document page’s image does not exist'],
  ['26', 'Signature picture does not exist'],
  ['27', 'The recipient does not exist'],
  ['28', 'No signature needed'],
  ['29', 'Signing failed'],
  ['30', 'User is locked'],
  ['31', 'Adding a face user failed'],
  ['35', 'SMS verification failed'],
  ['36', 'Document creation failed'],
  ['37', 'Failed to delete unsigned document'],
  ['38', 'Failed to delete unsigned document(s)'],
  ['39', 'Sending reminder email failed'],
  ['40', 'Failed to add document'],
  ['41', 'Document does not exist'],
  ['42', 'Document does not belong to this user'],
  ['43', 'Report does not exist'],
  ['44', 'Illegal operation'],
  ['45', 'Send mail failed'],
  ['46', 'Invalid API type'],
  ['47', 'Account does not exist'],
  ['48', 'Authorized'],
  ['49', 'Mailbox belongs to another account'],
  ['50', 'Non-admin account'],
  ['51', 'Unauthorized'],
  ['52', 'Default role does not exist'],
  ['53', 'Integration key does not exist'],
  ['54', 'Data decryption failed'],
  ['55', 'Signature picture does not exist'],
  ['56', 'System type error'],
  ['57', 'Version does not exist'],
  ['58', 'No push terminal, please log in to your APP'],
  ['59', 'Requires signature verification'],
  ['60', 'Failed to send SMS'],
  ['61', 'Push authentication refused'],
  ['62', 'Authentication response timed out'],
  ['63', 'New password cannot same with old password'],
  ['64', 'Phone token registration failed'],
  ['65', 'Phone number is empty, this operation cannot be performed'],
  [
    '66',
    'Your verification failed multiple times and has been locked. Please contact the document creator to resend your signing request',
  ],
  ['67', 'Signature failed, personal ID number cannot be blank'],
  ['68', 'Signature failed, corporate ID number cannot be empty'],
  ['69', 'Failed to add document template'],
  ['70', 'Add document template name already exists'],
  ['71', 'Document does not exist'],
  ['72', 'Data length does not match'],
  ['73', 'Document number already exists'],
  ['74', 'Insufficient account credit'],
  ['75', 'Signatories reached the limit'],
  ['76', 'HTML format is incorrect'],
  ['77', 'Number of templates reached limit'],
  ['78', 'This signatory has signed this document'],
  ['79', 'The signer has signed, and the send verification failed'],
  ['80', 'The template name is invalid.'],
  ['81', 'Illegal document number, only allow letters, numbers and @_,-'],
  ['82', 'Personal or business type error, matching numbers'],
  ['83', 'Bad document type, matching numbers'],
  ['84', 'Wrong name, matching characters, letters, numbers, “.-_ @”'],
  ['85', 'Bad ID number type'],
  ['86', 'Incorrect phone number type'],
  ['87', 'Invalid image data'],
  ['88', 'Template does not exist'],
  ['89', 'The system is busy'],
  ['90', 'This account does not support LTV'],
  ['91', 'Document validation failed'],
  ['92', 'File types do not match'],
  ['93', 'Upload file size too big'],
  ['94', 'Template unreview'],
  ['95', 'Location not set or occupied'],
  ['96', 'Document has been completed'],
  ['97', 'Verification code expired'],
  ['98', 'Template failed'],
  ['99', 'Account does not support SMS'],
  ['100', 'No valid certificate exists'],
  ['101', 'Certificate issue failed'],
  ['102', 'Certificate revocation failed'],
  ['103', 'Please upload valid documents types'],
  ['104', 'Signature or signature picture size is invalid'],
  ['105', 'Insufficient SMS account balance'],
  ['106', 'Timestamp error'],
  ['107', 'Document has been signed but deleted'],
  ['108', 'Mobile OTP failed with maximum attempt (5 times)'],
  ['109', 'Mobile OTP authentication failed'],
  ['110', 'EKYC is failed'],
  ['111', 'Contract expired'],
  ['112', 'Diskspace exceed'],
  ['113', 'Cannot apply ECA and DSA in a same document'],
  [
    '114',
    'Cannot apply different DSA in a same document if account holder purchased DSA based on number of legal document (only existing client in Version 1)',
  ],
  ['115', 'No DSA credit'],
  ['2001', 'Invalid base64 ID document front image'],
  ['2002', 'Invalid base64 ID document front flash image'],
  ['2003', 'Invalid base64 ID document back image'],
  ['2004', 'Invalid selfie image'],
  ['2005', 'File process failed'],
  ['2006', 'Landmark error'],
  ['2007', 'Invalid value'],
  ['2008', 'Unable to retrieve full name'],
  ['2009', 'Unable to retrieve ID number'],
  ['2010', 'Unable to retrieve address'],
  ['2011', 'Unable to retrieve country code'],
  ['2012', 'Unable to retrieve country name'],
  ['2013', 'Unable to retrieve nationality'],
  ['2014', 'Unable to retrieve gender'],
  ['2015', 'Retrieve full name and registered full name does not match'],
  ['2016', 'Landmark failed on color mode'],
  ['2017', 'Landmark failed on microprint'],
  ['2018', 'Landmark failed on hologram'],
  ['2019', 'Landmark failed on substitution image'],
  ['2020', 'Landmark failed on ghost photo detection'],
  ['2021', 'Landmark failed on screen'],
  ['2022', 'Landmark failed on ID brightness'],
  ['2023', 'Landmark failed on face brightness'],
  ['2024', 'Landmark failed on font'],
  ['2025', 'Landmark failed on ID blurriness'],
  ['2026', 'Image size exceeded'],
  ['2027', 'Landmarks record empty'],
  ['2028', 'Wrong document type'],
  ['2029', 'eKYC credit is 0'],
];

// The documented ranges, as the table's section headings would state them. Codes 32-34
// are absent from SigningCloud's table.
const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const DOCUMENTED_RANGES = [...range(0, 31), ...range(35, 115), ...range(2001, 2029)];

// SigningCloud lists these texts under two codes each; the catalog keeps both codes with
// the same reason.
const DUPLICATED_TEXTS = [
  ['26', '55'],
  ['41', '71'],
] as const;

const errors = signingCloud.catalog.filter((e) => e.kind === 'error');

describe('coverage of the documented table', () => {
  it('the transcription holds exactly the documented ranges 0-31, 35-115 and 2001-2029', () => {
    expect(DOCUMENTED.map(([code]) => code)).toEqual(DOCUMENTED_RANGES);
    expect(DOCUMENTED).toHaveLength(142);
  });

  it('catalogues every documented code, and nothing else', () => {
    expect(signingCloud.catalog.map((e) => e.code)).toEqual(DOCUMENTED.map(([code]) => code));
  });

  it('keeps the vendor text of every documented code, under that code only', () => {
    for (const [code, text] of DOCUMENTED) {
      expect.soft(signingCloud.entries(code), `result ${code}`).toHaveLength(1);
      expect.soft(signingCloud.lookup(code)?.vendorText, `result ${code}`).toBe(text);
    }
  });

  it('0 is the only success; everything else is a request error (no verdict outcomes)', () => {
    expect(signingCloud.catalog.filter((e) => e.kind === 'success').map((e) => e.code)).toEqual([
      '0',
    ]);
    expect(signingCloud.catalog.filter((e) => e.kind === 'outcome')).toEqual([]);
    expect(errors).toHaveLength(141);
  });

  it('exports the same catalog it was built from', () => {
    expect(SIGNINGCLOUD_CATALOG.map((e) => e.code)).toEqual(
      signingCloud.catalog.map((e) => e.code),
    );
  });
});

describe('catalog hygiene', () => {
  it('describes every entry in our own words', () => {
    for (const entry of signingCloud.catalog) {
      const at = `result ${entry.code}`;
      expect.soft(entry.reason, at).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect.soft(entry.message.length, at).toBeGreaterThan(10);
      expect.soft(entry.remedy.length, at).toBeGreaterThan(10);
      const vendor = entry.vendorText?.toLowerCase() ?? '';
      expect.soft(entry.message.toLowerCase(), at).not.toBe(vendor);
      expect.soft(entry.remedy.toLowerCase(), at).not.toBe(vendor);
      // A sentence of three words or more from the vendor must not reappear in ours.
      if (vendor.split(' ').length >= 3) {
        expect.soft(entry.message.toLowerCase(), at).not.toContain(vendor);
        expect.soft(entry.remedy.toLowerCase(), at).not.toContain(vendor);
      }
    }
  });

  it('reasons are unique, except for the texts SigningCloud lists under two codes', () => {
    const byReason = new Map<string, string[]>();
    for (const e of signingCloud.catalog) {
      byReason.set(e.reason, [...(byReason.get(e.reason) ?? []), e.code]);
    }
    const shared = [...byReason.values()].filter((codes) => codes.length > 1);
    expect(shared).toEqual(DUPLICATED_TEXTS.map((pair) => [...pair]));
  });

  it.each(DUPLICATED_TEXTS)('%s and %s share text and meaning but stay separate codes', (a, b) => {
    const first = signingCloud.lookup(a) as CatalogEntry;
    const second = signingCloud.lookup(b) as CatalogEntry;
    expect(first.vendorText).toBe(second.vendorText);
    expect(first.code).not.toBe(second.code);
    expect(signingCloud.errorFor(a)).toMatchObject({
      code: a,
      reason: first.reason,
      category: failureCategory(first),
    });
    expect(signingCloud.errorFor(b)).toMatchObject({
      code: b,
      reason: first.reason,
      category: failureCategory(first),
    });
  });

  it('field names, where given, are valid identifiers', () => {
    for (const e of errors) {
      if (e.kind === 'error' && e.field !== undefined) expect(e.field).toMatch(/^[a-z][A-Za-z]+$/);
    }
  });
});

// One table-driven check over every error code; a failure names the code (expect.soft goes on
// to the next code, so one run lists every code that fails).
describe('every error code', () => {
  it('normalizes to the entry it was built from, from a numeric envelope and from JSON text; fromResponse errs without data or mac', () => {
    for (const entry of errors) {
      if (entry.kind !== 'error') throw new Error('errors holds only error entries');
      const code = entry.code;
      const expected = {
        ...errorFieldsOf(signingCloud, entry),
        httpStatus: 200,
        ...(entry.field === undefined ? {} : { field: entry.field }),
      };
      const numeric = normalize(signingCloud, { status: 200, body: envelope(Number(code)) });
      expect.soft(numeric, `result ${code} from a numeric result`).toStrictEqual(expected);
      const text = JSON.stringify(envelope(code));
      const fromText = normalize(signingCloud, { status: 200, body: text });
      expect
        .soft(fromText, `result ${code} from JSON text with a string result`)
        .toStrictEqual(expected);

      const result = fromResponse(signingCloud, { status: 200, body: envelope(Number(code)) });
      expect.soft(result.isErr(), `result ${code} through fromResponse`).toBe(true);
      const json = JSON.stringify(result.isErr() ? result.error : result.value);
      expect.soft(json, `result ${code} through fromResponse`).not.toContain(DATA);
      expect.soft(json, `result ${code} through fromResponse`).not.toContain(MAC);
    }
  });
});

describe('result 0', () => {
  it('is ok through fromResponse, with the body untouched', () => {
    const body = envelope(0);
    expect(fromResponse(signingCloud, { status: 200, body })._unsafeUnwrap()).toBe(body);
  });

  it('is not a failure when normalized anyway', () => {
    const error = normalize(signingCloud, { status: 200, body: envelope(0) });
    expect(error).toMatchObject({ code: '0', reason: 'NOT_A_FAILURE', category: 'unknown' });
    expect(signingCloud.errorFor('0')).toBeUndefined();
  });
});
