import type { Contract, Span } from '../../model';
import { toDays, within } from '../../facts';
import { headingTitles, matchSpan, scanSentences, type ScannedSentence } from '../dpa/sentenceScan';
import type { ExitElement, ExitTerms, ExportFees } from './types';
import * as cue from './cues';
import { readPostTerminationSentences } from './postTermination';
import { exportCandidates, postTerminationCandidates, timingCandidates, transitionCandidates } from './candidates';
import { lowerText as sharedLowerText } from '../sentenceIndex';
import { readSentence, statesOnlyRefusals } from '../../semantics';
import { readNumberPorting } from './numberPorting';

// Reads the exit terms: can the buyer take its data out at the end, in what
// form, how fast, for how long, at what price, with what help, and does the
// export include the call recordings. A sentence counts as an exit term only
// when it speaks of the end of the agreement (or sits under a termination
// heading): exports "during use" and export-control law are other things.

type Spans = { -readonly [K in ExitElement]?: Span };

export function readExit(contract: Contract): ExitTerms {
  const sentences = scanSentences(contract);
  const titles = headingTitles(contract);
  const atEnd = (i: number): boolean => {
    const s = sentences[i];
    if (cue.END.test(s.lower)) return true;
    // "Upon termination: a. … b. …" and "… immediately upon cancellation. Within 30 days, …": the
    // sentences after an end-of-agreement sentence in the same clause speak of the end too.
    for (let j = i - 1; j >= Math.max(0, i - 3) && sentences[j].clauseIndex === s.clauseIndex; j--) {
      if (cue.END.test(sentences[j].lower)) return true;
    }
    const previous = sentences[i - 1];
    if (previous && previous.clauseIndex === s.clauseIndex - 1 && previous.headingIndex === s.headingIndex && /\bterminat|\bexpir/.test(previous.lower) && /:\s*$/.test(previous.lower)) return true;
    return s.headingIndex >= 0 && cue.END_HEADING.test(titles[s.headingIndex] ?? '');
  };
  const spans: Spans = {};
  const exportIndexes: number[] = [];
  let confidential: boolean | undefined;
  const dataIsConfidential = (): boolean => (confidential ??= cue.DATA_IS_CONFIDENTIAL.test(sharedLowerText(contract)));
  // Only sentences with an export word can pass cue.EXPORT (candidates.ts).
  for (const i of exportCandidates(contract)) {
    const s = sentences[i];
    const returnsData = cue.EXPORT.test(s.lower) || (cue.RETURN_CONFIDENTIAL.test(s.lower) && dataIsConfidential());
    if (!returnsData || !cue.DATA_OBJECT.test(s.lower) || cue.EXPORT_CONTROL.test(s.lower) || cue.CUSTOMER_DUTY.test(s.lower)) continue;
    if (!atEnd(i) || (cue.ROUTINE.test(s.lower) && !cue.END.test(s.lower))) continue;
    // "Customer shall have no right to export its data after termination" refuses the export it names.
    if (statesOnlyRefusals(readSentence(contract, s))) continue;
    exportIndexes.push(i);
  }
  const exports = exportIndexes.map((i) => sentences[i]);
  // The export clause: the export sentences and the sentence after each, in the same clause.
  const clause = exportIndexes.flatMap((i) => (sentences[i + 1]?.clauseIndex === sentences[i].clauseIndex ? [sentences[i], sentences[i + 1]] : [sentences[i]]));
  if (exports.length > 0) spans.dataExport = exports[0].span;

  const lowerText = sharedLowerText(contract);
  const timing = readTiming(contract, sentences, timingCandidates(contract), atEnd, spans);
  const postTermination = readPostTerminationSentences(contract, sentences, titles, contract.headings.map((h) => h.number), exportIndexes, postTerminationCandidates(contract, sentences, titles));
  return {
    dataExport: exports.length > 0,
    exportFormats: readFormats(clause, spans),
    exportFormatByProvider: clause.some((s) => cue.FORMAT_BY_PROVIDER.test(s.lower)),
    exportDays: timing.exportDays,
    postTerminationAccessDays: timing.accessDays,
    deletionAtTermination: timing.deletionAtTermination,
    deletionDaysAfterEnd: timing.deletionDays,
    exportFees: readFees(contract, clause, spans),
    transitionAssistance: mark(spans, 'transitionAssistance', transitionCandidates(contract).map((i) => sentences[i]).find((s) => cue.TRANSITION.test(s.lower) && !statesOnlyRefusals(readSentence(contract, s)))),
    coversRecordings: mark(spans, 'coversRecordings', clause.find((s) => cue.RECORDINGS.test(s.lower) || definesRecordings(contract, s))),
    recordingsInScope: cue.CONTACT_CENTER.test(lowerText),
    holdsCustomerData: cue.CUSTOMER_DATA.test(lowerText),
    postTerminationServices: mark(spans, 'postTerminationServices', postTermination[0]),
    postTerminationSentences: postTermination.map((s) => s.span),
    numberPorting: readNumberPorting(contract),
    spans,
  };
}

function mark(spans: Spans, element: ExitElement, sentence: ScannedSentence | undefined): boolean {
  if (!sentence) return false;
  spans[element] = sentence.span;
  return true;
}

interface Timing {
  readonly exportDays: number | null;
  readonly accessDays: number | null;
  readonly deletionAtTermination: boolean;
  readonly deletionDays: number | null;
}

function readTiming(contract: Contract, sentences: readonly ScannedSentence[], candidates: readonly number[], atEnd: (i: number) => boolean, spans: Spans): Timing {
  let exportDays: number | null = null;
  let accessDays: number | null = null;
  let accessEnds = false;
  let deletionAtTermination = false;
  let deletionDays: number | null = null;
  for (const i of candidates) {
    const s = sentences[i];
    if (!atEnd(i) || cue.EXPORT_CONTROL.test(s.lower)) continue;
    const access = cue.ACCESS.test(s.lower) && cue.DATA_OBJECT.test(s.lower);
    const deletion = cue.DELETE.test(s.lower) && cue.DATA_OBJECT.test(s.lower);
    for (const d of within(contract.facts.durations, s.span)) {
      if (d.unit === 'hour' || d.unit === 'year') continue;
      const after = s.lower.slice(d.span.end - s.span.start, d.span.end - s.span.start + 60);
      const before = s.lower.slice(Math.max(0, d.span.start - s.span.start - 20), d.span.start - s.span.start);
      if (access && cue.AFTER_REQUEST.test(after) && /\bwithin\s+$/.test(before)) {
        if (exportDays === null) { exportDays = toDays(d); spans.exportDays = d.span; }
      } else if (access && !deletionOnly(s.lower) && (cue.AFTER_END.test(after) || /\b(?:for|period\s+of|up\s+to|during)\s+(?:a\s+period\s+of\s+)?(?:at\s+least\s+)?$/.test(before))) {
        if (accessDays === null || accessDays === 0) { accessDays = toDays(d); spans.postTerminationAccess = d.span; }
      } else if (deletion && !cue.ON_REQUEST.test(s.lower) && (cue.AFTER_END.test(after) || /\bwithin\s+$/.test(before))) {
        if (deletionDays === null) { deletionDays = toDays(d); spans.deletionAtTermination ??= d.span; }
      }
    }
    if (cue.IMMEDIATE_END.test(s.lower) || cue.ACCESS_ENDS.test(s.lower)) {
      if (deletion && cue.IMMEDIATE_END.test(s.lower)) {
        deletionAtTermination = true;
        spans.deletionAtTermination = matchSpan(s, cue.IMMEDIATE_END) ?? s.span;
      }
      if (!accessEnds) {
        accessEnds = true;
        spans.postTerminationAccess ??= matchSpan(s, cue.ACCESS_ENDS) ?? s.span;
      }
    }
  }
  if (accessDays === null && accessEnds) accessDays = 0;
  return { exportDays, accessDays, deletionAtTermination, deletionDays };
}

/** A sentence that deletes and mentions access only to say it ends. */
function deletionOnly(lower: string): boolean {
  return cue.DELETE.test(lower) && !/\bretriev|\bexport|\bdownload|\bavailable\s+(?:to|for)/.test(lower);
}

function readFormats(clause: readonly ScannedSentence[], spans: Spans): string[] {
  const found: string[] = [];
  for (const s of clause) {
    cue.FORMAT.lastIndex = 0;
    for (let m = cue.FORMAT.exec(s.lower); m !== null; m = cue.FORMAT.exec(s.lower)) {
      const name = m[0].startsWith('comma') ? 'CSV' : m[0].toUpperCase();
      if (!found.includes(name)) found.push(name);
      spans.exportFormats ??= { start: s.span.start + m.index, end: s.span.start + m.index + m[0].length };
    }
  }
  return found;
}

function readFees(contract: Contract, clause: readonly ScannedSentence[], spans: Spans): ExportFees {
  for (const s of clause) {
    const free = matchSpan(s, cue.NO_CHARGE);
    if (free) { spans.exportFees = free; return 'none'; }
  }
  for (const s of clause) {
    const money = within(contract.facts.money, s.span)[0];
    if (money) { spans.exportFees = money.span; return 'stated'; }
    const extra = matchSpan(s, cue.EXTRA_CHARGE);
    if (extra) { spans.exportFees = extra; return 'extra'; }
  }
  return 'unstated';
}

/** The sentence names a defined term ("Customer Data") whose definition includes recordings. */
function definesRecordings(contract: Contract, s: ScannedSentence): boolean {
  for (const term of contract.definedTerms) {
    // Only data terms: "Customer" is defined in the preamble, which may mention recordings for other reasons.
    if (!/\b(?:data|content|materials|information|records)\b/i.test(term.term) || !s.lower.includes(term.term.toLowerCase())) continue;
    const clause = contract.clauses.find((c) => c.span.start <= term.span.start && term.span.start < c.span.end);
    if (clause && cue.RECORDINGS.test(contract.normalized.slice(clause.span.start, clause.span.end).toLowerCase())) return true;
  }
  return false;
}
