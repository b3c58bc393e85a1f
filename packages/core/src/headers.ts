/**
 * Response headers in any of the forms HTTP clients hand out: a plain object in any letter
 * case (Node, axios, got), a `Headers` (fetch, ky), or a `Map`. Values may be arrays.
 */
export type HeaderContainer =
  | Readonly<Record<string, string | readonly string[] | number | undefined | null>>
  | Headers
  | ReadonlyMap<string, string | readonly string[]>;

/**
 * Reads one header by name, case-insensitively, from any {@link HeaderContainer}. Returns
 * the first value, or `undefined`. Never throws, whatever it is handed.
 *
 * @example
 * ```ts
 * readHeader({ 'Retry-After': '30' }, 'retry-after'); // '30'
 * readHeader(new Headers({ 'retry-after': '30' }), 'Retry-After'); // '30'
 * ```
 */
export function readHeader(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const wanted = name.toLowerCase();
  try {
    if (headers instanceof Map) {
      for (const [key, value] of headers) {
        if (typeof key === 'string' && key.toLowerCase() === wanted) return first(value);
      }
      return undefined;
    }
    const get = (headers as { get?: unknown }).get;
    if (typeof get === 'function') {
      // Headers and look-alikes (undici, node-fetch, axios' AxiosHeaders) are case-insensitive.
      return first(get.call(headers, wanted));
    }
    const record = headers as Record<string, unknown>;
    if (Object.hasOwn(record, wanted)) return first(record[wanted]);
    for (const key of Object.keys(record)) {
      if (key.toLowerCase() === wanted) return first(record[key]);
    }
  } catch {
    // A hostile container (throwing getter or proxy) has no readable header.
  }
  return undefined;
}

function first(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return first(value[0]);
  return undefined;
}
