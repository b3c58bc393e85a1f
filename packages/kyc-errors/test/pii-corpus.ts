/**
 * Realistic vendor payloads stuffed with personal data and secrets, each with the values
 * that must never appear in anything kyc-errors produces from it.
 */
export interface PiiCase {
  readonly name: string;
  readonly provider: 'smile-id' | 'idenfy' | 'signingcloud';
  readonly failure: { status?: number; headers?: Record<string, string>; body: unknown };
  readonly secrets: readonly string[];
}

const person = {
  fullName: 'Adaeze Chiamaka Obi',
  first: 'Adaeze',
  last: 'Obi-Nwosu',
  dob: '1990-04-17',
  idNumber: 'A01234567',
  nin: '70123456789',
  phone: '+2348035550199',
  email: 'adaeze.obi@example.ng',
  address: '14 Admiralty Way, Lekki Phase 1, Lagos',
  selfie:
    'https://smile-fr-results.s3.us-west-2.amazonaws.com/test/000000/023/SID_Preview_FULL.jpg',
  signature: '5445722f5af1791eb434949cce9a88dd321e5959fd24a8562ecb12bb00c33fe',
  clientId: 'customer-ada-obi-1990',
  scanRef: '3af0c2c4-7fd5-11ec-a7c1-02420a000b0a',
  mac: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  data: 'U2FsdGVkX1+5Q2xpZW50RGF0YUVuY3J5cHRlZFdpdGhBRVMyNTZDQkM=',
  token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.sflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
} as const;

export const PII_CASES: readonly PiiCase[] = [
  {
    name: 'Smile ID job status with history, image links and signature',
    provider: 'smile-id',
    failure: {
      status: 200,
      body: {
        timestamp: '2026-11-22T10:04:11.193Z',
        signature: person.signature,
        job_complete: true,
        job_success: false,
        code: '2302',
        result: {
          ResultCode: '0001',
          ResultText: 'System Error',
          SmileJobID: '0000001897',
          FullName: person.fullName,
          DOB: person.dob,
          IDNumber: person.idNumber,
          PhoneNumber: person.phone,
          Address: person.address,
          PartnerParams: { job_id: 'job-1', user_id: 'user-1', job_type: 4 },
        },
        image_links: { selfie_image: person.selfie },
        history: [
          {
            ResultCode: '1012',
            ResultText: 'ID Validated',
            FullName: person.fullName,
            DOB: person.dob,
            IDNumber: person.idNumber,
          },
        ],
      },
    },
    secrets: [
      person.signature,
      person.fullName,
      person.dob,
      person.idNumber,
      person.phone,
      person.address,
      person.selfie,
    ],
  },
  {
    name: 'Smile ID Enhanced KYC callback with a rejected result',
    provider: 'smile-id',
    failure: {
      status: 200,
      body: {
        ResultCode: '1022',
        ResultText: 'No Match',
        FullName: person.fullName,
        DOB: person.dob,
        IDNumber: person.nin,
        PhoneNumber: person.phone,
        Actions: { Verify_ID_Number: 'Verified', Return_Personal_Info: 'Returned' },
        PartnerParams: { job_id: 'job-2', user_id: 'user-2', job_type: 5 },
        signature: person.signature,
        timestamp: '2026-11-22T10:04:11.193Z',
      },
    },
    secrets: [person.fullName, person.dob, person.nin, person.phone, person.signature],
  },
  {
    name: 'Smile ID error whose message echoes personal data',
    provider: 'smile-id',
    failure: {
      status: 400,
      body: {
        code: '2204',
        error: `Phone ${person.phone} for ${person.email} is not a valid number`,
        success: false,
      },
    },
    secrets: [person.phone, person.email],
  },
  {
    name: 'iDenfy validation error echoing the clientId value',
    provider: 'idenfy',
    failure: {
      status: 400,
      body: {
        identifier: 'BAD_VALUE',
        message: `Field 'clientId' value '${person.clientId}' is too long for ${person.email}.`,
        clientId: person.clientId,
      },
    },
    secrets: [person.clientId, person.email],
  },
  {
    name: 'iDenfy webhook with document data',
    provider: 'idenfy',
    failure: {
      status: 200,
      body: {
        final: true,
        platform: 'PC',
        status: {
          overall: 'DENIED',
          suspicionReasons: ['FACE_SUSPECTED'],
          fraudTags: [],
          mismatchTags: ['NAME'],
          autoDocument: 'DOC_VALIDATED',
          autoFace: 'FACE_MATCH',
          manualDocument: 'DOC_VALIDATED',
          manualFace: 'FACE_MISMATCH',
        },
        data: {
          docFirstName: person.first,
          docLastName: person.last,
          docNumber: person.idNumber,
          docPersonalCode: person.nin,
          docDob: person.dob,
          address: person.address,
          fullName: person.fullName,
        },
        fileUrls: { FRONT: person.selfie, FACE: person.selfie },
        scanRef: person.scanRef,
        clientId: person.clientId,
      },
    },
    secrets: [
      person.first,
      person.last,
      person.idNumber,
      person.nin,
      person.dob,
      person.address,
      person.selfie,
      person.scanRef,
      person.clientId,
    ],
  },
  {
    name: 'iDenfy 401 with a token echoed in the message',
    provider: 'idenfy',
    failure: {
      status: 401,
      body: { identifier: 'UNAUTHORIZED', message: `Token ${person.token} is not valid.` },
    },
    secrets: [person.token],
  },
  {
    name: 'SigningCloud envelope with an error result',
    provider: 'signingcloud',
    failure: { status: 200, body: { result: 5, data: person.data, mac: person.mac } },
    secrets: [person.data, person.mac],
  },
  {
    name: 'SigningCloud envelope with an unknown result',
    provider: 'signingcloud',
    failure: {
      status: 200,
      body: {
        result: 9999,
        data: person.data,
        mac: person.mac,
        signer: { name: person.fullName, email: person.email, nric: person.nin },
      },
    },
    secrets: [person.data, person.mac, person.fullName, person.email, person.nin],
  },
  {
    name: 'SigningCloud 500 with an envelope and a stack trace page',
    provider: 'signingcloud',
    failure: {
      status: 500,
      body: JSON.stringify({ result: 4, data: person.data, mac: person.mac }),
    },
    secrets: [person.data, person.mac],
  },
];
