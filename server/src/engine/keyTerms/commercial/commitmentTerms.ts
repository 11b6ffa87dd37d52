import type { Contract, Span } from '../../model';
import { within } from '../../facts';
import { isRefusal, mainClauses, readSentence, statesOnlyRefusals, type ClauseReading, type SentenceReading } from '../../semantics';
import { sentencesWithCue } from '../cueSentences';
import { readMinimumCommitment } from '../minimumCommitment';
import type { MinimumCommitmentTerms } from '../commercialTypes';
import type { CommitmentKind, CommitmentPeriod, CommitmentTerms } from './types';

// The minimum commitment as finance reads it: what is committed (money, seats,
// usage), over what period, whether the customer can bring it down, and whether
// it outlives the agreement. Which sentences state a minimum is the minimum-
// commitment reader's to say; this file only reads them further.

const COMMERCIAL = /\b(?:fees?|spend|pay|purchas|buy|order|seats?|licen[cs]|users?|agents?|minutes|usage|commit|revenue|royalt|subscri|charges?|invoice)/;
const SEATS = /\b(?:seats?|agents?|users?|licen[cs]es?|subscriptions?|workstations?)\b/;
const USAGE = /\b(?:minutes|usage|messages|interactions|transactions|calls|volume|units)\b/;

const PERIODS: readonly (readonly [CommitmentPeriod, RegExp])[] = [
  ['month', /\bmonthly\b|\b(?:per|each|every|a|any)\s+(?:calendar\s+)?month\b/],
  ['quarter', /\bquarterly\b|\b(?:per|each|every|a|any)\s+(?:calendar\s+)?quarter\b/],
  ['year', /\bannual(?:ly)?\b|\byearly\b|\b(?:per|each|every|a|any)\s+(?:calendar\s+|contract\s+)?year\b/],
  ['term', /\b(?:over|during|for)\s+the\s+(?:initial\s+|subscription\s+|entire\s+)?term\b/],
];

/** Words that name what a reduction or roll-over acts on: the commitment itself or the quantity committed. */
const COMMITTED = /\bcommit|\bminimum|\bseats?\b|\bagents?\b|\busers?\b|\blicen[cs]es?\b|\bquantit|\bvolume|\bunused\b|\bspend\b/;
/** Bringing a minimum down: reduce, decrease, true down, roll unused amounts over or carry them forward. */
const REDUCING = /^(?:be\s+)?(?:reduc|decreas|lower|downgrad|true|roll|carr(?:y|ied)|adjust)/;
const REDUCTION_CUE = /\breduc|\bdecreas|\blower|\bdowngrad|\btrue[- ]?down|\broll(?:ed)?[- ]?over|\bcarr(?:y|ied)\s+(?:over|forward)/gi;

/** The rest of the minimum owed when the agreement ends. */
const REMAINING = /\bminimum|\bcommit|\bremaining\b|\bremainder\b|\bbalance\s+of\b|\brest\s+of\s+the\b|\bunpaid\b/;
const ON_TERMINATION = /\bterminat|\bsurviv/gi;
const PAYABLE = /^(?:pay|be\s+(?:due|payable|owed|liable|obligated|responsible)|remain|owe|become|accelerate|surviv)/;
/** An exception or condition that spares the customer when the vendor is at fault (role words the layer would resolve to the vendor). */
const VENDOR_FAULT = /\b(?:provider|vendor|supplier|licensor|seller|company)['’]?s?\s+(?:material\s+|uncured\s+)?(?:breach|default|failure)|\bbreach\s+(?:\S+\s+){0,4}?by\s+(?:the\s+)?(?:provider|vendor|supplier|licensor|seller)|\bfor\s+cause\b|\bchronic\s+failure/;
/** A condition that makes the payment the price of the customer's own early exit (an early-termination charge, not a surviving minimum). */
const CUSTOMER_EXIT = /\bfor\s+(?:its\s+|customer['’]?s\s+)?convenience|\bwithout\s+cause|\bearly\b|\bprior\s+to\s+the\s+end|\bbefore\s+the\s+end|\bcustomer['’]?s?\s+(?:material\s+)?breach|\bby\s+(?:the\s+)?(?:provider|vendor|supplier)\s+for\s+cause/;

/** `stated` is the minimum-commitment reader's answer when the caller has it already (readKeyTerms does). */
export function readCommitmentTerms(contract: Contract, stated: MinimumCommitmentTerms | null = readMinimumCommitment(contract)): CommitmentTerms | null {
  const found = stated;
  // "Customer will not be committed to purchase …": the layer says the commitment is refused, so the sentence commits nothing.
  const first = found?.sentences.find((s) => !refusesCommitment(readSentence(contract, { span: s })) && !isCaption(contract, s));
  if (!found || !first) return null;
  const minimum = { ...found, span: first, ...moneyOf(contract, first) };
  const lower = contract.normalized.slice(minimum.span.start, minimum.span.end).toLowerCase();
  // A minimum of something else ("the minimum amount of information") commits no money, seats or use.
  if (minimum.amount === null && !COMMERCIAL.test(lower)) return null;
  const reduction = findReduction(contract);
  const survives = findSurvival(contract);
  return {
    span: minimum.span,
    kind: kindOf(lower, minimum.amount !== null),
    amount: minimum.amount,
    currency: minimum.currency,
    period: PERIODS.find(([, pattern]) => pattern.test(lower))?.[0] ?? null,
    reducible: reduction !== null,
    reducibleSpan: reduction,
    survivesTermination: survives !== null,
    survivesSpan: survives,
    regardlessOfUsage: minimum.sentences.some((s) => /\b(?:regardless|irrespective)\s+of\s+(?:\S+\s+){0,2}?(?:usage|use)\b/i.test(contract.normalized.slice(s.start, s.end))),
  };
}

/** A heading read as a sentence ("2.2 Minimum Commitment."): it names the minimum, the sentences after it state it. */
function isCaption(contract: Contract, span: Span): boolean {
  const text = contract.normalized.slice(span.start, span.end);
  return text.length < 60 && readSentence(contract, { span }).clauses.every((c) => c.modality === 'statement' && c.verb === '');
}

function refusesCommitment(reading: SentenceReading): boolean {
  const committing = reading.clauses.filter((c) => c.role === 'main' && /\bcommit|\bminimum|\bat\s+least\b|\b(?:no|not)\s+(?:less|fewer)\s+than\b/.test(c.lower));
  return committing.length > 0 && committing.every((c) => isRefusal(c) && !/\b(?:no|not)\s+(?:less|fewer)\s+than\b/.test(c.lower));
}

function moneyOf(contract: Contract, span: Span): { amount: number | null; currency: string | null } {
  const money = within(contract.facts.money, span)[0];
  return { amount: money?.amount ?? null, currency: money?.currency ?? null };
}

function kindOf(lower: string, money: boolean): CommitmentKind {
  if (money || /\bspend|\bfees?\b|\bpayments?\b|\brevenue/.test(lower)) return 'spend';
  if (SEATS.test(lower)) return 'seats';
  return USAGE.test(lower) ? 'usage' : 'spend';
}

/** A sentence granting the customer a way down from the minimum: a permission to reduce, or unused amounts that roll over. */
function findReduction(contract: Contract): Span | null {
  for (const { sentence, lower } of sentencesWithCue(contract, REDUCTION_CUE)) {
    if (!COMMITTED.test(lower)) continue;
    const reading = readSentence(contract, sentence);
    if (mainClauses(reading, REDUCING).some((c) => grantsReduction(c))) return sentence.span;
  }
  return null;
}

function grantsReduction(clause: ClauseReading): boolean {
  if (isRefusal(clause)) return false;
  const holder = clause.subject.role;
  // "Customer may reduce", "may be reduced by Customer", and "unused minutes shall roll over" (no party: a rule of the deal).
  if (clause.modality === 'permission') return holder === 'customer' || holder === 'either' || holder === 'none';
  return holder === 'none' && /^(?:roll|carr|be\s+(?:rolled|carried))/.test(clause.verb);
}

/** A sentence keeping the minimum (or the fees for the rest of the term) payable after any termination, the vendor's breach included. */
function findSurvival(contract: Contract): Span | null {
  for (const { sentence, lower } of sentencesWithCue(contract, ON_TERMINATION)) {
    if (!REMAINING.test(lower) || !/\bfees?\b|\bcommit|\bminimum|\bcharges?\b|\bamounts?\b|\bpayments?\b/.test(lower)) continue;
    const reading = readSentence(contract, sentence);
    if (keepsMinimumPayable(reading)) return sentence.span;
  }
  return null;
}

function keepsMinimumPayable(reading: SentenceReading): boolean {
  if (statesOnlyRefusals(reading)) return false;
  const payable = reading.clauses.some((c) => c.role === 'main' && !isRefusal(c)
    && (PAYABLE.test(c.verb) || (c.verb === '' && /\b(?:due|payable|owed)\b/.test(c.lower)) || /\bsurviv/.test(c.lower)));
  if (!payable) return false;
  const limits = [...reading.conditions, ...reading.exceptions].map((c) => c.lower).join(' ');
  if (VENDOR_FAULT.test(limits) || CUSTOMER_EXIT.test(limits)) return false;
  // "for any reason" / "any termination" / "survive": nothing spares the vendor's breach. A bare "upon termination" counts too.
  return !CUSTOMER_EXIT.test(reading.lower);
}
