import type { Category } from '@kyc-errors/core';

/** The HTTP statuses a problem document answers with. */
export type ProblemStatus = 409 | 422 | 502 | 503;

/**
 * The status your API answers its own client with when a vendor call fails, by category.
 * A vendor's refusal of *our* request is our outage, never the client's fault: a vendor 401
 * (`auth`) is a 502, not a 401 the client would read as its own credentials. Only what the
 * client can change is a 4xx. Keyed by category, so a new one does not compile until mapped.
 * A `validation` failure on a field the client sent is a 422 instead (`clientFields`).
 */
export const PROBLEM_STATUSES = {
  // The vendor rejected our credentials or environment: our configuration is broken.
  auth: 502,
  // Our account cannot do this (no credits, product off): waiting does not fix it, so no 503.
  account: 502,
  // We built a request the vendor rejected: our bug, unless the field came from the client.
  validation: 502,
  // The end user's record at the vendor is in the wrong state: the request conflicts with it.
  'user-state': 409,
  // The vendor checked what the client submitted and said no: a verdict on the client's input.
  verification: 422,
  // The vendor is failing and our retries are spent: try again later.
  retryable: 503,
  // We are throttled by the vendor (not by the client's own rate): try again later, not a 429.
  'rate-limit': 503,
  // Nothing recognised it: treat as our failure.
  unknown: 502,
} as const satisfies Record<Category, ProblemStatus>;

/** A `validation` failure on a field the client itself sent. */
export const CLIENT_FIELD_STATUS = 422;

/** The `detail` of each status: for the client, naming no vendor and nothing internal. */
export const PROBLEM_DETAILS = {
  409: "The person's record at the identity verification service does not allow this request in its current state.",
  422: 'The identity verification service rejected what was submitted.',
  502: 'An identity verification service we depend on failed on our side; your request was not at fault.',
  503: 'An identity verification service we depend on is temporarily unavailable; try again later.',
} as const satisfies Record<ProblemStatus, string>;
