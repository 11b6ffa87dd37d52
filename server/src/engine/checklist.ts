import type { DocumentKind, Finding, Span } from './model';
import type { RuleContext, RuleFamily } from './rule';
import { RENEWAL_ITEMS } from './checklistItems/renewal';
import { DRAFTING_ITEMS } from './checklistItems/drafting';
import { DPA_ITEMS } from './checklistItems/dpa';
import { EXIT_ITEMS } from './checklistItems/exit';
import { SLA_ITEMS } from './checklistItems/sla';
import { COMMERCIAL_ITEMS } from './checklistItems/commercial';
import type { ItemDefinition } from './checklistItems/types';

export type ChecklistState = 'met' | 'weak' | 'missing' | 'not-applicable';

export interface ChecklistItem {
  readonly id: string;
  /** The rule family the item belongs to, for views that group the checklist. */
  readonly family: RuleFamily;
  readonly title: string;
  readonly state: ChecklistState;
  readonly ruleIds: readonly string[];
  /** Where to jump: the clause that meets or weakens the item, or the first finding. */
  readonly span: Span | null;
  /** One line for the quick pick: what the draft says, or why the item does not apply. */
  readonly detail: string;
}


// One list per rule family, in the order the checklist shows them.
const FAMILIES: readonly (readonly [RuleFamily, readonly ItemDefinition[]])[] = [
  ['renewal', RENEWAL_ITEMS], ['sla', SLA_ITEMS], ['dpa', DPA_ITEMS], ['exit', EXIT_ITEMS], ['commercial', COMMERCIAL_ITEMS], ['drafting', DRAFTING_ITEMS],
];
const ITEMS: readonly (ItemDefinition & { readonly family: RuleFamily })[] = FAMILIES.flatMap(([family, items]) => items.map((item) => ({ ...item, family })));

export function buildChecklist(context: RuleContext, findings: readonly Finding[]): ChecklistItem[] {
  const { kind } = context.contract;
  return ITEMS.map((item) => {
    const base = { id: item.id, family: item.family, title: item.title, ruleIds: item.ruleIds };
    if (!item.appliesTo.includes(kind)) {
      return { ...base, state: 'not-applicable', span: null, detail: `Does not apply to ${describeKind(kind)}` };
    }
    const own = findings.filter((f) => item.ruleIds.includes(f.ruleId));
    const evidence = item.locate(context);
    if (own.length > 0) {
      // A finding against a clause the draft has makes the item weak; a finding
      // with no clause behind it is the item missing. Asking the item, not the
      // rule's name, keeps "audits limited to reports" weak and "no audit" missing.
      const state: ChecklistState = evidence ? 'weak' : item.flaggedWithoutClause ?? 'missing';
      return { ...base, state, span: own[0].span, detail: own[0].message };
    }
    if (evidence) return { ...base, state: evidence.incomplete ? 'weak' : 'met', span: evidence.span, detail: evidence.detail };
    return { ...base, state: item.whenAbsent.state, span: null, detail: item.whenAbsent.detail };
  });
}

function describeKind(kind: DocumentKind): string {
  switch (kind) {
    case 'sla': return 'a service level agreement';
    case 'dpa': return 'a data processing agreement';
    case 'order-form': return 'an order form';
    case 'msa': return 'a master agreement';
    case 'unknown': return 'this document';
  }
}
