import type { Contract } from '../../model';
import { headingIndexAt } from '../../parse/sections';
import { readCredits } from './credits';
import { readExclusions } from './exclusions';
import { readMeasurementPeriod } from './period';
import { readRemedies } from './remedies';
import { readPerformanceStandards, readSupportResponse } from './standards';
import { SLA_CUE, slaText } from './text';
import { slaCandidates } from './candidates';
import type { SlaTerms } from './types';
import { readUptime } from './uptime';

export type { SlaTerms } from './types';

/** The draft's service levels, or null when it says nothing about them. */
export function readSla(contract: Contract): SlaTerms | null {
  // Each reader gets only the sentences its cue patterns can match (candidates.ts).
  const text = slaText(contract);
  const candidates = slaCandidates(contract, text);
  const uptime = readUptime(contract, text.pick(candidates.uptime));
  const measurement = readMeasurementPeriod(contract, text.pick(candidates.measurement));
  const credits = readCredits(contract, text.pick(candidates.credits), measurement?.period ?? null);
  const remedies = readRemedies(contract, text.pick(candidates.remedies), credits.creditSentences);
  const exclusions = readExclusions(contract, text.pick(candidates.exclusions));
  const support = readSupportResponse(contract, text.pick(candidates.support));
  const performanceStandards = readPerformanceStandards(contract, text.pick(candidates.standards));

  const anchor = uptime.sentenceSpan ?? credits.creditSentences[0]?.span ?? text.pick(candidates.slaCue).find((s) => SLA_CUE.test(s.lower))?.span ?? null;
  const saysSomething = anchor !== null && (
    uptime.commitment !== 'none' || credits.credits.length > 0 || credits.maxCreditPercent !== null
    || remedies.soleRemedy || remedies.claimWindowDays !== null || remedies.chronicFailureExit || exclusions.length > 0
  );
  if (!saysSomething || anchor === null) return null;
  return {
    span: anchor,
    uptimePercent: uptime.uptimePercent,
    uptimeSpan: uptime.uptimeSpan,
    uptimeTargetPercent: uptime.uptimeTargetPercent,
    uptimeStatedElsewhere: uptime.uptimeStatedElsewhere,
    commitment: uptime.commitment,
    measurementPeriod: measurement?.period ?? null,
    measurementSpan: measurement?.span ?? null,
    exclusions,
    credits: credits.credits,
    maxCreditPercent: credits.maxCreditPercent,
    maxCreditSpan: credits.maxCreditSpan,
    maxCreditBasis: credits.maxCreditBasis,
    creditsAffectedServiceOnly: credits.affectedServiceOnly,
    soleRemedy: remedies.soleRemedy,
    soleRemedySpan: remedies.soleRemedySpan,
    claimWindowDays: remedies.claimWindowDays,
    claimSpan: remedies.claimSpan,
    creditsAutomatic: remedies.creditsAutomatic,
    chronicFailureExit: remedies.chronicFailureExit,
    chronicFailureSpan: remedies.chronicFailureSpan,
    performanceStandards,
    supportResponse: support.responses,
    supportResponseStatedElsewhere: support.statedElsewhere,
    headingIndex: headingIndexAt(contract, anchor.start),
  };
}
