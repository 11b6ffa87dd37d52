import type { Contract, DateFact, Span } from '../model';
import { within } from '../facts';
import { addToDate } from './dates';
import { sentencesWithCue } from './cueSentences';
import { readTermEnd } from './termClause';
import type { ExpirationTerms } from './commercialTypes';

// When the initial term ends: a date the draft states ("shall terminate on June
// 30, 2010"), else the effective date plus the initial term (the day before the
// anniversary), else "perpetual" when the agreement runs until someone ends it.

const TERM_CUE = /\bterm\b|\bexpir|\bterminat|\bin\s+(?:full\s+)?force|\bin\s+effect|\bperpetu|\bindefinite|\bcontinue\b|\bremain\b/gi;
const END_BEFORE_DATE = /\b(?:until|through|thru|ending\s+on|ends\s+on|end\s+on|expire\s+on|expires\s+on|expiring\s+on|expire\s+at|terminate\s+on|terminates\s+on|terminating\s+on|to\s+and\s+including|up\s+to|and\s+ending|expiration\s+date\s+(?:of|is|shall\s+be)|to)\s+(?:the\s+close\s+of\s+business\s+on\s+|midnight\s+(?:on\s+)?|11:59\s+p\.?m\.?\s+(?:on\s+)?)?$/;
const ABOUT_TERM = /\bterm\b|\bthis\s+agreement\b|\bagreement\s+shall\b|\bagreement\s+will\b|\bexpir/;
const PERPETUAL = /\bperpetu(?:al|ity)\b|\bindefinite(?:ly)?\b|\buntil\s+(?:it\s+is\s+|so\s+|otherwise\s+)?terminated\b|\bunless\s+and\s+until\s+terminated\b|\bno\s+(?:fixed\s+)?(?:term|expiration\s+date)\b/;
// "an initial term of one year and indefinitely after that": the indefinite run follows a first term that ends.
const RENEWS = /\brenew|\bsuccessive\b|\bextend|\binitial\s+(?:term|period)\b|\bafter\s+that\b|\bthereafter\b/;
// EDGAR's "Source: COMPANY, 10-K, 3/21/2019" stamps date the filing, not the agreement.
const FILING_STAMP = /\bsource:[^\n]{0,120}$/i;
const NOT_THE_AGREEMENT = /\blicen[cs]e\b|\bconfidential|\bsurviv|\bwarrant|\bobligations?\b/;

export function readExpirationDate(contract: Contract, effectiveIso: string | null, initialTermMonths: number | null, initialTermSpan: Span | null): ExpirationTerms | null {
  const termEnd = readTermEnd(contract, effectiveIso ?? firstDate(contract)?.iso ?? null);
  if (termEnd?.undatedMonths !== undefined) {
    // A stated end date elsewhere beats a length whose start is blank.
    const stated = statedEnd(contract);
    if (stated) return stated;
  }
  if (termEnd) {
    const { iso, perpetual, basis, undatedMonths } = termEnd;
    return { iso, perpetual, basis, span: termEnd.sentence.span, ...(undatedMonths !== undefined ? { undatedMonths } : {}) };
  }
  const stated = statedEnd(contract);
  if (stated) return stated;
  const sentences = sentencesWithCue(contract, TERM_CUE);
  const start = effectiveIso ?? firstDate(contract)?.iso ?? null;
  if (start && initialTermMonths !== null && initialTermSpan) {
    return { iso: addToDate(start, initialTermMonths, -1), perpetual: false, basis: 'from-term', span: initialTermSpan };
  }
  for (const { sentence, lower } of sentences) {
    if (!ABOUT_TERM.test(lower) || NOT_THE_AGREEMENT.test(lower)) continue;
    // "shall renew … for successive one year periods until terminated" runs on in renewals, after a first term that ends.
    const perpetual = PERPETUAL.exec(lower);
    if (!perpetual || RENEWS.test(lower.slice(0, perpetual.index))) continue;
    return { iso: null, perpetual: true, basis: 'perpetual', span: sentence.span };
  }
  return null;
}

/** An end date a sentence about the term states ("… until June 30, 2027"). */
function statedEnd(contract: Contract): ExpirationTerms | null {
  for (const { sentence, lower } of sentencesWithCue(contract, TERM_CUE)) {
    if (!ABOUT_TERM.test(lower)) continue;
    const end = endDateIn(contract, sentence.span, lower);
    if (end) return { iso: end.iso, perpetual: false, basis: 'stated', span: sentence.span };
  }
  return null;
}

function endDateIn(contract: Contract, span: Span, lower: string): DateFact | null {
  for (const date of within(contract.facts.dates, span)) {
    const at = date.span.start - span.start;
    if (END_BEFORE_DATE.test(lower.slice(Math.max(0, at - 60), at))) return date;
  }
  return null;
}

/** The first date in the opening of the document: the date the agreement is made, when no effective date is named. */
function firstDate(contract: Contract): DateFact | null {
  const text = contract.normalized;
  // An end date ("until June 30, 2029") is not where the agreement starts.
  const first = contract.facts.dates.find((d) => !FILING_STAMP.test(text.slice(Math.max(0, d.span.start - 130), d.span.start))
    && !END_BEFORE_DATE.test(text.slice(Math.max(0, d.span.start - 60), d.span.start).toLowerCase()));
  return first && first.span.start < 3000 ? first : null;
}
