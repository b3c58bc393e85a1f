import { inspect } from 'node:util';

// What a request carries that must never come back out in an error: the credentials in a
// header and the personal data in the body. Every test call sends these, so any thrown
// value that kept the request (an axios config, a got options object, a ky Request) is
// caught by `leaks()`.

/** The API key in the Authorization header of every test call. */
export const API_KEY = 'sk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

/** The Authorization header of every test call. */
export const AUTHORIZATION = `Bearer ${API_KEY}`;

/** A request body full of personal data, as a KYC call sends it. */
export const PERSONAL_REQUEST = {
  partner_params: { job_id: 'job-emulated-1', user_id: 'user-emulated-1', job_type: 5 },
  country: 'NG',
  id_type: 'NIN_V2',
  id_number: '70123456789',
  first_name: 'Chidinma',
  last_name: 'Eze-Okafor',
  dob: '1991-04-23',
  phone_number: '+2348031234567',
  email: 'chidinma.eze@example.ng',
} as const;

/** The values that must not appear in anything thrown. */
export const SECRETS: readonly string[] = [
  API_KEY,
  PERSONAL_REQUEST.id_number,
  PERSONAL_REQUEST.first_name,
  PERSONAL_REQUEST.last_name,
  PERSONAL_REQUEST.phone_number,
  PERSONAL_REQUEST.email,
];

/** The headers of every test call. */
export const SECRET_HEADERS = { authorization: AUTHORIZATION } as const;

/**
 * Every secret found in what a logger could print from `thrown`: `util.inspect` (as
 * `console.error` prints it, to any depth, hidden properties too), `String()`,
 * `JSON.stringify` and the stack. Empty when nothing leaks.
 */
export function leaks(thrown: unknown): string[] {
  const views: string[] = [
    inspect(thrown, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    String(thrown),
    safeJson(thrown),
    typeof thrown === 'object' && thrown !== null ? String((thrown as Error).stack) : '',
  ];
  const text = views.join('\n');
  return SECRETS.filter((secret) => text.includes(secret));
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch (e) {
    return `JSON.stringify threw: ${String(e)}`;
  }
}
