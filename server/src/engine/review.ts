import type { Contract, DocumentKind, Finding, SourceFormat } from './model';
import type { KeyTerms } from './keyTerms/types';
import { parseContract } from './parse';
import { readKeyTerms } from './keyTerms';
import { DEFAULT_PLAYBOOK, type Playbook } from './playbook/schema';
import { RULES } from './rules';
import { buildChecklist, type ChecklistItem } from './checklist';
import { isSuppressed } from './suppressions';
import { readSiblingTerms, type SiblingDraft } from './siblings';

export interface ReviewOptions {
  readonly format?: SourceFormat;
  readonly playbook?: Playbook;
  /** Overrides the detected document kind. */
  readonly kind?: DocumentKind;
  /** Other drafts of the same deal (the DPA beside the MSA): an element one of them states counts as present. */
  readonly siblings?: readonly SiblingDraft[];
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
}

/** The one entry point: text in, findings out. Pure and synchronous. */
export function review(text: string, options: ReviewOptions = {}): Review {
  const playbook = options.playbook ?? DEFAULT_PLAYBOOK;
  const parsed = parseContract(text, options.format ?? 'markdown');
  const contract = options.kind ? { ...parsed, kind: options.kind } : parsed;
  const keyTerms = readKeyTerms(contract);
  const siblings = options.siblings && options.siblings.length > 0 ? readSiblingTerms(options.siblings) : undefined;
  const context = { contract, keyTerms, playbook, siblings };

  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = playbook.rules[rule.meta.id];
    if (setting === 'off' || !rule.meta.appliesTo.includes(contract.kind)) continue;
    const severity = setting ?? rule.meta.defaultSeverity;
    for (const found of rule.check(context)) {
      const finding: Finding = { ...found, ruleId: rule.meta.id, severity };
      if (!isSuppressed(contract, finding)) findings.push(finding);
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { playbook, contract, kind: contract.kind, keyTerms, findings, checklist: buildChecklist(context, findings) };
}
