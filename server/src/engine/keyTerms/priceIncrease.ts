import type { Contract, Sentence } from '../model';
import { within } from '../facts';
import type { PriceIncreaseTerms } from './types';

// Renewal pricing: "then-current" list prices, increases the vendor may make at
// will, or increases capped at a percentage or an index.

const PRICE_WORD = /\b(?:fees?|prices?|pricing|rates?|charges?|subscription)\b/;
const INCREASE = /\bincreas|\badjust|\bescalat|\buplift|\braise/;
const THEN_CURRENT = /\bthen[- ]current\s+(?:standard\s+|list\s+|published\s+)?(?:fees?|prices?|pricing|rates?|charges?)|\b(?:at|to)\s+(?:\w+'s\s+)?(?:then[- ]current\s+)?list\s+(?:price|pricing|rates?)/;
const CAP_CUE = /\bnot\s+(?:to\s+)?exceed|\bno\s+(?:more|greater)\s+than|\bup\s+to\b|\bcapped|\bmaximum\s+of|\bat\s+most\b|\blimited\s+to|\bless(?:er)?\s+of/;
const INDEX = /\bcpi\b|\bconsumer\s+price\s+index|\bprice\s+index|\binflation/;
const GREATER_OF = /\bgreater\s+of|\bhigher\s+of|\bplus\b/;
const NOT_ABOUT_FEES = /\binterest\b|\blate\s+(?:payment|charge|fee)/;

export function readPriceIncrease(contract: Contract): PriceIncreaseTerms | null {
  const readings: PriceIncreaseTerms[] = [];
  for (const sentence of contract.topics.get('price-increase') ?? []) {
    const terms = readSentence(contract, sentence);
    if (terms) readings.push(terms);
  }
  let capped: PriceIncreaseTerms | null = null;
  for (let i = 0; i < readings.length; i++) {
    const terms = readings[i];
    if (terms.capPercent !== null) {
      capped ??= terms;
      continue;
    }
    // "…at then-current prices. Any increase shall not exceed 5%…": the next sentence caps this one.
    const next = readings[i + 1];
    if (next && next.capPercent !== null && next.span.start - terms.span.end < CAP_REACH) {
      capped ??= { ...next, span: { start: terms.span.start, end: next.span.end } };
      i++;
      continue;
    }
    // An uncapped or vendor-set price anywhere outweighs a capped one elsewhere.
    return terms;
  }
  return capped;
}

/** How far after an uncapped price term a capping sentence may start and still qualify it. */
const CAP_REACH = 300;

function readSentence(contract: Contract, sentence: Sentence): PriceIncreaseTerms | null {
  const lower = contract.normalized.slice(sentence.span.start, sentence.span.end).toLowerCase();
  if (!PRICE_WORD.test(lower) || NOT_ABOUT_FEES.test(lower)) return null;
  const thenCurrent = THEN_CURRENT.test(lower) && /\brenew|\bextend|\bextension|\bsuccessive|\bthereafter/.test(lower);
  const increase = INCREASE.test(lower);
  if (!thenCurrent && !increase) return null;
  const indexLinked = INDEX.test(lower);
  const percents = within(contract.facts.percents, sentence.span);
  const capCue = CAP_CUE.test(lower);
  let capPercent: number | null = null;
  if (percents.length > 0 && (capCue || !indexLinked)) capPercent = Math.max(...percents.map((p) => p.value));
  // "the greater of 5% or CPI" is bounded by nothing the buyer controls.
  if (indexLinked && GREATER_OF.test(lower)) capPercent = null;
  if (!thenCurrent && capPercent === null && !indexLinked && !/\bmay\b|\breserves?\b|\bshall\s+have\s+the\s+right|\bsubject\s+to\s+change/.test(lower)) return null;
  return { span: sentence.span, capPercent, thenCurrentPricing: thenCurrent, indexLinked };
}
