import type { DocumentKind, Finding, Span } from './model';
import type { RuleContext, RuleFamily } from './rule';
import { RENEWAL_ITEMS } from './checklistItems/renewal';
import { DRAFTING_ITEMS } from './checklistItems/drafting';
import { DPA_ITEMS } from './checklistItems/dpa';
import { EXIT_ITEMS } from './checklistItems/exit';
import { SLA_ITEMS } from './checklistItems/sla';
import { COMMERCIAL_ITEMS } from './checklistItems/commercial';
import type { ItemDefinition, ItemTest } from './checklistItems/types';
import { familiesPresent } from './classify/families';

/**
 * met / weak / missing: judged against the playbook (each item's `test` says how); not-applicable:
 * the draft need not state the item; found / not-found: information the playbook takes no position on.
 */
export type ChecklistState = 'met' | 'weak' | 'missing' | 'not-applicable' | 'found' | 'not-found';

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
  /** The item's test: what met, weak and missing (or found) mean for it, with the playbook's figures. */
  readonly test: string;
}


// One list per rule family, in the order the checklist shows them.
const FAMILIES: readonly (readonly [RuleFamily, readonly ItemDefinition[]])[] = [
  ['renewal', RENEWAL_ITEMS], ['sla', SLA_ITEMS], ['dpa', DPA_ITEMS], ['exit', EXIT_ITEMS], ['commercial', COMMERCIAL_ITEMS], ['drafting', DRAFTING_ITEMS],
];
const ITEMS: readonly (ItemDefinition & { readonly family: RuleFamily })[] = FAMILIES.flatMap(([family, items]) => items.map((item) => ({ ...item, family })));

export function buildChecklist(context: RuleContext, findings: readonly Finding[]): ChecklistItem[] {
  const { kind } = context.contract;
  const present = familiesPresent(context.keyTerms);
  return ITEMS.map((item) => {
    const base = { id: item.id, family: item.family, title: item.title, ruleIds: item.ruleIds, test: describeTest(item.test(context.playbook)) };
    const own = findings.filter((f) => item.ruleIds.includes(f.ruleId));
    // The kind only excuses a family this draft says nothing about; a family it states is judged, and an
    // item with a finding is never "not applicable", so the checklist and the Problems list agree.
    if (!item.appliesTo.includes(kind) && !present.has(item.family) && own.length === 0) {
      return { ...base, state: 'not-applicable', span: null, detail: `Not checked: ${describeKind(kind)} need not state these terms, and this one states none` };
    }
    const evidence = item.locate(context);
    // An information finding (add-ons to price, named seats) does not make a stated term weak; it still
    // marks an absent one missing, as any finding does.
    const judged = evidence ? own.filter((f) => f.severity === 'error' || f.severity === 'warning') : own;
    if (judged.length > 0) {
      // A finding against a clause the draft has makes the item weak; a finding
      // with no clause behind it is the item missing. Asking the item, not the
      // rule's name, keeps "audits limited to reports" weak and "no audit" missing.
      const state: ChecklistState = evidence ? 'weak' : item.flaggedWithoutClause ?? 'missing';
      return { ...base, state, span: judged[0].span, detail: judged[0].message };
    }
    if (evidence) return { ...base, state: evidence.state ?? (evidence.incomplete ? 'weak' : 'met'), span: evidence.span, detail: evidence.detail };
    // "Missing" only where a rule reports the absence: when its rules stay silent (the service holds
    // no customer data, say) the checklist must not call missing what the Problems list does not.
    const switchedOff = item.ruleIds.length > 0 && item.ruleIds.every((id) => context.playbook.rules[id] === 'off');
    if (item.whenAbsent.state === 'missing' && item.ruleIds.length > 0 && !switchedOff) {
      return { ...base, state: 'not-applicable', span: null, detail: `${item.whenAbsent.detail}; not required in this draft` };
    }
    return { ...base, state: item.whenAbsent.state, span: null, detail: item.whenAbsent.detail };
  });
}

function describeTest(test: ItemTest): string {
  const parts = 'found' in test
    ? [`Found: ${test.found}`, test.weak ? `Weak: ${test.weak}` : 'For information: the playbook takes no position on it']
    : [`Met: ${test.met}`, `Weak: ${test.weak}`, test.missing ? `Missing: ${test.missing}` : ''];
  return parts.filter(Boolean).join('. ') + '.';
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
