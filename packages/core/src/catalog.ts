import type { Category } from './category.js';
import type { Verdict } from './outcome.js';
import type { Delivery, RetryAdvice } from './retry-advice.js';

/** What a catalog entry describes: a request error, a verification verdict, or success. */
export type EntryKind = 'error' | 'outcome' | 'success';

/** Fields shared by every catalog entry, as a vendor package writes them. */
export interface EntrySpecBase {
  /**
   * The code as the vendor sends it (`'2205'`, `'0001'`, `'BAD_VALUE'`). For failures the
   * vendor sends without any code (iDenfy's token-endpoint errors), a descriptive
   * UPPER_SNAKE_CASE key with `native: false`.
   */
  readonly code: string;
  /** A stable UPPER_SNAKE_CASE machine reason. */
  readonly reason: string;
  /** Our one-line explanation, in our own words. */
  readonly message: string;
  /** What to do, in our own words. */
  readonly remedy: string;
  /**
   * The vendor's own message text, transcribed. Where one code has several texts (Smile ID's
   * `0001`), the text tells the entries apart.
   */
  readonly vendorText?: string;
  /** The HTTP status the vendor documents for this failure, when it documents one. */
  readonly httpStatus?: number;
  /** `false` for a descriptive key the vendor never sends as a code. */
  readonly native?: false;
  /** The vendor marks this code deprecated; it may still arrive from old jobs. */
  readonly deprecated?: true;
  /**
   * The vendor's text for this entry repeats values of the request (Sumsub's 409 names the
   * caller's external user id, which may be an e-mail): it is never kept as
   * `vendorMessage`, whatever words it holds.
   */
  readonly quotesRequest?: true;
}

/** A request error: the call failed. */
export interface ErrorEntrySpec extends EntrySpecBase {
  readonly kind: 'error';
  readonly category: Category;
  /** The request field at fault, when the code implies one. */
  readonly field?: string;
  /** Only the exceptions to the category's default advice. */
  readonly retry?: Partial<RetryAdvice>;
  /** Only when it differs from the category's default. */
  readonly delivery?: Delivery;
}

/** A verification verdict: the call worked and the vendor decided. */
export interface OutcomeEntrySpec extends EntrySpecBase {
  readonly kind: 'outcome';
  readonly verdict: Verdict;
  /** `false` while a human review is still open. */
  readonly final: boolean;
  /** Only the exceptions to the verdict's default advice. */
  readonly retry?: Partial<RetryAdvice>;
}

/** The vendor's success code. */
export interface SuccessEntrySpec extends EntrySpecBase {
  readonly kind: 'success';
}

/** One catalog entry as a vendor package writes it: data, with defaults left out. */
export type EntrySpec = ErrorEntrySpec | OutcomeEntrySpec | SuccessEntrySpec;

/** An entry spec with its advice resolved: what providers expose. */
export type Resolved<T extends EntrySpec> = Omit<T, 'retry'> & {
  /** The complete advice: the category's or verdict's default with this entry's overrides. */
  readonly retry: RetryAdvice;
};

/** A catalog request-error entry with its advice resolved. */
export type ErrorEntry = Resolved<ErrorEntrySpec> & { readonly delivery: Delivery };
/** A catalog verdict entry with its advice resolved. */
export type OutcomeEntry = Resolved<OutcomeEntrySpec>;
/** A catalog success entry. */
export type SuccessEntry = Resolved<SuccessEntrySpec>;

/** One catalog entry with every default filled in, as providers expose it. */
export type CatalogEntry = ErrorEntry | OutcomeEntry | SuccessEntry;

/**
 * The category a catalog entry gives a failure: its own for errors, `verification` for a
 * rejected verdict, and `null` when the entry is not a failure at all.
 *
 * @example
 * ```ts
 * failureCategory(smileId.lookup('0941')!); // 'verification'
 * ```
 */
export function failureCategory(entry: CatalogEntry): Category | null {
  if (entry.kind === 'error') return entry.category;
  if (entry.kind === 'outcome' && entry.verdict === 'rejected') return 'verification';
  return null;
}
