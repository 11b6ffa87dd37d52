import type { Contract } from '../../model';
import { readAddOns } from './addOns';
import { readCommitmentTerms } from './commitmentTerms';
import { readEarlyTermination, readFeesCancellable } from './exitCharges';
import { readLiabilityTerms } from './liabilityTerms';
import type { CommercialKeyTerms } from './types';
import type { MinimumCommitmentTerms } from '../commercialTypes';
import { readConsumption, readSeatModel, readTrueUp } from './usageTerms';

/** What the contract costs over its life and what it costs to leave (keyTerms.commercial). */
export function readCommercialKeyTerms(contract: Contract, minimum?: MinimumCommitmentTerms | null): CommercialKeyTerms {
  return {
    minimumCommitment: minimum === undefined ? readCommitmentTerms(contract) : readCommitmentTerms(contract, minimum),
    trueUp: readTrueUp(contract),
    consumption: readConsumption(contract),
    seatModel: readSeatModel(contract),
    addOns: readAddOns(contract),
    earlyTermination: readEarlyTermination(contract),
    feesCancellable: readFeesCancellable(contract),
    liabilityCap: readLiabilityTerms(contract),
  };
}
