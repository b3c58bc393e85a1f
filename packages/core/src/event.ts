/**
 * One webhook event a vendor documents, as a vendor package writes it: data, beside its
 * catalog. Most of what a webhook endpoint receives is neither a verdict nor a failure
 * (a session started, a case assigned, a tag changed); these say what it is.
 */
export interface EventSpec {
  /** The event name exactly as the vendor sends it (`'inquiry-session.started'`, `'applicantActivated'`). */
  readonly name: string;
  /** Our stable UPPER_SNAKE_CASE name for it (`'INQUIRY_SESSION_STARTED'`). */
  readonly reason: string;
  /** What it means, in our words. */
  readonly message: string;
  /** Whether someone must look at it (a watchlist hit does). */
  readonly attention: boolean;
  /** Whether a verdict will follow (a session started: yes; a session expired: no). */
  readonly verdictFollows: boolean;
}
