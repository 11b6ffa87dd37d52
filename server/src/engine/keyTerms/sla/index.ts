import type { Contract } from '../../model';
import { headingIndexAt } from '../../rules/insertClause';
import { readCredits } from './credits';
import { readExclusions } from './exclusions';
import { readMeasurementPeriod } from './period';
import { readRemedies } from './remedies';
import { readPerformanceStandards, readSupportResponse } from './standards';
import { SLA_CUE, slaSentences } from './text';
import type { SlaTerms } from './types';
import { readUptime } from './uptime';

export type { SlaTerms } from './types';

/** The draft's service levels, or null when it says nothing about them. */
export function readSla(contract: Contract): SlaTerms | null {
  const sentences = slaSentences(contract);
  const uptime = readUptime(contract, sentences);
  const measurement = readMeasurementPeriod(contract, sentences);
  const credits = readCredits(contract, sentences, measurement?.period ?? null);
  const remedies = readRemedies(contract, sentences, credits.creditSentences);
  const exclusions = readExclusions(contract, sentences);
  const support = readSupportResponse(contract, sentences);
  const performanceStandards = readPerformanceStandards(contract, sentences);

  const anchor = uptime.sentenceSpan ?? credits.creditSentences[0]?.span ?? sentences.find((s) => SLA_CUE.test(s.lower))?.span ?? null;
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
