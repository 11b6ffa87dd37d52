import type { ChecklistState } from '../checklist';
import type { DocumentKind, Span } from '../model';
import type { RuleContext } from '../rule';
import type { Playbook } from '../playbook/schema';

export interface Evidence {
  readonly span: Span;
  readonly detail: string;
  /** Set when the clause is there but cannot be judged as written (a blank length): weak without a finding. */
  readonly incomplete?: true;
  /** The state the item itself judges (liability against the playbook, information found); else met or weak. */
  readonly state?: ChecklistState;
}

/**
 * What each state means for an item, with the playbook's figures: judged items say what met, weak and
 * (where an absence is reported) missing mean; information items what is looked for.
 */
/**
 * What each state means for an item. Met/weak: judged against the playbook. Found: information, except
 * that a rule may flag some forms of it (a minimum with no way down) as weak.
 */
export type ItemTest = { readonly met: string; readonly weak: string; readonly missing?: string } | { readonly found: string; readonly weak?: string };

export interface ItemDefinition {
  readonly id: string;
  readonly title: string;
  readonly ruleIds: readonly string[];
  readonly appliesTo: readonly DocumentKind[];
  readonly test: (playbook: Playbook) => ItemTest;
  /** The clause that addresses the item, if the draft has one. */
  locate(context: RuleContext): Evidence | null;
  /**
   * The state a finding gives when `locate` finds no clause: 'missing' unless the
   * item is about the whole text rather than one clause (numbers that disagree).
   */
  readonly flaggedWithoutClause?: Extract<ChecklistState, 'missing' | 'weak'>;
  /** The state when the draft says nothing about the item. */
  readonly whenAbsent: { readonly state: ChecklistState; readonly detail: string };
}


/** Where an element stated in another draft of the deal comes from, and why that draft counts. */
export function fromSibling(sibling: { readonly path: string; readonly reason: string }): string {
  return `in ${sibling.path}, taken as part of this deal because ${sibling.reason}`;
}
