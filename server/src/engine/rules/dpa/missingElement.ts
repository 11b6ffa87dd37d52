import type { FactValue } from '../../model';
import type { RuleContext, RuleFinding } from '../../rule';
import type { DpaTerms } from '../../keyTerms/dpa/types';
import { anchorFor, DATA_PROTECTION_SECTION, dpaElementsBelongHere, insertClauseFix, siblingWith } from './placement';

/** One DPA element a draft must state; the rules that check presence only differ in these fields. */
export interface DpaElementCheck {
  readonly has: (dpa: DpaTerms) => boolean;
  /** Headings of the section the element belongs in, most specific first. */
  readonly section: RegExp;
  readonly message: string;
  readonly clauseId: string;
  readonly fixTitle: string;
  readonly facts: (dpa: DpaTerms) => Readonly<Record<string, FactValue>>;
}

/**
 * The finding for an element the draft's DPA does not state, on the heading of
 * the section it belongs to; none when a sibling draft states it, or when the
 * DPA lives in another paper this draft only refers to.
 */
export function missingElement(context: RuleContext, check: DpaElementCheck): RuleFinding[] {
  const dpa = context.keyTerms.dpa;
  if (!dpa || !dpaElementsBelongHere(context) || check.has(dpa)) return [];
  if (siblingWith(context, (t) => t.dpa !== undefined && check.has(t.dpa))) return [];
  const anchor = anchorFor(context, check.section, DATA_PROTECTION_SECTION);
  return [{
    span: anchor.span,
    message: check.message,
    facts: check.facts(dpa),
    fixes: insertClauseFix(context, anchor, check.clauseId, check.fixTitle),
  }];
}
