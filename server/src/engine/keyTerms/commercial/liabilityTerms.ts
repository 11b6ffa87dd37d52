import type { Contract, Span } from '../../model';
import { toMonths, within } from '../../facts';
import { isRefusal, readSentence, type ClauseReading, type SentenceReading } from '../../semantics';
import { sentencesWithCue } from '../cueSentences';
import { limitCandidates } from '../liability/candidates';
import { readLimitSentence } from '../liability/limitSentence';
import type { DataBreachCap, LiabilityTerms } from './types';

// The liability cap as a buyer negotiates it: how high (an amount, or months of
// fees), what it does not reach (carve-outs), and whether data-protection and
// confidentiality breaches have their own treatment (no cap, or a higher
// "super-cap"). Which sentences limit liability is the liability reader's to
// say (liability/patterns.ts); carve-outs are read from the clause layer's
// exceptions and refusals ("the limits shall not apply to …").

const FEES = /\b(?:fees?|amounts?|sums|charges?|price|payments?|compensation)\s+(?:\S+\s+){0,4}?(?:paid|payable|received|invoiced|due)\b|\b(?:fees?|charges?)\s+(?:\S+\s+){0,4}?(?:for|over|during)\s+(?:a|the)\s+(?:\S+\s+){0,2}?(?:period|months?)\b/;
/** The breaches a buyer wants outside the general cap, by the names a checklist shows. */
const CARVE_OUTS: readonly (readonly [string, RegExp])[] = [
  ['data protection', /\bdata\s+(?:protection|security|privacy|processing|breach)|\bpersonal\s+(?:data|information)|\bprivacy\b|\bsecurity\s+(?:breach|incident|obligations?)|\bdpa\b|\bcustomer\s+data\b/],
  ['confidentiality', /\bconfidential/],
  ['indemnities', /\bindemn/],
  ['gross negligence or wilful misconduct', /\bgross(?:ly)?\s+neglig|\bwil(?:l)?ful\s+(?:misconduct|default|breach)|\bintentional\s+misconduct/],
  ['fraud', /\bfraud/],
  ['death or personal injury', /\bdeath\b|\bpersonal\s+injury|\bbodily\s+injury/],
  ['intellectual property', /\bintellectual\s+property|\binfring/],
  ['payment obligations', /\bpayment\s+obligations?|\b(?:fees|amounts?)\s+(?:\S+\s+){0,2}?(?:owed|due|payable)\b/],
];
/** The carve-outs that keep customer data out of the general cap. */
export const DATA_CARVE_OUTS: ReadonlySet<string> = new Set(['data protection', 'confidentiality']);
const MEASURED = /\$|\b(?:usd|eur|gbp|us\$|€|£)|\b(?:fees|amounts?|sums|charges|price|payments?|dollars|euros|pounds|times)\b|\[\*/;
const NARROW_SCOPE = /\bno-?charge\b|\bfree\s+(?:of\s+charge|products?|services?|trials?|tier|plans?)\b|\btrials?\b|\bbeta\b|\bpreview/;
const DATA_SUBJECT = /\bdata\b|\bconfidential|\bprivacy\b|\bsecurity\b/;
const CEILING = /\b(?:exceed|limited\s+to|capped\s+at|greater\s+than|in\s+excess\s+of|more\s+than|up\s+to)\b/;
const APPLY_CUE = /\b(?:limitations?|exclusions?|caps?|limits?)\b[^;\n]{0,80}?\bapply\b|\bnothing\s+in\s+this\b|\bunlimited\b|\buncapped\b|\bsuper[- ]?cap\b/gi;
/** A second, higher cap by name: "super-cap", "Increased Cap Amount" for "Increased Claims". */
const SUPER_CAP = /\b(?:super|increased|enhanced|special|higher)[- ]?(?:cap|claims)\b/;
const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, twice: 2, double: 2, triple: 3 };

export function readLiabilityTerms(contract: Contract): LiabilityTerms | null {
  const candidates = limitCandidates(contract);
  // The limitation patterns are the costly part: read each candidate once.
  const limits = new Map(candidates.map((c) => [c.span.start, readLimitSentence(c.lower)]));
  const caps = candidates.filter((c) => limits.get(c.span.start)?.kind === 'cap');
  // The general cap is measured (an amount, the fees) and covers the paid service, not only free or trial products.
  const general = caps.find((c) => !capsOnlyData(c.lower) && MEASURED.test(c.lower) && !NARROW_SCOPE.test(c.lower)) ?? null;
  if (!general) return null;
  const carveOutSpans: Span[] = [];
  const carveOuts: string[] = [];
  let uncappedData: Span | null = null;
  const seen = new Set<number>();
  const sentences = [...candidates.map((c) => c.span), ...sentencesWithCue(contract, APPLY_CUE).map((c) => c.sentence.span)];
  for (const span of sentences) {
    if (seen.has(span.start)) continue;
    seen.add(span.start);
    const sentence = { span };
    const limiting = limits.has(span.start) ? limits.get(span.start) !== null : readLimitSentence(contract.normalized.slice(span.start, span.end).toLowerCase()) !== null;
    const text = carvedText(readSentence(contract, sentence), limiting);
    if (!text) continue;
    const names = CARVE_OUTS.filter(([, pattern]) => pattern.test(withSectionTitles(contract, text))).map(([name]) => name);
    if (names.length === 0) continue;
    carveOutSpans.push(span);
    for (const name of names) if (!carveOuts.includes(name)) carveOuts.push(name);
    if (!uncappedData && names.some((n) => DATA_CARVE_OUTS.has(n))) uncappedData = span;
  }
  const superCap = caps.find((c) => c !== general && capsOnlyData(c.lower));
  const dataBreach: DataBreachCap | null = superCap
    ? { ...measure(contract, superCap.span, superCap.lower), span: superCap.span, uncapped: false, multiple: multipleIn(superCap.lower) }
    : uncappedData ? { span: uncappedData, uncapped: true, amount: null, currency: null, multiple: null, feesMonths: null } : null;
  return { span: general.span, ...measure(contract, general.span, general.lower), carveOuts, carveOutSpans, dataBreach };
}

function measure(contract: Contract, span: Span, lower: string): Pick<LiabilityTerms, 'amount' | 'currency' | 'feesMonths' | 'feesBased'> {
  const money = within(contract.facts.money, span)[0];
  const feesBased = FEES.test(lower);
  const period = feesBased ? within(contract.facts.durations, span).find((d) => d.unit === 'month' || d.unit === 'year') : undefined;
  return { amount: money?.amount ?? null, currency: money?.currency ?? null, feesMonths: period ? toMonths(period) : null, feesBased };
}

/** A cap whose subject is data or confidentiality breaches only: "liability for breach of Section 9 (Data Protection) shall not exceed …". */
function capsOnlyData(lower: string): boolean {
  const ceiling = CEILING.exec(lower);
  const head = ceiling ? lower.slice(0, ceiling.index) : lower;
  return /\bliab/.test(head) && DATA_SUBJECT.test(head.slice(head.search(/\bliab/))) || SUPER_CAP.test(lower);
}

function multipleIn(lower: string): number | null {
  const m = /\b(two|three|four|five|six|ten|\d+)\s*(?:\(\d+\)\s*)?(?:times|x)\b|\b(twice|double|triple)\b/.exec(lower);
  if (!m) return null;
  const word = m[1] ?? m[2];
  return NUMBER_WORDS[word] ?? Number(word);
}

/**
 * The words naming what a limit does not reach: the exceptions of a limiting sentence ("except for breaches of
 * confidentiality"), the object of a refused "apply" ("the foregoing limits shall not apply to …"), the subject of a
 * refused limit ("liability for fraud shall not be limited") or of "unlimited", and "nothing … limits liability for …".
 */
function carvedText(reading: SentenceReading, limits: boolean): string | null {
  const parts: string[] = [];
  if (limits) for (const e of reading.exceptions) parts.push(e.lower);
  for (const clause of reading.clauses) {
    if (clause.role !== 'main') continue;
    if (refusesApplying(clause)) parts.push(clause.object);
    else if (isRefusal(clause) && /^be\s+(?:limited|capped|subject)/.test(clause.verb)) parts.push(clause.subject.text);
    else if (/\b(?:unlimited|uncapped)\b/.test(clause.lower)) parts.push(clause.lower);
    else if (clause.negated && /^\s*nothing\b/.test(clause.lower) && /\blimit|\bexclud/.test(clause.lower)) parts.push(clause.lower);
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** "The foregoing limitations shall not apply to …": a refused "apply" said of a limit, an exclusion, a cap or a section. */
function refusesApplying(clause: ClauseReading): boolean {
  return isRefusal(clause) && /^apply/.test(clause.verb) && /\blimit|\bexclu|\bcap\b|\bsection|\bforegoing|\babove\b|\bliabilit/.test(`${clause.subject.text} ${clause.lower}`);
}

/** "Section 9" read with that section's title, so "breach of Section 9" names data protection when Section 9 does. */
function withSectionTitles(contract: Contract, text: string): string {
  return text.replace(/\b(?:section|clause|article)\s+(\d+(?:\.\d+)*)/g, (whole, number: string) => {
    const heading = contract.headings.find((h) => h.number === number);
    return heading ? `${whole} (${heading.title.toLowerCase()})` : whole;
  });
}
