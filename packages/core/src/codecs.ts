import * as t from 'io-ts';

/**
 * The most entries of one array a reader decodes. A vendor's lists (errors, reject labels,
 * job history) hold a handful; a hostile body may hold millions, or claim 2^32 - 1 slots in
 * a sparse array.
 */
export const MAX_ITEMS = 256;

/**
 * An io-ts codec for a read-only array that reads at most `max` entries (the rest is not
 * read, and not in the answer) and stops at the first entry that fails: the cost of a
 * malformed list is one entry's, not one error per entry. Use it for every list a vendor
 * body may carry.
 *
 * @example
 * ```ts
 * decodeWith(boundedArray(t.string), ['a', 'b']); // ok(['a', 'b'])
 * decodeWith(boundedArray(t.string), Array(60_000).fill(1)); // err(['0']) after one entry
 * ```
 */
export function boundedArray<C extends t.Mixed>(
  item: C,
  max: number = MAX_ITEMS,
): t.Type<readonly t.TypeOf<C>[], readonly t.OutputOf<C>[], unknown> {
  return new t.Type<readonly t.TypeOf<C>[], readonly t.OutputOf<C>[], unknown>(
    `BoundedArray<${item.name}>`,
    (u): u is readonly t.TypeOf<C>[] => Array.isArray(u) && u.length <= max && u.every(item.is),
    (u, context) => {
      if (!Array.isArray(u)) return t.failure(u, context);
      const n = Math.min(u.length, max);
      const out: t.TypeOf<C>[] = [];
      for (let i = 0; i < n; i++) {
        const decoded = item.validate(u[i], t.appendContext(context, String(i), item, u[i]));
        if (decoded._tag === 'Left') return decoded;
        out.push(decoded.right);
      }
      return t.success(out);
    },
    (a) => a.map((x) => item.encode(x)),
  );
}
