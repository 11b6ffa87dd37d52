import type { Contract } from '../../model';
import { isRefusal, clauseAt, readSentence } from '../../semantics';
import type { SlaSentence } from './text';

// Service levels set in another document: "Vendor will make the Platform
// available in accordance with the SLA", "SLA means the then-current service
// level agreement at https://…", "as set out in the Service Level Agreement
// (Attachment 1)". The draft then has no figure of its own, and that is not a
// missing commitment: the buyer must check the named document instead.

const SLA_DOCUMENT = /\bservice\s+level\s+(?:agreements?|terms|addendum|schedule|exhibit|policy|policies)\b|\bslas?\b/;
const INCORPORATED = /\bin\s+accordance\s+with\b|\bas\s+(?:described|set\s+(?:out|forth)|specified|provided|found|detailed)\b|\bsubject\s+to\b|\b(?:available|located|posted|published)\s+at\b|https?:\/\/|\bwww\.|\b(?:attachment|exhibit|schedule|appendix|annex)\s+[a-z0-9]|\bincorporated\b|\bprovided\s+in\b|\bmeans\b|\bapply|\bapplies\b|\bgoverned\s+by\b/;
const ADDRESS = /https?:\/\/[^\s)\]>"']+|\bwww\.[^\s)\]>"']+/;
const PART = /\b(?:attachment|exhibit|schedule|appendix|annex)\s+[a-z0-9]+\b/i;

/** The other document that holds the service levels, named as the draft names it; null when the draft names none. */
export function slaSetElsewhere(contract: Contract, sentences: readonly SlaSentence[]): string | null {
  // An SLA that points to the main terms still holds its own service levels.
  if (contract.kind === 'sla') return null;
  for (const sentence of sentences) {
    const named = SLA_DOCUMENT.exec(sentence.lower);
    if (!named || !INCORPORATED.test(sentence.lower)) continue;
    // "No SLA applies to the free plan", "the SLA does not apply": a refusal names no document that holds the levels.
    const clause = clauseAt(readSentence(contract, sentence), sentence.span.start + named.index);
    if (clause && isRefusal(clause)) continue;
    const address = ADDRESS.exec(sentence.cased)?.[0].replace(/[.,;:]+$/, '');
    const part = PART.exec(sentence.cased)?.[0];
    const name = sentence.cased.slice(named.index, named.index + named[0].length);
    return address ? `${name} at ${address}` : part ? `${name} (${part})` : `the ${name}`;
  }
  return null;
}
