// What a script answers, read without trusting the client's settings. ioredis hands an integer
// reply over as a number, or as its decimal string under `stringNumbers: true`; a proxy, a
// wrapper or a key someone else wrote can hand over anything. A reader answers the value, or
// `undefined` for anything else: the store reports that through `onStoreError` and the policy
// answers from its fallback, as when Redis does not answer.

/** Reads one script reply: the value, or `undefined` when the reply is not of its shape. */
export type Reader<T> = (reply: unknown) => T | undefined;

// A decimal number as Redis writes an integer reply and Lua's tostring writes a number
// ("5", "-1", "2.5", "1e+15"): no "nan", "inf", hex or blanks. Longer strings are not numbers
// we wrote.
const DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?$/i;
const LONGEST = 32;

/** A finite number from 0, given as a number or as its decimal string. */
export const amount: Reader<number> = (reply) => {
  const value =
    typeof reply === 'number'
      ? reply
      : typeof reply === 'string' && reply.length <= LONGEST && DECIMAL.test(reply)
        ? Number(reply)
        : Number.NaN;
  return Number.isFinite(value) && value >= 0 ? value : undefined;
};

/** A whole number of ms from 0 (a cool-down's time left, a rate limit's wait). */
export const wholeMs: Reader<number> = (reply) => {
  const value = amount(reply);
  return value !== undefined && Number.isSafeInteger(value) ? value : undefined;
};

/** A script's yes or no, sent as the integer 1 or 0. */
export const flag: Reader<boolean> = (reply) => {
  const value = wholeMs(reply);
  return value === 1 ? true : value === 0 ? false : undefined;
};

/** A Lua table of exactly two values, each read by its own reader. */
export function pair<A, B>(first: Reader<A>, second: Reader<B>): Reader<readonly [A, B]> {
  return (reply) => {
    if (!Array.isArray(reply) || reply.length !== 2) return undefined;
    const a = first(reply[0]);
    const b = second(reply[1]);
    return a === undefined || b === undefined ? undefined : [a, b];
  };
}

/** The shape of a reply that could not be read, for the report: never its contents. */
export function shapeOf(reply: unknown): string {
  if (Array.isArray(reply)) return `an array of ${reply.length}`;
  if (typeof reply === 'string') return `a string of ${reply.length} characters`;
  if (typeof reply === 'number') return `the number ${reply}`;
  if (reply === null) return 'null';
  return `a value of type ${typeof reply}`;
}
