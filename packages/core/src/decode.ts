import type { Either } from 'fp-ts/Either';
import type { Decoder, Errors } from 'io-ts';
import { err, ok, type Result } from 'neverthrow';

/**
 * Decodes untrusted input with an io-ts decoder and answers with a neverthrow `Result`:
 * the one place where fp-ts' `Either` becomes a `Result`, so fp-ts never reaches a public
 * type. A failure lists only the paths that failed, never the values (they may be personal
 * data). Never throws.
 *
 * @example
 * ```ts
 * import * as t from 'io-ts';
 * decodeWith(t.type({ code: t.string }), { code: '2205' }); // ok({ code: '2205' })
 * ```
 */
export function decodeWith<A>(decoder: Decoder<unknown, A>, input: unknown): Result<A, string[]> {
  // fp-ts 2.x ships no `exports` map, so `fp-ts/Either` cannot be imported at run time
  // under Node ESM; an io-ts result is a plain tagged object, read here by its tag.
  let result: Either<Errors, A>;
  try {
    result = decoder.decode(input);
  } catch {
    return err(['<unreadable input>']);
  }
  if (result._tag === 'Left') {
    return err(
      result.left.map((e) =>
        e.context
          .map((c) => c.key)
          .filter((k) => k !== '')
          .join('.'),
      ),
    );
  }
  return ok(result.right);
}

/** What {@link decodedOr} answers when the decoder refuses the input. */
export const REFUSED: unique symbol = Symbol('refused');

/**
 * The decoded value, or {@link REFUSED}: {@link decodeWith} without the `Result` and the
 * failed paths, for the kit's per-field reading, which keeps what decodes and drops the
 * rest. Never throws.
 */
export function decodedOr<A>(decoder: Decoder<unknown, A>, input: unknown): A | typeof REFUSED {
  try {
    const result = decoder.decode(input);
    return result._tag === 'Right' ? result.right : REFUSED;
  } catch {
    return REFUSED;
  }
}
