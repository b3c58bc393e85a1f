import { createRegistry, type Registry } from '@kyc-errors/core';
import { idenfy } from '@kyc-errors/idenfy';
import { persona } from '@kyc-errors/persona';
import { signingCloud } from '@kyc-errors/signingcloud';
import { smileId } from '@kyc-errors/smile-id';
import { sumsub } from '@kyc-errors/sumsub';
import { veriff } from '@kyc-errors/veriff';

/**
 * The providers the command knows: every vendor package of this repository. (The umbrella
 * package `kyc-errors` depends on this one for its bin, so the list cannot come from it.)
 */
export function defaultRegistry(): Registry {
  return createRegistry([smileId, idenfy, signingCloud, sumsub, veriff, persona]);
}
