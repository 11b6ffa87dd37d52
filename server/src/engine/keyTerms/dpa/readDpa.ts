import type { Contract, Span } from '../../model';
import { toDays, within } from '../../facts';
import type { AuditRights, BreachNotice, DpaElement, DpaPresence, DpaTerms } from './types';
import { headingTitles, matchSpan, scanSentences, titleLine, type ScannedSentence } from './sentenceScan';
import * as cue from './cues';
import { readRegionsServed } from './regions';
import { readAuditClauses } from './auditClauses';
import { auditActs } from '../audit/auditActs';
import { clauseAt, readSentence, statesOnlyRefusals, type SentenceReading } from '../../semantics';
import { dpaCandidates, mayNameLaw } from './candidates';
import { lowerText } from '../sentenceIndex';
import { qualifiesTheDpa } from './qualifiedNoun';

// Reads the data-protection terms: whether the draft has a DPA at all (as the
// document itself, a section or exhibit, or a reference to another paper), and
// which of the elements a buyer checks it states. Each element is decided by
// sentence-level cues; the span kept is the sentence that states it.

type Spans = { -readonly [K in DpaElement]?: Span };

export function readDpa(contract: Contract): DpaTerms {
  const sentences = scanSentences(contract);
  // Each reader reads only the sentences its first cue pattern can match (candidates.ts).
  const candidates = dpaCandidates(contract, sentences.length);
  const pick = (indexes: readonly number[]): ScannedSentence[] => indexes.map((i) => sentences[i]);
  const subprocessors = pick(candidates.subprocessor);
  const spans: Spans = {};
  const presence = readPresence(contract, pick(candidates.dpaReference), spans);
  const url = readIncorporation(contract, sentences, candidates.dpaReference, spans);
  const breach = readBreachNotice(contract, pick(candidates.breach), spans);
  const audit = sccsGrantAudits(readAudit(contract, pick(candidates.audit), spans), pick(candidates.transferClauses), spans);
  const auditClauses = readAuditClauses(contract, sentences, candidates.auditClause);
  const subprocessorNotice = readSubprocessorNotice(contract, subprocessors, spans);
  return {
    present: presence !== null,
    presentAs: presence,
    handlesPersonalData: mark(spans, 'personalData', pick(candidates.personalData).find((s) => cue.PERSONAL_DATA.test(s.lower))),
    incorporatedByUrl: url.address,
    mutable: url.mutable,
    residency: readResidency(contract, pick(candidates.residency), spans),
    subprocessorList: mark(spans, 'subprocessorList', subprocessors.find((s) => cue.SUBPROCESSOR.test(s.lower) && cue.SUBPROCESSOR_LIST.test(s.lower))),
    subprocessorChangeNotice: subprocessorNotice.found,
    subprocessorChangeNoticeDays: subprocessorNotice.days,
    objectionRight: mark(spans, 'objectionRight', subprocessors.find(
      (s) => cue.SUBPROCESSOR.test(s.lower) && cue.OBJECT.test(s.lower) && !refusesObjection(readSentence(contract, s)),
    )),
    breachNoticeHours: breach.hours,
    breachNotice: breach.notice,
    auditRights: audit,
    anyAuditRight: auditClauses.length > 0,
    auditSentences: auditClauses,
    deletionOrReturn: mark(spans, 'deletionOrReturn', readDeletion(pick(candidates.deletion))),
    laws: readLaws(contract, spans),
    regionsServed: readRegionsServed(contract, pick(candidates.regions)),
    spans,
  };
}

function mark(spans: Spans, element: DpaElement, sentence: ScannedSentence | undefined): boolean {
  if (!sentence) return false;
  spans[element] = sentence.span;
  return true;
}

/** A return-or-deletion sentence, preferring one about the end of the agreement over a data subject's request. */
function readDeletion(sentences: readonly ScannedSentence[]): ScannedSentence | undefined {
  const deletions = sentences.filter((s) => cue.DELETE_OR_RETURN.test(s.lower) && cue.DATA_OBJECT.test(s.lower)
    && !/\breturn\s+(?:of\s+)?(?:any\s+)?(?:fees|payment|goods|products|equipment|defective)/.test(s.lower));
  return deletions.find((s) => /\bterminat|\bexpir|\bend\s+of\b|\bends\b/.test(s.lower)) ?? deletions[0];
}

function readPresence(contract: Contract, sentences: readonly ScannedSentence[], spans: Spans): DpaPresence | null {
  if (contract.kind === 'dpa') {
    spans.present = contract.headings[0]?.span ?? titleLine(contract);
    return 'document';
  }
  // Another paper named as the DPA: its elements live there, not in this draft.
  const reference = sentences.find((s) => cue.DPA_REFERENCE.test(s.lower) && !cue.SELF_REFERENCE.test(s.lower));
  if (reference) {
    spans.present = reference.span;
    return 'reference';
  }
  const titles = headingTitles(contract);
  const section = titles.findIndex((t) => cue.DATA_PROTECTION_HEADING.test(t) && !/\bdefinition/.test(t));
  if (section >= 0) {
    spans.present = contract.headings[section].span;
    return 'section';
  }
  return null;
}

function readIncorporation(contract: Contract, sentences: readonly ScannedSentence[], references: readonly number[], spans: Spans): { address: string | null; mutable: boolean } {
  let address: string | null = null;
  let mutable = false;
  for (const i of references) {
    const s = sentences[i];
    const aboutDpa = cue.DPA_REFERENCE.test(s.lower);
    if (!aboutDpa) continue;
    // The address and the "as updated" words often sit in the sentence after the reference.
    const next = sentences[i + 1]?.clauseIndex === s.clauseIndex ? sentences[i + 1] : undefined;
    for (const candidate of next ? [s, next] : [s]) {
      const where = matchSpan(candidate, cue.URL);
      if (where && address === null) {
        address = contract.text.slice(where.start, where.end).replace(/[.,;:]+$/, '').replace(/^(?:at|on|via)\s+/i, '');
        spans.incorporatedByUrl = where;
      }
      const change = mutableSpan(candidate);
      if (change && !mutable && !cue.AGREED_CHANGE.test(candidate.lower)) {
        mutable = true;
        spans.mutable = change;
      }
    }
  }
  return { address, mutable };
}

/** The first change qualifier of the sentence that is attached to the DPA itself (qualifiedNoun.ts). */
function mutableSpan(s: ScannedSentence): Span | null {
  const global = new RegExp(cue.MUTABLE.source, 'g');
  for (let m = global.exec(s.lower); m !== null; m = global.exec(s.lower)) {
    if (qualifiesTheDpa(s.lower, m.index, m[0])) return { start: s.span.start + m.index, end: s.span.start + m.index + m[0].length };
  }
  return null;
}

function readResidency(contract: Contract, sentences: readonly ScannedSentence[], spans: Spans): string[] {
  const found: string[] = [];
  for (const s of sentences) {
    if (!cue.RESIDENCY_VERB.test(s.lower) || !/\b(?:data|content|information|recordings?)\b/.test(s.lower)) continue;
    for (const [pattern, name] of cue.REGIONS) {
      const global = new RegExp(pattern.source, 'g');
      for (let m = global.exec(s.lower); m !== null; m = global.exec(s.lower)) {
        const before = s.lower.slice(Math.max(0, m.index - 40), m.index);
        const inside = cue.IN_REGION.test(before) || (cue.OUTSIDE_REGION.test(before) && /\b(?:not|never|no)\b/.test(s.lower.slice(0, m.index)));
        if (!inside || found.includes(name)) continue;
        // "may be processed outside the EU, such as in the United States": an example of where data may go, not where it stays.
        if (/\b(?:such\s+as|for\s+example|e\.g\.|for\s+instance|including)\s*,?\s*(?:in|within)\s+(?:the\s+)?$/.test(before)) continue;
        // "If you are located in the EU, your data is stored in the US": where the user is, not the data.
        if (/\b(?:you|customer|users?)\s+(?:are|is)\s+(?:located|based|resident)\s+(?:in|within)\s+(?:the\s+)?$/.test(s.lower.slice(Math.max(0, m.index - 40), m.index))) continue;
        // "US" and "EU" in capitals only: "us" is a pronoun.
        if (m[0].length <= 3 && contract.normalized.slice(s.span.start + m.index, s.span.start + m.index + m[0].length) !== m[0].toUpperCase()) continue;
        found.push(name);
        spans.residency ??= s.span;
      }
    }
  }
  return found;
}

function readSubprocessorNotice(contract: Contract, sentences: readonly ScannedSentence[], spans: Spans): { found: boolean; days: number | null } {
  const s = sentences.find((x) => cue.SUBPROCESSOR.test(x.lower) && cue.NOTICE.test(x.lower) && cue.CHANGE.test(x.lower));
  if (!s) return { found: false, days: null };
  spans.subprocessorChangeNotice = s.span;
  const duration = within(contract.facts.durations, s.span).find((d) => d.unit !== 'hour' && d.unit !== 'year');
  return { found: true, days: duration ? toDays(duration) : null };
}

function readBreachNotice(contract: Contract, sentences: readonly ScannedSentence[], spans: Spans): { hours: number | null; notice: BreachNotice } {
  let vague: ScannedSentence | undefined;
  for (const s of sentences) {
    if (!cue.BREACH.test(s.lower) || !cue.BREACH_NOTICE.test(s.lower)) continue;
    const noticeAt = s.span.start + (cue.BREACH_NOTICE.exec(s.lower)?.index ?? 0);
    // "Customer shall notify Provider immediately of any unauthorised use of its accounts": the buyer's duty to report,
    // not the vendor's breach notice. The clause layer says whose duty the notice is.
    if (customersDuty(contract, s, noticeAt)) continue;
    const duration = within(contract.facts.durations, s.span).find((d) => d.span.start > noticeAt && d.unit !== 'year' && d.unit !== 'month');
    if (duration) {
      spans.breachNotice = duration.span;
      return { hours: duration.unit === 'hour' ? duration.value : toDays(duration) * 24, notice: 'stated' };
    }
    if (!vague && cue.VAGUE_TIMING.test(s.lower)) vague = s;
  }
  if (vague) {
    spans.breachNotice = matchSpan(vague, cue.VAGUE_TIMING) ?? vague.span;
    return { hours: null, notice: 'vague' };
  }
  return { hours: null, notice: 'none' };
}

const ONSITE = /\bon-?site\s+(?:inspections?|audits?)\b/;
const BUYER = /\b(?:customer|client|controller|licensee)\b/;

/**
 * The buyer's audit of the processor, from the clause layer's audit acts: a
 * grant the buyer holds is full unless the draft limits it to reports or
 * refuses audits elsewhere ("shall not be entitled to conduct on-site audits");
 * an audit of the buyer by the vendor is not the buyer's right.
 */
function readAudit(contract: Contract, sentences: readonly ScannedSentence[], spans: Spans): AuditRights {
  let full: ScannedSentence | undefined;
  let limited: ScannedSentence | undefined;
  let reports: ScannedSentence | undefined;
  let refused: ScannedSentence | undefined;
  for (const s of sentences) {
    const aboutAudit = cue.AUDIT.test(s.lower);
    // The candidates are the sentences that name an audit or its reports; an examination or a visit alone is no DPA audit.
    const reading = aboutAudit ? readSentence(contract, s) : null;
    const acts = reading ? auditActs(reading) : [];
    const buyers = acts.filter((a) => a.holder !== 'provider');
    if (buyers.some((a) => a.refused)) refused ??= s;
    const granted = buyers.some((a) => !a.refused);
    if (aboutAudit && granted && cue.REPORTS_ONLY.test(s.lower)) limited ??= s;
    else if (granted) full ??= s;
    // "the parties will meet to agree the conditions of an on-site inspection": an inspection the buyer gets, said without "may".
    else if (reading && acts.length === 0 && ONSITE.test(s.lower) && BUYER.test(s.lower) && !statesOnlyRefusals(reading)) full ??= s;
    else if (acts.length === 0 && cue.REPORTS.test(s.lower) && (aboutAudit || /\b(?:provide|make\s+available|give|furnish)/.test(s.lower))) reports ??= s;
  }
  if (refused && !full && !limited && !reports) {
    spans.auditRights = refused.span;
    return 'none';
  }
  const chosen = refused ?? limited ?? full ?? reports;
  if (chosen) spans.auditRights = chosen.span;
  return refused || limited ? 'reports-only' : full ? 'full' : reports ? 'reports-only' : 'none';
}

const SCCS = /\bstandard\s+contractual\s+clauses\b|\bsccs?\b|\bmodel\s+clauses\b/;
const PRECEDENCE = /\b(?:prevail|prevails|control|controls|govern|governs)\b|\btakes?\s+precedence\b/;
const CONFLICT = /\bconflicts?\b|\binconsisten/;

/**
 * Order of precedence: a DPA whose Standard Contractual Clauses "will control" in a conflict carries their audit
 * clause (the buyer may audit the importer's processing facilities), whatever narrower words the DPA uses.
 */
function sccsGrantAudits(audit: AuditRights, sentences: readonly ScannedSentence[], spans: Spans): AuditRights {
  if (audit === 'full') return audit;
  const controls = sentences.find((s) => SCCS.test(s.lower) && PRECEDENCE.test(s.lower) && CONFLICT.test(s.lower));
  if (!controls) return audit;
  spans.auditRights = controls.span;
  return 'full';
}

/** The notice at `at` is owed by the buyer (its own clause's subject, or every saying clause of the sentence). */
function customersDuty(contract: Contract, s: ScannedSentence, at: number): boolean {
  const reading = readSentence(contract, s);
  const clause = clauseAt(reading, at);
  if (clause && clause.modality !== 'statement') return clause.subject.role === 'customer';
  const saying = reading.clauses.filter((c) => c.role === 'main' && c.modality !== 'statement');
  return saying.length > 0 && saying.every((c) => c.subject.role === 'customer');
}

/** The sentence takes the right to object away: "may not object", "shall have no right to object", "waives its right to object". */
function refusesObjection(reading: SentenceReading): boolean {
  return reading.clauses.some((c) => c.negated && !c.limitsExtent && (/^object/.test(c.verb) || /^to\s+object/.test(c.object)));
}

function readLaws(contract: Contract, spans: Spans): string[] {
  const lower = lowerText(contract);
  const found: string[] = [];
  for (const [pattern, name] of cue.LAWS) {
    if (!mayNameLaw(contract, name)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
      if (name === 'GDPR' && /\buk\s+$/.test(lower.slice(Math.max(0, m.index - 4), m.index))) continue;
      if (!found.includes(name)) found.push(name);
      spans.laws ??= { start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return found;
}
