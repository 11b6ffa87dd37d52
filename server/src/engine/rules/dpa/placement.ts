import type { Fix, Span, TextEdit } from '../../model';
import type { RuleContext, SiblingTerms } from '../../rule';
import type { KeyTerms } from '../../keyTerms/types';
import { headingTitles, titleLine } from '../../keyTerms/dpa/sentenceScan';
import { draftClause } from '../draftClause';
import { insertClauseAfterSection } from '../insertClause';

// Where "missing" findings of the DPA and exit families go, and the "insert
// clause" fix they offer: the heading of the section the element belongs to
// (the most specific first), else the title line; the clause goes at the end
// of that section, numbered like its clauses.

export const DATA_PROTECTION_SECTION = /data\s+(?:protection|processing|privacy|security)|\bprivacy\b|personal\s+(?:data|information)|\bgdpr\b|\bsecurity\b/;
export const TERMINATION_SECTION = /effect\s+of\s+(?:termination|expiration)|consequences\s+of\s+termination|\bdata\s+(?:retrieval|return|export|portability)|\bexit\b|\btransition|\bterminat|\bexpir/;

export interface Anchor {
  readonly span: Span;
  /** The section a clause is inserted into; -1 for the end of the document. */
  readonly headingIndex: number;
}

/** The first heading matching any pattern, tried in order; else the title line. */
export function anchorFor(context: RuleContext, ...patterns: readonly RegExp[]): Anchor {
  const titles = headingTitles(context.contract);
  for (const pattern of patterns) {
    const index = titles.findIndex((t) => pattern.test(t) && !/\bdefinition/.test(t));
    if (index >= 0) return { span: context.contract.headings[index].span, headingIndex: index };
  }
  return { span: titleLine(context.contract), headingIndex: -1 };
}

/** The fix that inserts template `clauseId` from the clause library at the end of the anchor's section. */
export function insertClauseFix(context: RuleContext, anchor: Anchor, clauseId: string, title: string): Fix[] {
  const text = draftClause(context, clauseId);
  if (!text) return [];
  const edit: TextEdit = insertClauseAfterSection(context.contract, anchor.headingIndex, text);
  return [{ title, edits: [edit], safe: false }];
}

/** The path of the first sibling draft whose key terms meet `has`, or undefined. */
export function siblingWith(context: RuleContext, has: (terms: KeyTerms, sibling: SiblingTerms) => boolean): string | undefined {
  return context.siblings?.find((s) => has(s.keyTerms, s))?.path;
}

/** The DPA's elements are this draft's to state: it is the DPA, or carries one as a section. */
export function dpaElementsBelongHere(context: RuleContext): boolean {
  const presentAs = context.keyTerms.dpa?.presentAs;
  return presentAs === 'document' || presentAs === 'section';
}
