import type { Result } from 'neverthrow';
import type { CatalogEntry, EntrySpec } from './catalog.js';
import type { EventSpec, KycEvent } from './event.js';
import type { HeaderContainer } from './headers.js';
import type { KycError } from './kyc-error.js';
import type { Outcome, Verdict } from './outcome.js';
import type { SensitiveKeys } from './sensitive-keys.js';

/**
 * A failed HTTP exchange as a caller hands it over. Every field is optional and untrusted:
 * `headers` may be a plain object in any letter case, a `Headers` or a `Map`; `body` may be
 * parsed JSON, a JSON string (with or without BOM), bytes, HTML, plain text or absent.
 */
export interface HttpFailure {
  readonly status?: number | undefined;
  readonly headers?: HeaderContainer | undefined;
  readonly body?: unknown;
}

/**
 * What a body not read yet looks like to the compiler: a fetch `Response` or `Request` or a
 * `Blob` (the Body methods), a web or a Node stream, or a promise of the body. `normalize`
 * refuses these at compile time, and answers `BODY_NOT_READ` should one get through.
 */
export type UnreadBody =
  | {
      readonly arrayBuffer: (...args: never) => unknown;
      readonly text: (...args: never) => unknown;
    }
  | { readonly getReader: (...args: never) => unknown }
  | { readonly pipe: (...args: never) => unknown }
  | PromiseLike<unknown>;

/**
 * `unknown` for a failure whose body was read, and a type that names the mistake when `F` is
 * an {@link UnreadBody} (a fetch `Response` handed over as the failure) or its `body` is one:
 * `normalize` takes `F & RequireReadBody<F>`, so an unread response does not compile. A body
 * typed `unknown` or `any` (what `response.json()` gives) is accepted as read.
 */
export type RequireReadBody<F> = 0 extends 1 & F
  ? unknown
  : [
        F extends UnreadBody
          ? F
          : F extends { readonly body?: infer B }
            ? 0 extends 1 & B
              ? never
              : B extends UnreadBody
                ? B
                : never
            : never,
      ] extends [never]
    ? unknown
    : {
        readonly 'BODY_NOT_READ: pass the body read (await response.text()), or hand the Response to bodyOrThrow or fromFetch': never;
      };

/** Options for one normalization. */
export interface NormalizeOptions {
  /** The clock used to read an HTTP-date `Retry-After`, in epoch milliseconds. */
  readonly now?: () => number;
  /**
   * `false` drops the vendor's message text from the result altogether (`vendorMessage` is
   * never set), for teams that must be certain no free-text personal data is logged. The
   * text is still used to classify. Default `true`: the text is kept after scrubbing.
   */
  readonly vendorMessages?: boolean;
}

/** What a vendor's reader found in a response body. All fields optional. */
export interface VendorSignal {
  /** The vendor's native code, as a string. */
  readonly code?: string | undefined;
  /** The vendor's message text, raw (core truncates and scrubs it). */
  readonly text?: string | undefined;
  /** A request field the body names as being at fault. */
  readonly field?: string | undefined;
  /** `true` when the body itself reports a failure (a 200 carrying an error code). */
  readonly failed?: boolean | undefined;
}

/** What a vendor's outcome reader found in a result or webhook body. */
export interface OutcomeSignal {
  /** The result code or status, as a string, or `null` when the body has none. */
  readonly code: string | null;
  /** The vendor's result text, used to tell apart entries that share a code. */
  readonly text?: string | undefined;
  /**
   * The verdict the body's other fields suggest when the code is not in the catalog. Core
   * fails closed on it: a fallback is never `approved` (at best `provisional`) and never
   * final, and only a `pending` one says wait rather than investigate.
   */
  readonly verdict?: Verdict | undefined;
  /**
   * Whether the body itself says the verdict is final. `false` (a manual review still open)
   * overrides the catalog: an `approved` verdict becomes `provisional`, a `rejected` one
   * `pending`, and the advice is to wait.
   */
  readonly final?: boolean | undefined;
  /**
   * The webhook event the body announces, exactly as sent (`'inquiry-session.started'`).
   * When `code` names no catalog entry, the body is that event: core looks the name up in
   * the provider's `events` and answers a `KycEvent` (an undocumented name is reported as
   * such, never echoed). A reader leaves `code` empty for an event whose body only repeats
   * an older verdict (Sumsub's `applicantDeactivated` carries the last review).
   */
  readonly event?: string | undefined;
  /** Vendor tags to carry through (fraud and mismatch flags), without personal values. */
  readonly tags?: readonly string[] | undefined;
}

/**
 * A documented vendor message, matched against the message text when no code decided.
 * Patterns must be anchored and linear-time (no nested quantifiers); a named group
 * `field` fills {@link KycError.field}. `Code` is the catalog's code union: in
 * `defineProvider`, a rule naming a code the catalog lacks does not compile.
 */
export interface MessageRule<Code extends string = string> {
  /** An anchored, linear-time pattern. */
  readonly pattern: RegExp;
  /** The catalog code this message means. */
  readonly code: Code;
  /** Only when the HTTP status is one of these. */
  readonly statuses?: readonly number[];
  /**
   * Lower-case substrings that every message this pattern matches contains. Core checks
   * them with `includes` on the lower-cased message before running the pattern, so rules
   * that cannot match cost next to nothing. An optimization only: it must never exclude a
   * message the pattern would match.
   */
  readonly literals?: readonly string[];
  /**
   * Native codes this message may refine: a catch-all code (iDenfy's `BAD_VALUE`) whose
   * specific meaning is in the message. Without it, the rule applies only when no code
   * matched.
   */
  readonly refines?: readonly Code[];
}

/**
 * Everything a vendor package supplies: mostly data (the catalog, message rules, status
 * overrides) and one or two readers that decode the vendor's bodies. Readers receive
 * untrusted input and may throw; core catches it.
 */
export interface ProviderDefinition<Specs extends readonly EntrySpec[] = readonly EntrySpec[]> {
  /** The provider id, kebab-case (`'smile-id'`). */
  readonly id: string;
  /** The vendor's name for people (`'Smile ID'`). */
  readonly name: string;
  /** Where the vendor documents its codes. */
  readonly docsUrl?: string;
  /** Every native code the provider knows. */
  readonly catalog: Specs;
  /**
   * The grammar of the vendor's codes (Smile ID: four digits). A code read from a body that
   * does not match is not kept (`code: null`) and does not classify: whatever sits in a
   * code field may be personal data. Anchored and linear-time. Default: 1 to 64 letters,
   * digits, `_`, `.` or `-`.
   */
  readonly codePattern?: RegExp;
  /**
   * Reads the code, message and field out of a parsed response body. `status` is the HTTP
   * status when there was one: a vendor whose non-2xx answers are decided by the status
   * alone (SigningCloud) returns `undefined` for those.
   */
  readonly read: (body: unknown, status?: number) => VendorSignal | undefined;
  /** For an undocumented code, the documented sibling whose meaning it shares. */
  readonly family?: (code: string) => string | undefined;
  /** Documented messages, tried in order; each names a code of the catalog. */
  readonly messages?: readonly MessageRule<NoInfer<CodeOf<Specs>>>[];
  /** Vendor-specific meanings of HTTP statuses: status to the code of a catalog failure. */
  readonly statuses?: Readonly<Record<number, NoInfer<FailureCodeOf<Specs>>>>;
  /**
   * Words the vendor's messages use that its catalog texts do not (its request parameter
   * names, say): kept in a vendor message that is not documented verbatim. Never a word
   * that can be someone's name.
   */
  readonly vocabulary?: readonly string[];
  /** Extra keys whose values are secret or personal for this vendor (`'data'`, `'mac'`). */
  readonly sensitiveKeys?: readonly string[];
  /**
   * Every tag this vendor's outcome reader may emit, transcribed from its documentation.
   * Core drops any other tag, so a personal value can never pass as one; no list, no tags.
   */
  readonly tags?: readonly string[];
  /** Reads the verdict out of a result or webhook body. */
  readonly readOutcome?: (body: unknown) => OutcomeSignal | undefined;
  /**
   * Every webhook event the vendor documents, transcribed: what a webhook body that is
   * neither a verdict nor a failure means. An event not listed is reported as undocumented.
   */
  readonly events?: readonly EventSpec[];
  /**
   * Reads a wait the vendor announces in its own headers (Persona's `RateLimit-Reset`), in
   * milliseconds, when there is no `Retry-After`. Receives a case-insensitive reader and the
   * clock of the call (`NormalizeOptions.now`, else `Date.now`), for a header that carries a
   * point in time rather than a wait (Dropbox Sign's `X-Ratelimit-Reset`, a Unix time).
   */
  readonly waitFromHeaders?: (
    header: (name: string) => string | undefined,
    now: () => number,
  ) => number | undefined;
  /**
   * The header that carries the vendor's reference for a request (Persona: `Request-Id`) and
   * its grammar, anchored: a value that does not match is not kept. Fills
   * {@link KycError.requestId} for the caller to quote to the vendor's support.
   */
  readonly requestId?: { readonly header: string; readonly pattern: RegExp };
  /**
   * Reads whether the vendor's own response header says to retry this request (Stripe's
   * `Stripe-Should-Retry`), which overrides the advice of the status and the code: `true`
   * makes a recognised failure retryable, `false` stops it; `undefined` (no header, or one
   * not understood) leaves the advice as it is. Receives a case-insensitive reader.
   */
  readonly retryFromHeaders?: (header: (name: string) => string | undefined) => boolean | undefined;
}

/** The code union of a catalog, for typed look-ups. */
export type CodeOf<Specs extends readonly EntrySpec[]> = Specs[number]['code'];

/**
 * The codes of a catalog's failures (request errors and rejections): what a status override
 * may name.
 */
export type FailureCodeOf<Specs extends readonly EntrySpec[]> = Extract<
  Specs[number],
  { readonly kind: 'error' } | { readonly kind: 'outcome'; readonly verdict: 'rejected' }
>['code'];

/**
 * A provider: its catalog with defaults resolved, the look-ups over it and the outcome
 * reader. Create one with `defineProvider` (from `@kyc-errors/core/provider-kit`); classify
 * failures with {@link normalize}.
 */
export interface Provider<Code extends string = string> {
  /** The provider id (`'smile-id'`). */
  readonly id: string;
  /** The vendor's name for people. */
  readonly name: string;
  /** Where the vendor documents its codes. */
  readonly docsUrl?: string;
  /** Every entry, in catalog order, with its advice resolved. */
  readonly catalog: readonly CatalogEntry[];
  /** The redaction keys of this provider (core's plus its own). */
  readonly sensitiveKeys: SensitiveKeys;
  /** The definition this provider was built from. */
  readonly definition: ProviderDefinition;
  /**
   * The entry for a native code. Where entries share a code, `text` (the vendor's message
   * or result text) chooses; without a match, the first entry for the code.
   */
  lookup(code: Code | (string & {}), text?: string): CatalogEntry | undefined;
  /** All entries for a native code (several when the vendor overloads it). */
  entries(code: Code | (string & {})): readonly CatalogEntry[];
  /** The documented entry an undocumented code would borrow its meaning from, if any. */
  infer(code: string): CatalogEntry | undefined;
  /** Every webhook event the vendor documents, in the order of its list. */
  readonly events: readonly EventSpec[];
  /**
   * Reads a verification verdict from a result or webhook body. An error when the body is a
   * request error (its {@link KycError}), a webhook event that is no verdict
   * (`NOT_A_VERDICT`: read it with {@link Provider.webhook}) or not a result of this vendor
   * at all. Total.
   */
  outcome(body: unknown): Result<Outcome, KycError>;
  /**
   * Answers any body a webhook endpoint receives from this vendor: a verdict (an
   * {@link Outcome}, exactly as `outcome()` reads it), an event that is neither verdict nor
   * failure (a {@link KycEvent}, `kind: 'event'`; an undocumented one is reported as such),
   * or a request error or foreign body (a {@link KycError}). Total.
   */
  webhook(body: unknown): Result<Outcome | KycEvent, KycError>;
  /**
   * Builds the error for a catalog entry, as if the vendor had sent its code. Used by the
   * CLI and the docs. Returns `undefined` for entries that are not failures.
   */
  errorFor(code: Code | (string & {}), text?: string): KycError | undefined;
}
