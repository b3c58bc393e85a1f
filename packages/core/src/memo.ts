import { detach } from './keep-words.js';

/**
 * A bounded memo with two generations: answers are written to the young map; when it is
 * full, it becomes the old map and the previous old map is dropped. A hit in the old map is
 * promoted. String keys and values are copied (`detach`), so a remembered title never
 * keeps the page it was cut from alive. At most `2 × limit` entries are held, hot entries survive a turnover, and no
 * call ever clears everything at once (the cliff a single `Map.clear()` cache has).
 */
export interface BoundedMemo<K, V> {
  /** The remembered value, or `undefined`. */
  get(key: K): V | undefined;
  /** Remembers `value` for `key`. */
  set(key: K, value: V): void;
}

/**
 * Creates a {@link BoundedMemo} holding at most `2 × limit` entries.
 *
 * @example
 * ```ts
 * const memo = boundedMemo<string, number>(256);
 * memo.set('a', 1);
 * memo.get('a'); // 1
 * ```
 */
export function boundedMemo<K, V>(limit: number): BoundedMemo<K, V> {
  let young = new Map<K, V>();
  let old = new Map<K, V>();
  const set = (key: K, value: V): void => {
    if (young.size >= limit) {
      old = young;
      young = new Map();
    }
    // A remembered string outlives the call: it must not be a view into the caller's input.
    young.set(copied(key), copied(value));
  };
  return {
    get(key) {
      const hit = young.get(key);
      if (hit !== undefined) return hit;
      const aged = old.get(key);
      if (aged !== undefined) set(key, aged);
      return aged;
    },
    set,
  };
}

function copied<T>(value: T): T {
  return (typeof value === 'string' ? detach(value) : value) as T;
}
