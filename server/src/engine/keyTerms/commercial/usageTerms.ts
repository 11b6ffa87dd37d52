import type { Contract } from '../../model';
import { within } from '../../facts';
import { readSentence, statesOnlyRefusals } from '../../semantics';
import { sentencesWithCue } from '../cueSentences';
import type { ConsumptionTerms, SeatModelTerms, TrueUpTerms } from './types';

// How use is charged: what happens above the commitment (true-up), what is
// metered (consumption) and how a seat is counted. A sentence that only refuses
// a charge ("Customer shall not be charged for overage") prices nothing.

/** Words that make a sentence about money: a rule of use that costs nothing is not pricing. */
const CHARGED = /\bfees?\b|\bcharge|\bpric|\brates?\b|\bbill|\binvoic|\bpay|\bcost|\$|\busd\b|\beur\b|\bgbp\b/;

function priced(contract: Contract, sentence: Parameters<typeof readSentence>[1], lower: string): boolean {
  return CHARGED.test(lower) && !statesOnlyRefusals(readSentence(contract, sentence));
}

// ---- true-up ----------------------------------------------------------------

const TRUE_UP_CUE = /\btrue[- ]?up|\boverage|\bexcess\s+(?:usage|use|seats|users|agents)|\bin\s+excess\s+of\s+(?:the\s+)?(?:committed|minimum|purchased|contracted|included)|\babove\s+(?:the\s+)?(?:committed|minimum|purchased|contracted|included)|\badditional\s+(?:seats|users|agents|minutes|usage)\b/gi;
const LIST_PRICE = /\bthen[- ]?current\b|\blist\s+pric|\bstandard\s+(?:rates?|pric)|\bprevailing\s+(?:rates?|pric)|\bpublished\s+(?:rates?|pric)|\brate\s+card/;
const FIXED_PRICE = /\bas\s+(?:set\s+(?:out|forth)|specified|stated)\s+in\s+(?:the\s+|each\s+|an?\s+)?(?:applicable\s+|relevant\s+)?(?:order|schedule|exhibit|pricing|quote|statement\s+of\s+work)|\bsame\s+(?:unit\s+|per[- ]unit\s+)?(?:price|rate)|\b(?:prices?|rates?|fees?)\s+(?:\S+\s+){0,3}?(?:set\s+(?:out|forth)|specified|stated|listed|shown)\s+in\b|\b(?:order\s+form|schedule|exhibit|pricing\s+(?:schedule|table))\s+(?:rates?|prices?)\b/;

export function readTrueUp(contract: Contract): TrueUpTerms | null {
  // One sentence fixing the price of extra use defines it, wherever the draft also mentions overage.
  let first: TrueUpTerms | null = null;
  for (const { sentence, lower } of sentencesWithCue(contract, TRUE_UP_CUE)) {
    if (!priced(contract, sentence, lower)) continue;
    const stated = within(contract.facts.money, sentence.span).length > 0 || within(contract.facts.percents, sentence.span).length > 0;
    const how = LIST_PRICE.test(lower) ? 'list' : stated || FIXED_PRICE.test(lower) ? 'fixed' : 'unstated';
    if (how === 'fixed') return { span: sentence.span, priced: how };
    if (!first || (first.priced === 'unstated' && how === 'list')) first = { span: sentence.span, priced: how };
  }
  return first;
}

// ---- consumption ------------------------------------------------------------

const UNITS: readonly (readonly [string, RegExp])[] = [
  ['AI transactions', /\b(?:ai|bot|virtual\s+agent|generative)\s+(?:\S+\s+)?(?:transactions?|requests?|sessions?|credits?|tokens?)\b|\bper[- ](?:ai\s+)?transaction\b/],
  ['minutes', /\bper[- ](?:\S+\s+)?minutes?\b|\b(?:usage|calling|talk|voice)\s+minutes\b|\bminutes\s+of\s+(?:use|usage|calling)\b/],
  ['interactions', /\bper[- ](?:\S+\s+)?(?:interactions?|conversations?|contacts?|sessions?)\b/],
  ['messages', /\bper[- ](?:\S+\s+)?(?:messages?|sms|texts?|emails?)\b/],
  ['calls', /\bper[- ]calls?\b/],
  ['calling credits', /\bcalling\s+credits?\b|\busage\s+credits?\b|\bprepaid\s+(?:usage|minutes|credits?)\b/],
];
/** Only sentences that may name a unit are read for units (a bare "per" is in most sentences of a contract). */
const UNIT_CUE = /\bper[- ](?:\S+\s+)?(?:minutes?|interactions?|conversations?|contacts?|sessions?|messages?|sms|texts?|emails?|calls?|transactions?)\b|\b(?:calling|usage|prepaid)\s+(?:credits?|minutes|usage)\b|\b(?:ai|bot|agent|generative)\s+(?:\S+\s+)?(?:transactions?|requests?|sessions?|credits?|tokens?)\b|\bminutes\s+of\s+(?:use|usage|calling)\b/gi;
const CAP_CUE = /\busage|\bconsumption|\boverage|\bmetered/gi;
/** A ceiling on what usage may cost: a cap, a spending limit, or usage charges that "shall not exceed". */
const CAP_WORDS = /\b(?:cap|capped|ceiling|spend(?:ing)?\s+limit|budget\s+limit|not[- ]to[- ]exceed)\b/;
const USAGE_MONEY = /\busage|\bconsumption|\boverage|\bmetered|\bcharges\b|\bfees\b|\bspend/;

export function readConsumption(contract: Contract): ConsumptionTerms | null {
  let first: { span: ConsumptionTerms['span']; units: string[] } | null = null;
  for (const { sentence, lower } of sentencesWithCue(contract, UNIT_CUE)) {
    const units = UNITS.filter(([, pattern]) => pattern.test(lower)).map(([name]) => name);
    if (units.length === 0 || !priced(contract, sentence, lower)) continue;
    if (!first) first = { span: sentence.span, units };
    else for (const u of units) if (!first.units.includes(u)) first.units.push(u);
  }
  if (!first) return null;
  const cap = sentencesWithCue(contract, CAP_CUE).find(({ sentence, lower }) => capsUsage(contract, sentence, lower));
  return { span: first.span, units: first.units, capped: cap !== undefined, capSpan: cap?.sentence.span ?? null };
}

/** "usage charges shall not exceed …" is the clause layer's refusal of exceeding, said of money; or the words of a cap. */
function capsUsage(contract: Contract, sentence: Parameters<typeof readSentence>[1], lower: string): boolean {
  if (CAP_WORDS.test(lower)) return true;
  return readSentence(contract, sentence).clauses.some((c) => c.role === 'main' && c.negated && /^exceed/.test(c.verb) && USAGE_MONEY.test(c.subject.text));
}

// ---- seats ------------------------------------------------------------------

const SEAT_CUE = /\bseats?\b|\busers?\b|\bagents?\b|\bconcurrent|\bat\s+any\s+one\s+time\b/gi;
const SEAT_WORD = /\b(?:seats?|users?|agents?|licen[cs]es?|logins?|workstations?)\b/;
const NAMED = /\bnamed\s+(?:\S+\s+)?(?:users?|agents?|seats?|licen[cs]es?)\b/;
const CONCURRENT = /\bconcurrent(?:ly)?\b|\bat\s+any\s+one\s+time\b|\bsimultaneous(?:ly)?\b|\bat\s+the\s+same\s+time\b/;
const PER_SEAT = /\bper[- ](?:named\s+|concurrent\s+)?(?:seat|user|agent|licen[cs]e)\b|\b(?:seat|user|agent)\s+(?:fees?|prices?|licen[cs]es?)\b|\bnumber\s+of\s+(?:seats|users|agents|licen[cs]es)\b/;
const COUNTING: readonly (readonly [NonNullable<SeatModelTerms['counting']>, RegExp])[] = [
  ['peak', /\bpeak\b|\bhighest\s+(?:\S+\s+){0,2}?(?:number|count|usage)\b|\bmaximum\s+number\s+of\s+(?:\S+\s+)?(?:seats|users|agents)\b/],
  ['average', /\baverage\s+(?:\S+\s+){0,2}?(?:number|count|usage)\b/],
  ['at-any-one-time', /\bat\s+any\s+one\s+time\b|\bsimultaneous(?:ly)?\b|\bat\s+the\s+same\s+time\b/],
];

export function readSeatModel(contract: Contract): SeatModelTerms | null {
  let model: { span: SeatModelTerms['span']; model: SeatModelTerms['model'] } | null = null;
  let pricedSeats: SeatModelTerms['span'] | null = null;
  let counting: SeatModelTerms['counting'] = null;
  for (const { sentence, lower } of sentencesWithCue(contract, SEAT_CUE)) {
    if (!SEAT_WORD.test(lower)) continue;
    const stated = NAMED.test(lower) ? 'named' : CONCURRENT.test(lower) ? 'concurrent' : null;
    if (stated && !model) model = { span: sentence.span, model: stated };
    if (!pricedSeats && PER_SEAT.test(lower) && CHARGED.test(lower)) pricedSeats = sentence.span;
    const how = COUNTING.find(([, pattern]) => pattern.test(lower) && (stated !== null || PER_SEAT.test(lower) || /\bbill|\binvoic|\bcharge/.test(lower)))?.[0];
    // What the bill is counted on (a peak, an average) says more than how a concurrent seat is defined ("at any one time").
    if (how && (counting === null || COUNTING.findIndex(([name]) => name === how) < COUNTING.findIndex(([name]) => name === counting))) counting = how;
  }
  if (model) return { ...model, counting };
  return pricedSeats ? { span: pricedSeats, model: 'unstated', counting } : null;
}
