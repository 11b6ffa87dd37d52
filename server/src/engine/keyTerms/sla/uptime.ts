import type { Contract, PercentFact, Span } from '../../model';
import { within } from '../../facts';
import { undefinedTermWith, type SlaSentence } from './text';
import { clauseAt, isRefusal, readSentence, statesOnlyRefusals } from '../../semantics';

// The availability figure: what the vendor commits to, what it merely aims for,
// and the cases with no figure at all ("available at all times", a figure left
// to the order form or cover page).

const UPTIME_CUE = /\buptime|\bavailab|\bdowntime|\bservice levels?\b/;
const EFFORTS = /\befforts?\b|\bendeavou?r|\bstrives?\b|\baims?\b|\bgoal\b|\bobjective\b|\bdesigned to\b|\bintends?\b|\bexpects?\b/;
const GUARANTEE = /\bguarantee|\bcommit|\bwarrant|\bshall\b|\bwill (?:be|make|provide|maintain|meet)\b/;
const CREDIT = /\bcredit/;
// Termination triggers and definitions repeat the figure without promising it.
const NOT_A_COMMITMENT = /\bterminat|\bmeans\b/;
const ALL_THE_TIME = /\bat all times\b|\b24 ?x ?7\b|\b24\/7\b|\btwenty-four hours a day|\baround the clock|\bcontinuously available|\buninterrupted\b/;
const PLACEHOLDER_CUE = /\bif there is an?\b|\bat least the\b|\bmeet the\b|\bachieve the\b|\bset (?:out|forth) in\b|\bspecified in\b|\bstated in\b|\bcover page\b|\border form\b/;
const UPTIME_WORD = /^(?:Uptime|Availability)$/;

/** A formula: "Availability = (Total − Downtime) / Total × 100%", "subtracting from 100% the share of …". */
const FORMULA_AROUND = /[=×*\/÷]|\bx\s*$|\bdivided\s+by\b|\bmultiplied\s+by\b|\bsubtract|\bminus\b|\bfrom\s*$/;
/** A worked example, a past result, or an assumption about unused time: none is what the vendor promises. */
const EXAMPLE_OR_HISTORY = /\bfor\s+example\b|\bfor\s+instance\b|\be\.g\.|\bassum(?:e|ed|ing)\b|\bhistorically\b|\bhas\s+(?:\w+\s+){0,2}(?:achieved|delivered|maintained|averaged|exceeded)|\bhave\s+(?:\w+\s+){0,2}(?:achieved|delivered|averaged)|\bin\s+the\s+past\b|\btrack\s+record\b|\bpast\s+(?:\w+\s+){0,2}(?:performance|months|years|uptime)/;

/**
 * A figure that is no commitment: part of a formula (100% in a calculation, or a figure with "=" or "×" beside it),
 * a worked example or a past result ("has historically achieved 99.99%").
 */
function notTheCommitment(sentence: SlaSentence, percent: PercentFact): boolean {
  const at = percent.span.start - sentence.span.start;
  const before = sentence.lower.slice(Math.max(0, at - 24), at);
  const after = sentence.lower.slice(at, Math.min(sentence.lower.length, at + 30)).replace(/^[^%]*%/, '');
  if (/^\s*(?:[=×*\/÷-]|\bx\b)/.test(after) || FORMULA_AROUND.test(before)) return true;
  if (percent.value === 100 && /[=×*\/÷]|\bcalculat|\bdivided\b/.test(sentence.lower)) return true;
  return EXAMPLE_OR_HISTORY.test(sentence.lower.slice(0, at));
}

export interface UptimeReading {
  readonly uptimePercent: number | null;
  readonly uptimeSpan: Span | null;
  readonly uptimeTargetPercent: number | null;
  readonly uptimeStatedElsewhere: string | null;
  readonly commitment: 'commitment' | 'efforts' | 'unquantified' | 'none';
  /** The sentence the figure (or its absence) was read from. */
  readonly sentenceSpan: Span | null;
}

interface Candidate {
  readonly percent: PercentFact;
  readonly efforts: boolean;
  readonly sentence: SlaSentence;
}

export function readUptime(contract: Contract, sentences: readonly SlaSentence[]): UptimeReading {
  const committed: Candidate[] = [];
  const aimed: Candidate[] = [];
  const inTiers: Candidate[] = [];
  for (const sentence of sentences) {
    if (!UPTIME_CUE.test(sentence.lower) || NOT_A_COMMITMENT.test(sentence.lower)) continue;
    const figures = within(contract.facts.percents, sentence.span).filter((p) => p.value >= 90 && p.value <= 100 && !notTheCommitment(sentence, p));
    if (figures.length === 0) continue;
    if (CREDIT.test(sentence.lower)) {
      // A credit of 100% of the fees is a share, not a level: the table's levels are below 100.
      for (const percent of figures) if (percent.value < 100) inTiers.push({ percent, efforts: false, sentence });
      continue;
    }
    // "Provider does not guarantee that the Service will be available 99.9% of the time": a figure in a refused clause is no promise.
    const reading = readSentence(contract, sentence);
    const refused = figures.every((f) => { const c = clauseAt(reading, f.span.start); return c !== undefined && isRefusal(c); })
      || statesOnlyRefusals(reading);
    const efforts = refused || EFFORTS.test(sentence.lower);
    if (efforts && GUARANTEE.test(sentence.lower) && new Set(figures.map((f) => f.value)).size > 1) {
      // "aims for 99.99% and guarantees 99.9%": the lower figure is the promise.
      const sorted = [...figures].sort((a, b) => a.value - b.value);
      committed.push({ percent: sorted[0], efforts: false, sentence });
      aimed.push({ percent: sorted[sorted.length - 1], efforts: true, sentence });
    } else {
      for (const percent of figures) (efforts ? aimed : committed).push({ percent, efforts, sentence });
    }
  }

  if (committed.length > 0) {
    const first = committed[0];
    const target = aimed.find((a) => a.percent.value > first.percent.value);
    return reading(first, target?.percent.value ?? null, 'commitment');
  }
  if (aimed.length > 0) return reading(aimed[0], null, 'efforts');
  if (inTiers.length > 0) {
    // Only the credit table states the level: its highest threshold is the commitment.
    const top = inTiers.reduce((a, b) => (b.percent.value > a.percent.value ? b : a));
    return reading(top, null, 'commitment');
  }
  return readWithoutFigure(contract, sentences);
}

function reading(c: Candidate, target: number | null, commitment: 'commitment' | 'efforts'): UptimeReading {
  return {
    uptimePercent: c.percent.value,
    uptimeSpan: c.percent.span,
    uptimeTargetPercent: target,
    uptimeStatedElsewhere: null,
    commitment,
    sentenceSpan: c.sentence.span,
  };
}

function readWithoutFigure(contract: Contract, sentences: readonly SlaSentence[]): UptimeReading {
  for (const sentence of sentences) {
    if (!UPTIME_CUE.test(sentence.lower) || NOT_A_COMMITMENT.test(sentence.lower)) continue;
    const elsewhere = PLACEHOLDER_CUE.test(sentence.lower) ? undefinedTermWith(contract, sentence, UPTIME_WORD) : null;
    if (elsewhere) {
      return {
        uptimePercent: null, uptimeSpan: null, uptimeTargetPercent: null, uptimeStatedElsewhere: elsewhere,
        commitment: EFFORTS.test(sentence.lower) ? 'efforts' : 'commitment', sentenceSpan: sentence.span,
      };
    }
  }
  for (const sentence of sentences) {
    if (/\bavailable\b/.test(sentence.lower) && ALL_THE_TIME.test(sentence.lower) && /\bservices?\b|\bplatform\b|\bsolution\b/.test(sentence.lower)
      && !disclaims(contract, sentence)) {
      return { uptimePercent: null, uptimeSpan: null, uptimeTargetPercent: null, uptimeStatedElsewhere: null, commitment: 'unquantified', sentenceSpan: sentence.span };
    }
  }
  return { uptimePercent: null, uptimeSpan: null, uptimeTargetPercent: null, uptimeStatedElsewhere: null, commitment: 'none', sentenceSpan: null };
}

/** Words that deny a promise about what follows: "does not warrant that the Service will always be available". */
const DENIAL = /\b(?:not|no|never)\s+(?:\w+\s+){0,2}(?:warrant|guarantee|represent|promise|commit)|\bdisclaim|\bwithout\s+(?:any\s+)?warrant/;

/** The availability words sit in a refused clause or after a denial of warranty: a disclaimer, not a promise. */
function disclaims(contract: Contract, sentence: SlaSentence): boolean {
  const at = sentence.lower.search(/\bavailable\b/);
  const reading = readSentence(contract, sentence);
  const clause = clauseAt(reading, sentence.span.start + at);
  return (clause !== undefined && isRefusal(clause)) || statesOnlyRefusals(reading) || DENIAL.test(sentence.lower.slice(0, at));
}
