import type { Rule } from '../../rule';
import { earlyTerminationCharge, noTerminationForConvenience, nonCancellableFees } from './exitCost';
import { lowLiabilityCap, noDataBreachCarveOut } from './liability';
import { rigidMinimumCommitment } from './rigidMinimumCommitment';
import { addOnPricing, namedUserSeats, uncappedConsumption, undefinedTrueUpPricing } from './usagePricing';

/** The commercial family, liability included, in the order findings are reported on a line. */
export const COMMERCIAL_RULES: readonly Rule[] = [
  rigidMinimumCommitment,
  undefinedTrueUpPricing,
  uncappedConsumption,
  namedUserSeats,
  addOnPricing,
  earlyTerminationCharge,
  nonCancellableFees,
  noTerminationForConvenience,
  lowLiabilityCap,
  noDataBreachCarveOut,
];
