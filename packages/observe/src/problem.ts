// RFC 9457 problem details for an API that passes a vendor failure on to its own clients.
// No library: a problem document is a plain object.
export type { ProblemStatus } from './problem/statuses.js';
export { CLIENT_FIELD_STATUS, PROBLEM_DETAILS, PROBLEM_STATUSES } from './problem/statuses.js';
export type { KycProblem, ProblemOptions } from './problem/to-problem.js';
export { PROBLEM_CONTENT_TYPE, toProblem } from './problem/to-problem.js';
