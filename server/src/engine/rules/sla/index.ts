import type { Rule } from '../../rule';
import { broadExclusion } from './broadExclusion';
import { creditClaimBurden } from './creditClaimBurden';
import { longMeasurementPeriod } from './longMeasurementPeriod';
import { noChronicFailureExit, noPerformanceStandards, noSupportResponseTimes } from './missingTerms';
import { noUptimeCommitment } from './noUptimeCommitment';
import { soleRemedy } from './soleRemedy';
import { uptimeBelowTarget } from './uptimeBelowTarget';
import { weakCredits } from './weakCredits';

/** The SLA family, in the order the issue lists the checks. */
export const SLA_RULES: readonly Rule[] = [
  noUptimeCommitment,
  uptimeBelowTarget,
  broadExclusion,
  longMeasurementPeriod,
  weakCredits,
  soleRemedy,
  creditClaimBurden,
  noChronicFailureExit,
  noPerformanceStandards,
  noSupportResponseTimes,
];
