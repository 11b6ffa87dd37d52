import type { Contract } from '../../model';
import { grantsAct, isRefusal, mainClauses, readSentence, statesOnlyRefusals, type ClauseReading } from '../../semantics';
import { sentencesWithCue } from '../cueSentences';
import type { EarlyTerminationTerms, FeesCancellableTerms } from './types';

// What it costs to leave: a charge for ending early, and fees that cannot be
// cancelled. Whether a charge is imposed or refused ("no early termination fee
// shall apply", "Customer shall not be charged …") comes from the clause layer.

const CHARGE_CUE = /\bterminat|\bcancel/gi;
const CHARGE = /\b(?:early\s+)?(?:termination|cancellation|exit)\s+(?:fees?|charges?|payments?|penalt(?:y|ies)|amounts?)\b|\bremaining\s+(?:\S+\s+)?(?:months|term|fees|balance|payments|charges)\b|\bremainder\s+of\s+the\s+(?:\S+\s+)?(?:term|period)\b|\bmonths\s+remaining\b|\brest\s+of\s+the\s+(?:\S+\s+)?term\b|\bbalance\s+of\s+the\s+(?:\S+\s+)?term\b|\bliquidated\s+damages\b|\baccelerat/;
const NAMED_CHARGE = /\b(?:early\s+)?(?:termination|cancellation|exit)\s+(?:fees?|charges?|payments?|penalt(?:y|ies))\b|\bliquidated\s+damages\b/;
const CUSTOMER_BREACH = /\b(?:customer|licensee|client|buyer|subscriber|you|your)['’]?s?\s+(?:material\s+|uncured\s+)?(?:breach|default|non-?payment|failure\s+to\s+pay)|\bterminated\s+by\s+(?:the\s+)?\S+\s+for\s+(?:cause|breach)/;
const MONTHS_REMAINING = /\bmonths?\s+remaining\b|\bremaining\s+(?:\S+\s+)?(?:months|term)\b|\bremainder\s+of\s+the\b|\brest\s+of\s+the\s+(?:\S+\s+)?term\b|\bbalance\s+of\s+the\s+(?:\S+\s+)?term\b/;
/** Owing the charge: paying it, it being due, or it being charged, invoiced or owed. */
const OWING = /^(?:pay|owe|remain|become|accelerat|be\s+(?:due|payable|owed|charged|invoiced|liable|obligated|required|responsible|entitled)|charge|invoice)/;
const FORMULA = /\b(?:equal\s+to|calculated\s+as|amounting\s+to|consisting\s+of|in\s+the\s+amount\s+of)\s+(.{6,200}?)(?=[.;]|,\s+(?:plus|which|payable|due|and\s+(?:provider|customer))|$)/;

export function readEarlyTermination(contract: Contract): EarlyTerminationTerms | null {
  let best: { terms: EarlyTerminationTerms; named: boolean } | null = null;
  for (const { sentence, lower } of sentencesWithCue(contract, CHARGE_CUE)) {
    if (!CHARGE.test(lower)) continue;
    const reading = readSentence(contract, sentence);
    if (statesOnlyRefusals(reading) || !reading.clauses.some((c) => imposesCharge(c))) continue;
    // Fees accelerated when the vendor ends the agreement for the customer's own breach are a remedy for breach, not a price of leaving.
    if (reading.clauses.some((c) => c.role !== 'main' && CUSTOMER_BREACH.test(c.lower))) continue;
    // A charge named as such ("early termination fee") says more than fees owed for the rest of the term on any ending.
    const named = NAMED_CHARGE.test(lower) || FORMULA.test(lower);
    if (best && (best.named || !named)) continue;
    best = { named, terms: { span: sentence.span, formula: FORMULA.exec(lower)?.[1].trim() ?? null, monthsRemaining: MONTHS_REMAINING.test(lower) } };
  }
  return best?.terms ?? null;
}

/** A main clause that makes the customer (or no one in particular) owe the charge; a refund the vendor owes is no charge. */
function imposesCharge(clause: ClauseReading): boolean {
  if (clause.role !== 'main' || isRefusal(clause)) return false;
  if (clause.subject.role === 'provider') return /^(?:be\s+entitled|charge|invoice)/.test(clause.verb) || /^(?:may|shall)\s+charge/.test(clause.lower);
  if (OWING.test(clause.verb)) return true;
  return clause.verb === '' && /\b(?:due|payable|owed|apply|applies)\b/.test(clause.lower);
}

const CANCEL_CUE = /\bcancel|\bnon-?\s?cancel/gi;
/** The word that says it in one: "non-cancellable", "noncancelable". */
const NON_CANCELLABLE = /\bnon-?\s?cancell?able\b/;
const CANCELLING = /^(?:be\s+)?cancel/;
/** What is cancelled must be a payment or a purchase: fees, orders, subscriptions, commitments. */
const PAYMENTS = /\bfees?\b|\borders?\b|\bsubscriptions?\b|\bpayments?\b|\bcommitments?\b|\bpurchases?\b|\bobligations?\b|\bamounts?\b|\bcharges?\b/;

export function readFeesCancellable(contract: Contract): FeesCancellableTerms | null {
  const found = cancellation(contract);
  return found ? { ...found, refundOnTermination: refundsOnTermination(contract) } : null;
}

function cancellation(contract: Contract): Omit<FeesCancellableTerms, 'refundOnTermination'> | null {
  let granted: Omit<FeesCancellableTerms, 'refundOnTermination'> | null = null;
  for (const { sentence, lower } of sentencesWithCue(contract, CANCEL_CUE)) {
    if (!PAYMENTS.test(lower)) continue;
    if (NON_CANCELLABLE.test(lower)) return { span: sentence.span, cancellable: false };
    for (const clause of mainClauses(readSentence(contract, sentence), CANCELLING)) {
      if (!PAYMENTS.test(`${clause.subject.text} ${clause.object}`)) continue;
      if (isRefusal(clause)) return { span: sentence.span, cancellable: false };
      if (!granted && grantsAct(clause, CANCELLING) && clause.subject.role !== 'provider') granted = { span: sentence.span, cancellable: true };
    }
  }
  return granted;
}

const REFUND_CUE = /\brefund/gi;
const REFUNDING = /^(?:be\s+)?refund/;

/** "Provider shall refund any prepaid fees for the period after termination": a refund owed, not refused, when the agreement ends. */
function refundsOnTermination(contract: Contract): boolean {
  return sentencesWithCue(contract, REFUND_CUE).some(({ sentence, lower }) => /\bterminat|\bcancel|\bends?\b/.test(lower)
    && mainClauses(readSentence(contract, sentence), REFUNDING).some((c) => !isRefusal(c) && c.modality !== 'statement' && c.subject.role !== 'customer'));
}
