import type { Contract, Span } from '../../model';
import { headingIndexAt } from '../../parse/sections';
import { readCredits } from './credits';
import { readExclusions } from './exclusions';
import { readMeasurementPeriod } from './period';
import { readRemedies } from './remedies';
import { readPerformanceStandards, readSupportResponse } from './standards';
import { SLA_CUE, slaText, type SlaSentence } from './text';
import { slaCandidates } from './candidates';
import type { SlaTerms } from './types';
import { readUptime } from './uptime';
import { slaSetElsewhere } from './elsewhere';

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
  // No service levels of its own, but a named document that holds them: reported as set there, not as missing.
  const elsewhere = saysSomething ? null : readElsewhere(contract, text.pick(candidates.slaCue));
  if (elsewhere) {
    // "Our quarterly uptime commitment is in the SLA": the period the draft names still counts.
    return {
      ...EMPTY, span: elsewhere.span, setElsewhere: elsewhere.name, headingIndex: headingIndexAt(contract, elsewhere.span.start),
      measurementPeriod: measurement?.period ?? null, measurementSpan: measurement?.span ?? null,
    };
  }
  if (!saysSomething || anchor === null) return null;
  return {
    span: anchor,
    setElsewhere: null,
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

function readElsewhere(contract: Contract, sentences: readonly SlaSentence[]): { name: string; span: Span } | null {
  for (const sentence of sentences) {
    const name = slaSetElsewhere(contract, [sentence]);
    if (name) return { name, span: sentence.span };
  }
  return null;
}

/** Service levels with nothing stated in this draft. */
const EMPTY: Omit<SlaTerms, 'span' | 'setElsewhere' | 'headingIndex'> = {
  uptimePercent: null, uptimeSpan: null, uptimeTargetPercent: null, uptimeStatedElsewhere: null, commitment: 'none',
  measurementPeriod: null, measurementSpan: null, exclusions: [], credits: [], maxCreditPercent: null, maxCreditSpan: null,
  maxCreditBasis: null, creditsAutomatic: null, creditsAffectedServiceOnly: false, soleRemedy: false, soleRemedySpan: null,
  claimWindowDays: null, claimSpan: null, chronicFailureExit: false, chronicFailureSpan: null, performanceStandards: [],
  supportResponse: [], supportResponseStatedElsewhere: null,
};
