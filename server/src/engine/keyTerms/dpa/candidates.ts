import type { Contract } from '../../model';
import { intersectionOf, sentencesMentioning, stems, textMentions } from '../sentenceIndex';

// Which sentences each DPA reader can act on. A sentence holding none of a
// reader's stems (one literal word from each alternative of its first cue
// pattern in cues.ts or regions.ts) fails that pattern, so the reader would
// skip it anyway. Keep the stems in step with the patterns.

const PERSONAL_DATA_STEMS = stems('personal', 'recording', 'transcript', 'subject', 'records');
/** DPA_REFERENCE: "data processing/protection agreement", "DPA", "privacy addendum". */
const DPA_REFERENCE_STEMS = stems('processing', 'protection', 'dpa', 'privacy');
/** SCCS with PRECEDENCE (readDpa.ts): transfer clauses that control in a conflict. */
const TRANSFER_CLAUSE_STEMS = stems('contractual', 'scc', 'model');
const BREACH_STEMS = stems('breach', 'security', 'unauthori', 'incident');
/** AUDIT, and REPORTS for the reports-only reading. */
const AUDIT_STEMS = stems('audit', 'inspect', 'soc', '27001', 'summary', 'report', 'certification', 'questionnaire');
/** auditCues.ts: the checking verbs and nouns, records kept "available", "access" to books or places. */
const AUDIT_CLAUSE_STEMS = stems('audit', 'inspect', 'examin', 'visit', 'observ', 'review', 'available', 'access', 'open', 'verif', 'accountant');
const SUBPROCESSOR_STEMS = stems('processor', 'processing', 'contractor');
const RESIDENCY_VERB_STEMS = stems('stor', 'host', 'process', 'locat', 'resid', 'cent', 'maintain', 'kept');
const DATA_WORD_STEMS = stems('data', 'content', 'information', 'recording');
const DELETE_OR_RETURN_STEMS = stems('delet', 'destr', 'eras', 'purg', 'return');
/** REGIONS (cues.ts) and the US states regions.ts names. */
const REGION_STEMS = stems(
  'european', 'eu', 'eea', 'united', 'u.s.', 'usa', 'uk', 'canada', 'australia', 'germany', 'switzerland',
  'japan', 'india', 'singapore', 'brazil', 'america', 'europe', 'france', 'ireland', 'netherlands',
  'california', 'virginia', 'colorado', 'connecticut', 'utah', 'texas', 'oregon',
);

/** The literal words each law's pattern (cues.LAWS) needs; a law not listed here is always searched for. */
const LAW_STEMS: Readonly<Record<string, readonly string[]>> = {
  'UK GDPR': stems('gdpr'),
  GDPR: stems('gdpr', 'regulation'),
  CCPA: stems('ccpa', 'california'),
  CPRA: stems('cpra', 'california'),
  HIPAA: stems('hipaa', 'portability'),
  PIPEDA: stems('pipeda'),
  LGPD: stems('lgpd'),
  'UK Data Protection Act 2018': stems('2018'),
  'Swiss FADP': stems('swiss', 'fadp'),
  VCDPA: stems('vcdpa', 'virginia'),
  GLBA: stems('gramm', 'glba'),
};

export interface DpaCandidates {
  readonly personalData: readonly number[];
  readonly dpaReference: readonly number[];
  readonly breach: readonly number[];
  readonly transferClauses: readonly number[];
  readonly audit: readonly number[];
  readonly auditClause: readonly number[];
  readonly subprocessor: readonly number[];
  readonly residency: readonly number[];
  readonly deletion: readonly number[];
  readonly regions: readonly number[];
}

export function dpaCandidates(contract: Contract, sentenceCount: number): DpaCandidates {
  return {
    personalData: sentencesMentioning(contract, PERSONAL_DATA_STEMS),
    dpaReference: sentencesMentioning(contract, DPA_REFERENCE_STEMS),
    breach: sentencesMentioning(contract, BREACH_STEMS),
    transferClauses: sentencesMentioning(contract, TRANSFER_CLAUSE_STEMS),
    audit: sentencesMentioning(contract, AUDIT_STEMS),
    auditClause: sentencesMentioning(contract, AUDIT_CLAUSE_STEMS),
    subprocessor: sentencesMentioning(contract, SUBPROCESSOR_STEMS),
    residency: intersectionOf(sentenceCount, sentencesMentioning(contract, RESIDENCY_VERB_STEMS), sentencesMentioning(contract, DATA_WORD_STEMS), sentencesMentioning(contract, REGION_STEMS)),
    deletion: intersectionOf(sentenceCount, sentencesMentioning(contract, DELETE_OR_RETURN_STEMS), sentencesMentioning(contract, DATA_WORD_STEMS)),
    regions: sentencesMentioning(contract, REGION_STEMS),
  };
}

/** The law's pattern can match somewhere in the text. */
export function mayNameLaw(contract: Contract, law: string): boolean {
  const needed = LAW_STEMS[law];
  return needed === undefined || textMentions(contract, needed);
}
