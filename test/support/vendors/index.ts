import { IDENFY } from './idenfy.js';
import { NET } from './net.js';
import { PERSONA } from './persona.js';
import { SIGNINGCLOUD } from './signingcloud.js';
import { SMILE_ID } from './smile-id.js';
import { SUMSUB } from './sumsub.js';
import { VERIFF } from './veriff.js';

/**
 * Every vendor the emulator answers for, by route prefix: `/<prefix>/<scenario>`.
 *
 * To add a vendor:
 * 1. write `vendors/<vendor>.ts` exporting a table `{ name: Scenario }` `as const satisfies
 *    ScenarioTable`, built from `../responses.js` (`json`, `html`, `sequence`, `slow`, …)
 *    with bodies as the vendor really sends them (copy them from the vendor package's
 *    fixtures, never from our own types);
 * 2. add it here under the vendor's provider id.
 *
 * Its routes are then typed (`vendor.url('sumsub/…')` fails to compile when misspelt) and
 * the rows of `../expectations.ts` can name them. Failures below HTTP live under `net`,
 * shared by every vendor.
 */
export const VENDORS = {
  'smile-id': SMILE_ID,
  idenfy: IDENFY,
  signingcloud: SIGNINGCLOUD,
  sumsub: SUMSUB,
  veriff: VERIFF,
  persona: PERSONA,
  net: NET,
} as const;
