// Who may audit whom, read from the clause layer. Both audit readings, CUAD's
// "any audit right" and the DPA's "may the buyer audit the processor", ask
// this one question, so they agree by construction: a clause that refuses an
// audit ("shall not be entitled to conduct on-site audits", "Neither party
// shall have the right to audit the other") is a refusal for both.
import type { ClauseReading, PartyRole, SentenceReading } from '../../semantics';

/** The checking verbs: audit, inspect, examine, visit, observe. */
const CHECK_VERB = /^(?:be\s+)?(?:audit|inspect|re-?inspect|examin|re-?examin|visit|observe)/;
/** Verbs that carry an audit noun: "conduct an audit", "request an inspection", "have an accountant examine". */
const CARRIER_VERB = /^(?:conduct|perform|carry|undertake|request|make|have|cause|engage|appoint|designate|retain|use|send|exercise|initiate|require)\b/;
const AUDIT_NOUN = /\b(?:audits?|auditors?|inspections?|examinations?|on-?site\s+visits?)\b/;
/** Books and records: reviewing or verifying these is an audit, as checking the goods is not. */
const RECORDS = /\b(?:books|records|accounts|ledgers|royalty\s+reports?|sales\s+reports?|gross\s+sales|net\s+sales)\b/;
const RECORD_CHECK = /^(?:review|verif|check|test)/;
/** "engage an independent accountant to review the records": the accountant is the audit. */
const ACCOUNTANT = /\baccountants?\b|\baccounting\s+firm\b/;
/** The audited side opening itself up: "shall submit to / allow for / contribute to / cooperate with audits". */
const SUBMITS = /^(?:submit|contribute|allow|cooperate|co-operate|facilitate|assist|accommodate|be\s+subject|permit)\b/;
/** "shall (not) be subject to audit", "shall be available for inspection", "open to examination". */
const OPEN_TO = /^(?:subject|available|open|accessible)\s+(?:to|for)\b/;
/** An audit that goes beyond documents: on the premises, of the facilities or systems. */
const ON_SITE = /\bon-?site\b|\bpremises\b|\bfacilit(?:y|ies)\b|\bdata\s+cent(?:er|re)s?\b|\bsystems\b|\bphysical\b/;

export interface AuditAct {
  readonly clause: ClauseReading;
  /** Who audits: the subject of "may audit", the other side of "shall submit to audits". */
  readonly holder: PartyRole;
  /** The audit is refused: "shall not audit", "is not entitled to conduct on-site audits", "neither party … audit". */
  readonly refused: boolean;
  /** The audit reaches premises, facilities or systems, not only documents. */
  readonly onSite: boolean;
}

/** Every clause of the sentence that grants, requires or refuses an audit, with its holder. */
export function auditActs(reading: SentenceReading): AuditAct[] {
  const acts: AuditAct[] = [];
  for (const clause of reading.clauses) {
    if (clause.role !== 'main' && clause.role !== 'proviso') continue;
    const head = clause.object.slice(0, 80);
    const checks = CHECK_VERB.test(clause.verb) || clause.alsoVerbs.some((v) => CHECK_VERB.test(v))
      || (CARRIER_VERB.test(clause.verb) && AUDIT_NOUN.test(head))
      || (clause.verb === '' && AUDIT_NOUN.test(head) && clause.modality === 'permission')
      || (RECORDS.test(clause.object) && (RECORD_CHECK.test(clause.verb) || (CARRIER_VERB.test(clause.verb) && ACCOUNTANT.test(head))));
    const opens = (SUBMITS.test(clause.verb) || (clause.verb === 'be' && OPEN_TO.test(head))) && AUDIT_NOUN.test(head);
    if (!checks && !opens) continue;
    // A statement ("The audit is conducted at Customer's cost") says how, not whether: no act.
    if (clause.modality === 'statement' && !clause.negated) continue;
    if (clause.negated && clause.limitsExtent) continue;
    const holder = opens ? otherSide(clause.subject.role) : clause.subject.role;
    acts.push({ clause, holder, refused: clause.negated && !clause.limitsExtent, onSite: ON_SITE.test(clause.lower) });
  }
  return acts;
}

function otherSide(role: PartyRole): PartyRole {
  if (role === 'provider') return 'customer';
  if (role === 'customer') return 'provider';
  return role === 'either' || role === 'neither' ? role : 'none';
}

/** The sentence only refuses audits: every audit act in it is refused. */
export function onlyRefusesAudit(reading: SentenceReading): boolean {
  const acts = auditActs(reading);
  return acts.length > 0 && acts.every((a) => a.refused);
}
