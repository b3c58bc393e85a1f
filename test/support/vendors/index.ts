import { IDENFY } from './idenfy.js';
import { NET } from './net.js';
import { SIGNINGCLOUD } from './signingcloud.js';
import { SMILE_ID } from './smile-id.js';

/**
 * Every vendor the emulator answers for, by route prefix. To add one, write its table in
 * `vendors/<vendor>.ts` (real-shaped bodies, built from `../responses.js`) and add it here.
 */
export const VENDORS = {
  'smile-id': SMILE_ID,
  idenfy: IDENFY,
  signingcloud: SIGNINGCLOUD,
  net: NET,
} as const;
