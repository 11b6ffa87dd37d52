import type { Contract, DocumentKind, Finding, SourceFormat } from './model';
import type { KeyTerms } from './keyTerms/types';
import { parseContract } from './parse';
import { readKeyTerms } from './keyTerms';
import { withNoticeDeadline } from './deadlines/withNoticeDeadline';
import { DEFAULT_PLAYBOOK, type Playbook } from './playbook/schema';
import { RULES } from './rules';
import { invisibleCharacters } from './rules/drafting/invisibleCharacters';
import type { Rule, RuleContext, RuleFamily } from './rule';
import { visibleToWritten, withoutHidden } from './parse/invisibleChars';
import { buildChecklist, type ChecklistItem } from './checklist';
import { isSuppressed } from './suppressions';
import { confineFixes } from './fixScope';
import { familiesPresent } from './classify/families';
import { readSiblingTerms, type DealDocument, type SiblingDraft } from './siblings';

export interface ReviewOptions {
  readonly format?: SourceFormat;
  readonly playbook?: Playbook;
  /** Overrides the detected document kind. */
  readonly kind?: DocumentKind;
  /**
   * The other drafts in the draft's folder. Those of the same deal (the DPA beside the MSA) count:
   * an element one of them states is present; the others are ignored (deal/membership.ts decides).
   */
  readonly siblings?: readonly SiblingDraft[];
  /** The draft's own file name, for the playbook's `deals` groups and to tell versions of it apart. */
  readonly fileName?: string;
}

export interface Review {
  /** The playbook the review applied, so explanations can compare with it. */
  readonly playbook: Playbook;
  readonly contract: Contract;
  readonly kind: DocumentKind;
  readonly keyTerms: KeyTerms;
  /** Sorted by position, then rule order. */
  readonly findings: readonly Finding[];
  readonly checklist: readonly ChecklistItem[];
  /** Each sibling draft: taken as part of this deal or not, and why. */
  readonly deal: readonly DealDocument[];
}

/** The one entry point: text in, findings out. Pure and synchronous. */
export function review(text: string, options: ReviewOptions = {}): Review {
  const format = options.format ?? 'markdown';
  const parsed = parseContract(text, format);
  if (parsed.hiddenInWords.length === 0) {
    const { siblings: _read, ...plain } = reviewContract(parsed, options);
    return plain;
  }

  // Some words hide invisible characters ("re<ZWSP>news"): every rule reads the draft without them,
  // so it finds what it would find in a clean copy, and its findings and fixes are put back on the
  // draft as written. Only drafting/invisible-characters reads the draft as written.
  const words = parsed.hiddenInWords;
  const clean = reviewContract(parseContract(withoutHidden(text, words), format), options);
  const toWritten = visibleToWritten(words);
  const contract = options.kind ? { ...parsed, kind: options.kind } : parsed;
  const findings = clean.findings.map((finding) => ({
    ...finding,
    span: toWritten(finding.span),
    fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, span: toWritten(edit.span) })) })),
  }));
  // Its fixes rewrite words whose clause spans the written copy's parse cannot give exactly: not confined.
  runRule(invisibleCharacters, { contract, keyTerms: clean.keyTerms, playbook: clean.playbook }, findings, undefined, false);
  findings.sort(byPosition);
  // Key terms and the checklist keep the clean copy's offsets: at most a few characters off here.
  const context = { contract: clean.contract, keyTerms: clean.keyTerms, playbook: clean.playbook, siblings: clean.siblings };
  const { siblings: _read, ...plain } = clean;
  return { ...plain, contract, findings, checklist: buildChecklist(context, findings) };
}

function reviewContract(parsed: Contract, options: ReviewOptions): Review & { readonly siblings: RuleContext['siblings'] } {
  const playbook = options.playbook ?? DEFAULT_PLAYBOOK;
  const contract = options.kind ? { ...parsed, kind: options.kind } : parsed;
  const keyTerms = withNoticeDeadline(contract, readKeyTerms(contract));
  const deal = options.siblings && options.siblings.length > 0
    ? readSiblingTerms(contract, options.fileName, options.siblings, playbook.deals)
    : { terms: [], documents: [] };
  const siblings = deal.terms.length > 0 ? deal.terms : undefined;
  const context = { contract, keyTerms, playbook, siblings };
  const findings: Finding[] = [];
  const present = familiesPresent(keyTerms);
  for (const rule of RULES) runRule(rule, context, findings, present);
  findings.sort(byPosition);
  return { playbook, contract, kind: contract.kind, keyTerms, findings, checklist: buildChecklist(context, findings), deal: deal.documents, siblings };
}

/**
 * One rule's findings, at the playbook's severity, unless the playbook or a comment switches them off.
 * A rule runs on the kinds it names and on any draft that states its family's clauses (an SLA in an
 * order form); the kinds decide only where the absence of those clauses is reported.
 */
function runRule(rule: Rule, context: RuleContext, out: Finding[], present?: ReadonlySet<RuleFamily>, confine = true): void {
  const setting = context.playbook.rules[rule.meta.id];
  if (setting === 'off') return;
  if (!rule.meta.appliesTo.includes(context.contract.kind) && !present?.has(rule.meta.family)) return;
  const severity = setting ?? rule.meta.defaultSeverity;
  for (const found of rule.check(context)) {
    const fixes = confine ? confineFixes(context.contract, found.span, found.fixes) : found.fixes;
    const finding: Finding = { ...found, ruleId: rule.meta.id, severity, fixes };
    if (!isSuppressed(context.contract, finding)) out.push(finding);
  }
}

function byPosition(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end;
}
