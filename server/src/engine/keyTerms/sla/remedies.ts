import type { Contract, Span } from '../../model';
import { toDays, within } from '../../facts';
import { SLA_CUE, type SlaSentence } from './text';
import type { SlaTerms } from './types';
import { grantsAct, readSentence, type ClauseReading } from '../../semantics';

// What the buyer can do when the service misses: is the credit all it gets,
// must it ask for the credit (and how soon), and may it leave after repeated misses.

export const SOLE_REMEDY = /\bsole (?:and exclusive )?remed|\bexclusive (?:and sole )?remed|\bsole and exclusive\b|\bentire (?:and exclusive )?liability|\bfull (?:limit|extent) of (?:our|its|provider's|the provider's|vendor's) liability|\bnot be (?:responsible|liable) for any other remed|\bonly remed|\bin lieu of (?:all|any) other remed|\bno other remed/;
const CLAIM = /\bmust (?:request|notify|submit|claim|provide|contact|open|file|make|send|apply)|\bupon (?:customer's )?(?:written )?request|\bto (?:receive|obtain|claim|be eligible for) (?:a |any )?(?:service )?credit|\brequest (?:for )?(?:a |the |any )?(?:service )?credit|\bclaims? (?:for|must|shall)|\bmust be (?:requested|claimed|submitted)|\bshall (?:request|notify|submit)|\bprovided (?:that )?(?:the )?(?:customer|you|licensee) (?:notif|request|submit|claim)/;
const AUTOMATIC = /\bautomatic|\bwithout (?:any |the need for a |a )?(?:request|claim)|\bproactively/;
const TERMINATE = /\bterminat/;
const REPEATED = /\bconsecutive|\bout of (?:any|the|every)|\bof any\b|\bin any (?:rolling )?|\brolling\b|\bchronic|\brepeated|\bmore than (?:once|twice)|\bor more (?:calendar )?months|\btimes in\b/;
const LEVEL_CUE = /\btarget|\bcommit|\bservice levels?\b|\bsla\b|\buptime|\bavailab/;

/** The remedy terms of an SLA: the same fields SlaTerms carries, read together. */
export type RemedyReading = Pick<SlaTerms, 'soleRemedy' | 'soleRemedySpan' | 'claimWindowDays' | 'claimSpan' | 'creditsAutomatic' | 'chronicFailureExit' | 'chronicFailureSpan'>;

export function readRemedies(contract: Contract, sentences: readonly SlaSentence[], creditSentences: readonly SlaSentence[]): RemedyReading {
  let soleRemedySpan: Span | null = null;
  let chronicFailureSpan: Span | null = null;
  for (const sentence of sentences) {
    const slaHere = sentence.slaContext || SLA_CUE.test(sentence.lower);
    if (!soleRemedySpan && slaHere && wordCount(sentence.lower) >= 5 && SOLE_REMEDY.test(sentence.lower) && !/\bnot (?:the )?(?:sole|exclusive)|\bnon-exclusive|\bin addition to/.test(sentence.lower)
      && !aboutAnotherRemedy(sentence.lower)) {
      soleRemedySpan = sentence.span;
    }
    if (!chronicFailureSpan && TERMINATE.test(sentence.lower) && REPEATED.test(sentence.lower) && LEVEL_CUE.test(sentence.lower) && !vendorsOwnExit(contract, sentence)) {
      chronicFailureSpan = sentence.span;
    }
  }

  let claimWindowDays: number | null = null;
  let claimSpan: Span | null = null;
  let claimRequired = false;
  let automatic = false;
  for (const sentence of creditSentences) {
    if (AUTOMATIC.test(sentence.lower)) automatic = true;
    if (!CLAIM.test(sentence.lower)) continue;
    claimRequired = true;
    // Hours count only as a deadline ("notifies Vendor within 24 hours"), not as the length of an outage.
    const windows = within(contract.facts.durations, sentence.span).filter((d) => d.unit !== 'year'
      && (d.unit !== 'hour' || /\bwithin\s+$/.test(sentence.lower.slice(Math.max(0, d.span.start - sentence.span.start - 8), d.span.start - sentence.span.start))));
    for (const window of windows) {
      const days = toDays(window);
      if (claimWindowDays === null || days < claimWindowDays) {
        claimWindowDays = days;
        claimSpan = window.span;
      }
    }
  }
  return {
    soleRemedy: soleRemedySpan !== null,
    soleRemedySpan,
    claimWindowDays,
    claimSpan,
    creditsAutomatic: automatic ? true : claimRequired ? false : null,
    chronicFailureExit: chronicFailureSpan !== null,
    chronicFailureSpan,
  };
}

/**
 * "If the vendor suspends the Services more than twice in a month, the vendor may terminate": the right to leave is the
 * vendor's, not the buyer's exit. True only when the clause layer finds a grant to terminate and every one is held by
 * the vendor or by a party the draft names without a side (the buyer is "Customer" or "you" in such clauses).
 */
function vendorsOwnExit(contract: Contract, sentence: SlaSentence): boolean {
  const grants = readSentence(contract, sentence).clauses.filter((c) => grantsAct(c, /^terminat/) || (c.role === 'main' && !c.negated && /^terminat/.test(c.verb) && c.modality !== 'statement'));
  const buyers = (c: ClauseReading): boolean => c.subject.role === 'customer' || c.subject.role === 'either' || (c.subject.role === 'none' && c.subject.text.trim() === '');
  return grants.length > 0 && !grants.some(buyers);
}

/** "This section states the sole remedy for infringement": a sole remedy for something other than missed service levels. */
function aboutAnotherRemedy(lower: string): boolean {
  return /\binfring|\bindemni|\bwarrant/.test(lower) && !SLA_CUE.test(lower) && !/\bcredit/.test(lower);
}

/** Clause titles ("Exclusive Remedy.") are sentences too; a remedy needs a real one. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[a-z]/.test(w)).length;
}
