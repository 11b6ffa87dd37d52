import type { Review } from '../../engine/review';
import type { ChecklistState } from '../../engine/checklist';
import type { DocumentKind, Severity, Span } from '../../engine/model';
import type { RuleFamily } from '../../engine/rule';
import { ruleById } from '../../engine/rules';
import { positionAt } from '../../engine/positions';
import { describeNoticeDeadline } from '../../engine/deadlines/describe';
import { FAMILY_LABELS, FAMILY_ORDER, countStates } from '../families';
import { keyTermRows, type KeyTermRow } from '../keyTermRows';

// The review memo as data: what the lawyer sends the business. One model, three
// renderings (Markdown, HTML, Word), used by the CLI and the editor alike, so
// every format says the same thing.

export interface MemoFinding {
  /** 1-based, in document order; the checklist refers to findings by it. */
  readonly number: number;
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly message: string;
  /** "clause 2.2, line 12" or "line 12". */
  readonly where: string;
  /** The clause the finding sits in, as the draft words it (shortened when long). */
  readonly quote: string;
  readonly why: string;
  readonly askFor: string;
  /** The replacement or inserted text of the first fix, when the finding has one. */
  readonly suggestedWording: string | null;
}

export interface MemoChecklistItem {
  readonly title: string;
  readonly state: ChecklistState;
  readonly detail: string;
  readonly findingNumbers: readonly number[];
}

export interface MemoFamily {
  readonly label: string;
  readonly items: readonly MemoChecklistItem[];
}

export interface Memo {
  /** The draft's own title (its first heading), else the file name. */
  readonly title: string;
  readonly documentName: string;
  readonly kind: DocumentKind;
  /** "2 errors, 5 warnings" and "3 missing, 4 weak, 9 met". */
  readonly findingCounts: string;
  readonly checklistCounts: string;
  /** The deadline lines, as drafted; empty when the draft has no automatic renewal. */
  readonly deadlines: readonly string[];
  readonly checklist: readonly MemoFamily[];
  readonly findings: readonly MemoFinding[];
  readonly keyTerms: readonly KeyTermRow[];
}

const QUOTE_LIMIT = 700;

export function buildMemo(review: Review, documentName: string): Memo {
  const { contract } = review;
  const findings: MemoFinding[] = review.findings.map((finding, index) => {
    const rule = ruleById(finding.ruleId);
    const fix = finding.fixes[0];
    return {
      number: index + 1,
      ruleId: finding.ruleId,
      title: rule?.meta.title ?? finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      where: whereIs(review, finding.span),
      quote: quoteAround(review, finding.span),
      why: rule?.meta.why ?? '',
      askFor: rule?.meta.askFor ?? '',
      suggestedWording: fix ? fix.edits.map((e) => e.newText.trim()).filter((t) => t !== '').join(' … ') || null : null,
    };
  });
  const byFamily = new Map<RuleFamily, MemoChecklistItem[]>();
  for (const item of review.checklist) {
    const list = byFamily.get(item.family) ?? [];
    list.push({
      title: item.title,
      state: item.state,
      detail: item.detail,
      findingNumbers: findings.filter((f) => item.ruleIds.includes(f.ruleId)).map((f) => f.number),
    });
    byFamily.set(item.family, list);
  }
  const heading = contract.headings.find((h) => h.level === 1) ?? contract.headings[0];
  return {
    title: heading ? heading.title : documentName,
    documentName,
    kind: review.kind,
    findingCounts: countSeverities(review.findings.map((f) => f.severity)),
    checklistCounts: countStates(review.checklist.map((i) => i.state)),
    deadlines: review.keyTerms.renewal?.noticeDeadline ? describeNoticeDeadline(review.keyTerms.renewal.noticeDeadline) : [],
    checklist: FAMILY_ORDER.filter((f) => byFamily.has(f)).map((f) => ({ label: FAMILY_LABELS[f], items: byFamily.get(f) ?? [] })),
    findings,
    keyTerms: keyTermRows(review.keyTerms),
  };
}

export function describeDocumentKind(kind: DocumentKind): string {
  switch (kind) {
    case 'msa': return 'master agreement';
    case 'sla': return 'service level agreement';
    case 'dpa': return 'data processing agreement';
    case 'order-form': return 'order form';
    case 'unknown': return 'contract of unknown type';
  }
}

function countSeverities(severities: readonly Severity[]): string {
  if (severities.length === 0) return 'no findings';
  const order: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
  const noun: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], information: ['note', 'notes'], hint: ['hint', 'hints'] };
  return order
    .map((s) => ({ s, n: severities.filter((x) => x === s).length }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => `${n} ${noun[s][n === 1 ? 0 : 1]}`)
    .join(', ');
}

function whereIs(review: Review, span: Span): string {
  const { contract } = review;
  const line = positionAt(contract.lineStarts, span.start).line + 1;
  const clause = contract.clauses.find((c) => c.span.start <= span.start && span.start < c.span.end);
  if (clause?.number) return `clause ${clause.number}, line ${line}`;
  const heading = clause && clause.headingIndex >= 0 ? contract.headings[clause.headingIndex] : undefined;
  return heading ? `under "${heading.title}", line ${line}` : `line ${line}`;
}

/** The clause holding the finding; a finding between clauses (on a heading) quotes its own words. */
function quoteAround(review: Review, span: Span): string {
  const { contract } = review;
  const clause = contract.clauses.find((c) => c.span.start <= span.start && span.start < c.span.end);
  const source = clause ? clause.span : span;
  const text = contract.text.slice(source.start, source.end).replace(/\s+/g, ' ').trim();
  if (text.length <= QUOTE_LIMIT) return text;
  // A long clause: keep the sentence the finding is in, with what comes before it cut.
  const sentence = clause?.sentences.find((s) => s.span.start <= span.start && span.start < s.span.end);
  const short = sentence ? contract.text.slice(sentence.span.start, sentence.span.end).replace(/\s+/g, ' ').trim() : text;
  return short.length <= QUOTE_LIMIT ? `… ${short} …` : `${short.slice(0, QUOTE_LIMIT)} …`;
}
