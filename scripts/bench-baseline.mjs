// The hand-written normalizer `pnpm bench` compares `normalize` with: what a careful
// engineer writes for one vendor without this library, doing the work any correct
// normalizer must do and nothing more. BASELINE_DOES is printed with the figures.

/** What the baseline does for every failure, in the words the bench prints. */
export const BASELINE_DOES = [
  'parses a string body (JSON.parse when it starts with { or [, text otherwise)',
  "reads the vendor's code and message as own properties, with typeof checks",
  'looks the code up in a Map of prebuilt entries, then falls back on the HTTP status',
  'scrubs the message of e-mails, digit runs and long tokens (three regex passes, no cache)',
  'reads Retry-After in any letter case (Headers or a plain object), delta-seconds or date',
  "keeps `field` (the entry's, or the one an iDenfy \"Field 'x' ...\" message names)",
  'builds the same KycError shape (a new retry object only when Retry-After applies)',
];

const REDACTED = '[redacted]';
const EMAIL = /[^\s@"'<>]+@[^\s@"'<>]+\.[A-Za-z]{2,}/g;
const DIGITS = /\+?\d[\d ().-]{4,}\d/g;
const TOKEN = /\b[A-Za-z0-9+/_=-]{32,}/g;

function scrub(text) {
  const out = (text.includes('@') ? text.replace(EMAIL, REDACTED) : text)
    .replace(DIGITS, REDACTED)
    .replace(TOKEN, REDACTED);
  return out.length > 300 ? `${out.slice(0, 300)}…` : out;
}

function parse(body) {
  if (typeof body !== 'string') return body;
  const c = body.trimStart().charCodeAt(0);
  if (c !== 0x7b && c !== 0x5b) return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function header(headers, name) {
  if (typeof headers !== 'object' || headers === null) return undefined;
  if (typeof headers.get === 'function') return headers.get(name) ?? undefined;
  if (Object.hasOwn(headers, name)) return headers[name];
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) return headers[key];
  return undefined;
}

function retryAfterMs(value) {
  if (typeof value !== 'string') return undefined;
  const seconds = Number(value);
  if (Number.isInteger(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

const own = (body, key) => (Object.hasOwn(body, key) ? body[key] : undefined);
const str = (v) => (typeof v === 'string' ? v : undefined);
const FIELD = /^Field '([A-Za-z][\w.]{0,63})'/;

/** How each vendor's body carries its code, message and field. */
export const BASELINE_READERS = {
  'smile-id': (b) => ({ code: str(own(b, 'code')), text: str(own(b, 'error')) }),
  idenfy: (b) => {
    const text = str(own(b, 'message'));
    return { code: str(own(b, 'identifier')), text, field: text && FIELD.exec(text)?.[1] };
  },
  signingcloud: (b) => {
    const result = own(b, 'result');
    return { code: typeof result === 'number' ? String(result) : undefined, text: undefined };
  },
  'stripe-identity': (b) => {
    const e = own(b, 'error');
    if (typeof e !== 'object' || e === null) return {};
    const type = str(own(e, 'type'));
    const code =
      str(own(e, 'code')) ??
      (type === 'api_error' || type === 'idempotency_error' ? type : undefined);
    return { code, text: str(own(e, 'message')), field: str(own(e, 'param')) };
  },
  onfido: (b) => {
    const e = own(b, 'error');
    if (typeof e !== 'object' || e === null) return {};
    const fields = own(e, 'fields');
    let field;
    if (typeof fields === 'object' && fields !== null) {
      for (const key in fields) {
        if (Object.hasOwn(fields, key) && key !== 'base') {
          field = key;
          break;
        }
      }
    }
    return { code: str(own(e, 'type')), text: str(own(e, 'message')), field };
  },
  'dropbox-sign': (b) => {
    const e = own(b, 'error');
    if (typeof e !== 'object' || e === null) return {};
    return {
      code: str(own(e, 'error_name')),
      text: str(own(e, 'error_msg')),
      field: str(own(e, 'error_path')),
    };
  },
  docusign: (b) => ({
    code: str(own(b, 'errorCode'))?.toUpperCase(),
    text: str(own(b, 'message')),
  }),
};

const template = (e) => ({
  category: e.category,
  reason: e.reason,
  message: e.message,
  remedy: e.remedy,
  retry: e.retry,
  delivery: e.delivery,
  field: e.field,
});

const BY_STATUS = {
  unknown: {
    category: 'unknown',
    reason: 'UNRECOGNIZED_FAILURE',
    message: 'The failure was not recognized.',
    remedy: 'Investigate the raw response.',
    retry: { retryable: false, action: 'investigate' },
    delivery: 'uncertain',
  },
  429: {
    category: 'rate-limit',
    reason: 'RATE_LIMITED',
    message: 'Too many requests.',
    remedy: 'Wait and retry.',
    retry: { retryable: true, action: 'wait' },
    delivery: 'rejected',
  },
  5: {
    category: 'retryable',
    reason: 'SERVER_ERROR',
    message: 'The vendor failed.',
    remedy: 'Retry with backoff.',
    retry: { retryable: true, action: 'backoff' },
    delivery: 'uncertain',
  },
};

/** Builds the hand-written normalizer for one vendor from its catalog. */
export function handWritten(provider, read) {
  const table = new Map();
  for (const e of provider.catalog) {
    if (e.kind === 'error' && !table.has(e.code)) table.set(e.code, template(e));
  }
  const id = provider.id;
  return (failure) => {
    const body = parse(failure.body);
    const signal = typeof body === 'object' && body !== null ? read(body) : {};
    const code = signal.code;
    const status = failure.status;
    const t =
      (code === undefined ? undefined : table.get(code)) ??
      BY_STATUS[status] ??
      (status >= 500 ? BY_STATUS[5] : BY_STATUS.unknown);
    let retry = t.retry;
    const wait = retryAfterMs(header(failure.headers, 'retry-after'));
    if (wait !== undefined && retry.retryable) retry = { ...retry, afterMs: wait };
    const out = {
      provider: id,
      code: code ?? null,
      category: t.category,
      reason: t.reason,
      message: t.message,
      remedy: t.remedy,
      retry,
      delivery: t.delivery,
      matchedBy: code !== undefined && table.has(code) ? 'code' : 'status',
      httpStatus: status,
    };
    const field = signal.field ?? t.field;
    if (field !== undefined) out.field = field;
    if (signal.text !== undefined) out.vendorMessage = scrub(signal.text);
    return out;
  };
}
