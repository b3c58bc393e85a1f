// Throughput figures of `pnpm bench`: each vendor's typical failures through `normalize`
// beside the hand-written baseline (same run, interleaved), iDenfy with 1,000 distinct
// messages, and a 100 KB HTML error page.
import { BASELINE_DOES, BASELINE_READERS, handWritten } from './bench-baseline.mjs';

const THROUGHPUT_TARGET = 2_000_000;
// Issue 11: at most 3x the baseline's time per call. Issue 26 asks 2x of the four vendors
// it added.
const RATIO_TARGET = 3;
const RATIO_TARGETS = { 'stripe-identity': 2, onfido: 2, 'dropbox-sign': 2, docusign: 2 };
const ratioTarget = (id) => RATIO_TARGETS[id] ?? RATIO_TARGET;
const DISTINCT_TARGET = 1_000_000;
// As many distinct texts as a provider's memos hold at once (2 x 1,024): the memos were cut
// from 2 x 2,048 texts of up to 500 characters to bound the retained heap (issue 21), and
// the figure measures the same thing at the new size.
const DISTINCT_MESSAGES = 1_000;
const PAGE_TARGET_US = 20;

/** Typical failures, as each vendor sends them (parsed, as axios and got hand them over). */
export const CASES = {
  'smile-id': {
    name: 'smileId',
    failures: [
      { status: 401, body: { code: '2205', error: 'You are not authorized to do that' } },
      { status: 400, body: { code: '2213', error: 'A required parameter is missing' } },
      { status: 400, body: { code: '2215', error: 'Job already exists for job_id' } },
      {
        status: 503,
        headers: { 'Retry-After': '20' },
        body: { code: '2201', error: 'System Error' },
      },
    ],
  },
  idenfy: {
    name: 'idenfy',
    failures: [
      {
        status: 401,
        body: { identifier: 'UNAUTHORIZED', message: 'Invalid or missing API credentials.' },
      },
      {
        status: 429,
        headers: { 'Retry-After': '30' },
        body: { identifier: 'TOO_MANY_REQUESTS', message: 'Too many requests.' },
      },
      {
        status: 400,
        body: {
          identifier: 'BAD_VALUE',
          message: "Field 'country' must be a valid ISO 3166-1 alpha-2 code.",
        },
      },
      { status: 500, body: { identifier: 'INTERNAL_ERROR', message: 'Internal error.' } },
    ],
  },
  signingcloud: {
    name: 'signingCloud',
    failures: [6, 5, 89, 74].map((result) => ({
      status: 200,
      body: { result, data: 'q83vEjRWeJA=', mac: '9f86d081884c7d659a2feaa0c55ad015' },
    })),
  },
  'stripe-identity': {
    name: 'stripeIdentity',
    failures: [
      {
        status: 400,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'parameter_missing',
            message: 'Missing required param: type.',
            param: 'type',
          },
        },
      },
      {
        status: 404,
        body: {
          error: {
            type: 'invalid_request_error',
            code: 'resource_missing',
            message: "No such verification_session: 'vs_1NuNAILkdIwHu7ixh7OtGMLw'",
            param: 'id',
          },
        },
      },
      {
        status: 409,
        body: { error: { type: 'invalid_request_error', code: 'idempotency_key_in_use' } },
      },
      { status: 500, body: { error: { type: 'api_error', message: 'An unknown error occurred' } } },
    ],
  },
  onfido: {
    name: 'onfido',
    failures: [
      {
        status: 422,
        body: {
          error: {
            type: 'validation_error',
            message: 'There was a validation error on this request',
            fields: { first_name: ["can't be blank"] },
          },
        },
      },
      {
        status: 400,
        body: {
          error: {
            type: 'bad_request',
            message:
              'The request could not be understood by the server, please check your request is correctly formatted',
            fields: {},
          },
        },
      },
      { status: 429, body: { error: { type: 'rate_limit' } } },
      { status: 500, body: { error: { type: 'internal_server_error' } } },
    ],
  },
  'dropbox-sign': {
    name: 'dropboxSign',
    failures: [
      {
        status: 400,
        body: {
          error: {
            error_msg: 'This value should not be blank',
            error_path: 'cc_email_addresses[0]',
            error_name: 'bad_request',
          },
        },
      },
      {
        status: 401,
        body: {
          error: {
            error_msg: 'Unauthorized user. No credentials supplied.',
            error_name: 'unauthorized',
          },
        },
      },
      {
        status: 403,
        body: {
          error: {
            error_msg: 'A paid API plan is required to access this endpoint.',
            error_name: 'forbidden',
          },
        },
      },
      {
        status: 429,
        body: { error: { error_msg: 'Too many requests.', error_name: 'exceeded_rate' } },
      },
    ],
  },
  docusign: {
    name: 'docusign',
    failures: [
      {
        status: 400,
        body: {
          errorCode: 'INVALID_REQUEST_PARAMETER',
          message: "The request contained at least one invalid parameter. 'envelopeId' is invalid.",
        },
      },
      {
        status: 401,
        body: {
          errorCode: 'AUTHORIZATION_INVALID_TOKEN',
          message: 'The access token provided is expired.',
        },
      },
      {
        status: 404,
        body: {
          errorCode: 'ENVELOPE_DOES_NOT_EXIST',
          message: 'The envelope specified either does not exist or you have no rights to it.',
        },
      },
      {
        status: 429,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1792569600' },
        body: {
          errorCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED',
          message: 'The maximum number of hourly API invocations has been exceeded.',
        },
      },
    ],
  },
};

/** The same failures with the body as the text fetch hands over. */
const asText = (failures) => failures.map((f) => ({ ...f, body: JSON.stringify(f.body) }));

let sink = 0;

/** Calls per second of `fn` over `inputs`, after a warm-up, counted for `ms` milliseconds. */
function opsPerSecond(fn, inputs, ms = 300) {
  const n = inputs.length;
  let next = 0;
  for (let i = 0; i < 20_000; i++) {
    sink += fn(inputs[next]).reason.length;
    if (++next === n) next = 0;
  }
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 5_000; i++) {
      sink += fn(inputs[next]).reason.length;
      if (++next === n) next = 0;
    }
    ops += 5_000;
    now = performance.now();
  }
  return (ops / (now - start)) * 1000;
}

/** Best of three interleaved rounds of each function, so both see the same machine state. */
function sideBySide(a, b, inputs) {
  let bestA = 0;
  let bestB = 0;
  for (let round = 0; round < 5; round++) {
    bestA = Math.max(bestA, opsPerSecond(a, inputs));
    bestB = Math.max(bestB, opsPerSecond(b, inputs));
  }
  return [bestA, bestB];
}

const mps = (x) => `${(x / 1e6).toFixed(2)} M/s`;
const verdict = (ok) => (ok ? 'met' : 'NOT MET');

/** Prints the figures; returns the targets not met, by name (none: every one met). */
export async function throughput() {
  const { normalize } = await import('@kyc-errors/core');
  console.log('normalize vs a hand-written normalizer (one core, best of 5 interleaved rounds)');
  console.log('  the hand-written baseline, per vendor:');
  for (const line of BASELINE_DOES) console.log(`    - ${line}`);
  console.log(
    `  targets: normalize >= ${THROUGHPUT_TARGET / 1e6} M/s on the typical (parsed) failures, and <= ${RATIO_TARGET}x the baseline's time per call (<= 2x for ${Object.keys(RATIO_TARGETS).join(', ')}); text bodies (as fetch hands them) are judged on the ratio only, JSON.parse dominating both`,
  );
  const unmet = [];
  for (const [id, { name, failures }] of Object.entries(CASES)) {
    const provider = (await import(`@kyc-errors/${id}`))[name];
    const ours = (f) => normalize(provider, f);
    const floor = handWritten(provider, BASELINE_READERS[id]);
    for (const [form, inputs] of [
      ['parsed', failures],
      ['text', asText(failures)],
    ]) {
      const [o, f] = sideBySide(ours, floor, inputs);
      const ratio = f / o;
      // The typical failure is a parsed body; with text bodies JSON.parse dominates both
      // sides, so only the ratio is judged there.
      const ok = (form === 'text' || o >= THROUGHPUT_TARGET) && ratio <= ratioTarget(id);
      if (!ok) unmet.push(`normalize, ${id} (${form} body)`);
      console.log(
        `  ${`${id} (${form} body)`.padEnd(26)} normalize ${mps(o).padStart(10)}   baseline ${mps(f).padStart(10)}   ratio ${ratio.toFixed(2)}x (<= ${ratioTarget(id)}x)   ${verdict(ok)}${form === 'text' ? ' (ratio only)' : ''}`,
      );
    }
  }
  if (!(await distinct(normalize))) unmet.push('normalize, iDenfy distinct messages');
  if (!(await bigPage(normalize))) unmet.push('normalize, 100 KB HTML error page');
  return unmet;
}

// Field names and problems iDenfy reports; every pairing is a different message, and stays
// different after scrubbing (no digits, quotes only around the documented field name).
const FIELDS = ['country', 'locale', 'documents', 'sex', 'nationality'];
const PROBLEMS = Array.from({ length: DISTINCT_MESSAGES / 5 }, (_, i) => {
  const a = ['is not', 'must be', 'should be', 'cannot be', 'was not'][i % 5];
  const b = ['valid', 'allowed', 'supported', 'accepted', 'recognised'][Math.floor(i / 5) % 5];
  const c = ['here', 'now', 'for this account', 'in this flow'][Math.floor(i / 25) % 4];
  const d = ['first', 'second', 'next', 'last'][Math.floor(i / 100) % 4];
  return `${a} ${b} ${c} (rule ${d})`;
});

/** The distinct-messages figure: iDenfy validation errors, 1,000 texts that differ. Met? */
async function distinct(normalize) {
  const { idenfy } = await import('@kyc-errors/idenfy');
  const inputs = [];
  for (const field of FIELDS) {
    for (const problem of PROBLEMS) {
      inputs.push({
        status: 400,
        body: { identifier: 'BAD_VALUE', message: `Field '${field}' ${problem}.` },
      });
    }
  }
  const after = new Set(inputs.map((f) => normalize(idenfy, f).vendorMessage));
  const rate = opsPerSecond((f) => normalize(idenfy, f), inputs, 600);
  const ok = rate >= DISTINCT_TARGET && after.size === DISTINCT_MESSAGES;
  console.log(
    `  idenfy, ${inputs.length.toLocaleString('en')} distinct messages (${after.size.toLocaleString('en')} after scrubbing): ${mps(rate)}   target >= ${DISTINCT_TARGET / 1e6} M/s   ${verdict(ok)}`,
  );
  return ok;
}

/** A 100 KB HTML error page with no <title>, as a proxy or WAF sends one. */
export function errorPage(bytes = 100 * 1024) {
  const head =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:sans-serif}</style></head><body><div class="error"><h1>502 Bad Gateway</h1><p>The upstream server did not answer in time.</p></div>';
  const row =
    '<div class="row"><span class="k">trace</span> <span class="v">edge-fra-04</span></div>\n';
  let page = head;
  while (page.length < bytes - 20) page += row;
  return `${page}</body></html>`;
}

/** The error-page figure: per call on a 100 KB HTML page, every vendor. Met? */
async function bigPage(normalize) {
  const page = errorPage();
  const line = [];
  for (const [id, { name }] of Object.entries(CASES)) {
    const provider = (await import(`@kyc-errors/${id}`))[name];
    const failure = { status: 502, body: page };
    for (let i = 0; i < 200; i++) sink += normalize(provider, failure).reason.length;
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 5; round++) {
      const n = 1_000;
      const start = performance.now();
      for (let i = 0; i < n; i++) sink += normalize(provider, failure).reason.length;
      best = Math.min(best, ((performance.now() - start) * 1000) / n);
    }
    line.push({ id, us: best });
  }
  const ok = line.every((r) => r.us < PAGE_TARGET_US);
  console.log(
    `  100 KB HTML error page without <title>, per call: ${line.map((r) => `${r.id} ${r.us.toFixed(1)} µs`).join(', ')}   target < ${PAGE_TARGET_US} µs   ${verdict(ok)}`,
  );
  return ok;
}

/** Keeps the optimizer from dropping the measured calls. */
export const checksum = () => sink;
