import type { Contract, Span } from '../../model';
import { readSentence, type SentenceReading } from '../../semantics';
import { auditActs, onlyRefusesAudit } from '../audit/auditActs';
import type { ScannedSentence } from './sentenceScan';
import * as cue from './auditCues';

// Any audit or inspection right in the contract, whoever holds it and whatever
// it checks (royalty books, a franchisee's premises, a supplier's plant, a
// processor's systems): CUAD's "Audit Rights". The DPA rule reads the narrower
// `auditRights` (the buyer auditing processing); this list does not feed it.
//
// A sentence counts when it grants the right. The sentences that only say how
// the audit runs ("such audit shall be at the auditing party's expense unless
// it reveals an underpayment of more than 5%") count when a grant is near,
// since the clause around the grant is what a reader wants to see.

/** Sentences after or before a grant that still belong to its clause. */
const NEAR = 6;

/**
 * Every sentence that grants an audit right, with the nearby sentences that set
 * its terms, in document order. `candidates` are the indexes (ascending) of the
 * sentences that can match at all; nearness is counted in the whole document.
 */
export function readAuditClauses(contract: Contract, sentences: readonly ScannedSentence[], candidates: readonly number[]): Span[] {
  const grants: number[] = [];
  const mechanics: number[] = [];
  for (const i of candidates) {
    const { lower } = sentences[i];
    if (grantsAudit(readSentence(contract, sentences[i]))) grants.push(i);
    else if (setsAuditTerms(lower)) mechanics.push(i);
  }
  const near = (i: number): boolean => grants.some((g) => Math.abs(g - i) <= NEAR && sentences[g].headingIndex === sentences[i].headingIndex);
  const kept = [...grants, ...mechanics.filter(near)].sort((a, b) => a - b);
  return kept.map((i) => sentences[i].span);
}

/**
 * The sentence gives someone the right to audit, inspect or examine the other side's books, records or places.
 * Whether it is refused is the clause layer's answer, shared with the DPA's audit reading.
 */
export function grantsAudit(reading: SentenceReading): boolean {
  const { lower } = reading;
  const granted = grantShaped(lower) || auditActs(reading).some((act) => !act.refused && act.clause.modality === 'permission'
    && (cue.RECORD_WORDS.test(act.clause.object) || cue.AUDIT_WORD.test(act.clause.lower)));
  return granted && !cue.OTHER_SENSE.test(lower) && !onlyRefusesAudit(reading)
    && !cue.GOODS_INSPECTION.test(lower) && !cue.REGULATOR_INSPECTION.test(lower);
}

/** One of the shapes a grant takes, before the other senses of "audit" and "inspect" are ruled out. */
function grantShaped(lower: string): boolean {
  const aboutTheOtherSide = cue.AUDIT_WORD.test(lower) || cue.AUDITED_THING.test(lower);
  if (aboutTheOtherSide && (cue.HOLDER_MAY.test(lower) || cue.PARTY_PERMITS.test(lower))) return true;
  if (cue.RECORDS_OPEN.test(lower) && (cue.RECORD_WORDS.test(lower) || cue.AUDIT_WORD.test(lower))) return true;
  return cue.ACCESS.test(lower) && (cue.RECORD_WORDS.test(lower) || cue.CHECKING_PURPOSE.test(lower));
}

/** The sentence sets an audit's terms: notice, hours, frequency, who pays, what a shortfall costs. */
function setsAuditTerms(lower: string): boolean {
  return cue.AUDIT_THING.test(lower) && cue.MECHANICS.test(lower) && !cue.OTHER_SENSE.test(lower) && !cue.GOODS_INSPECTION.test(lower);
}
