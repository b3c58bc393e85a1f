import type { Category, Verdict } from '@kyc-errors/core';
import { match } from 'ts-pattern';

/** Terminal styling: ANSI colours on a TTY, plain text otherwise or when NO_COLOR is set. */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly category: (c: Category) => string;
  readonly verdict: (v: Verdict) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const red = wrap(31, 39);
const green = wrap(32, 39);
const yellow = wrap(33, 39);
const blue = wrap(34, 39);
const magenta = wrap(35, 39);
const cyan = wrap(36, 39);
const gray = wrap(90, 39);

const plain: Style = {
  bold: (s) => s,
  dim: (s) => s,
  category: (c) => c,
  verdict: (v) => v,
};

const coloured: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  category: (c) =>
    match(c)
      .with('auth', () => red(c))
      .with('account', () => magenta(c))
      .with('validation', 'rate-limit', () => yellow(c))
      .with('user-state', () => cyan(c))
      .with('verification', () => blue(c))
      .with('retryable', () => green(c))
      .with('unknown', () => gray(c))
      .exhaustive(),
  verdict: (v) =>
    match(v)
      .with('approved', () => green(v))
      .with('provisional', 'pending', () => yellow(v))
      .with('rejected', () => red(v))
      .exhaustive(),
};

/**
 * Chooses the style for a stream: colour only on a TTY, never when `NO_COLOR` is set to a
 * non-empty value (https://no-color.org), always when `FORCE_COLOR` is set to a non-zero value.
 */
export function styleFor(
  isTTY: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Style {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return plain;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0')
    return coloured;
  return isTTY === true ? coloured : plain;
}
