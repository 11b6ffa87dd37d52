import type { ChecklistState } from '../../../server/src/engine/checklist';
import type { RuleFamily } from '../../../server/src/engine/rule';
import type { ChecklistResult, ProtocolChecklistItem } from '../../../server/src/protocol';
import { FAMILY_LABELS, FAMILY_ORDER, STATE_LABELS, STATE_ORDER, countStates } from '../../../server/src/report/families';

// The checklist view's wording and grouping, free of `vscode` so it can be
// unit-tested: families in the reviewer's order, each with its counts, and the
// worst state among its items for the family's icon. Labels are the memo's.

export interface FamilyGroup {
  readonly family: RuleFamily;
  readonly label: string;
  /** "1 missing, 2 weak, 3 met". */
  readonly counts: string;
  /** The state the family's icon shows: its worst item's. */
  readonly worst: ChecklistState;
  readonly items: readonly ProtocolChecklistItem[];
}

export function groupByFamily(result: ChecklistResult): FamilyGroup[] {
  return FAMILY_ORDER.flatMap((family) => {
    const items = result.items.filter((item) => item.family === family);
    if (items.length === 0) return [];
    const states = items.map((item) => item.state);
    const worst = STATE_ORDER.find((state) => states.includes(state)) ?? 'not-applicable';
    return [{ family, label: FAMILY_LABELS[family], counts: countStates(states), worst, items }];
  });
}

/** "Weak · 2 findings": the item's state, and how many findings sit under it. */
export function describeItemState(item: ProtocolChecklistItem): string {
  const count = item.findings.length;
  return count === 0 ? STATE_LABELS[item.state] : `${STATE_LABELS[item.state]} · ${count} finding${count === 1 ? '' : 's'}`;
}

/** The number the view's badge shows: items that need the reviewer's attention. */
export function openItemCount(result: ChecklistResult): number {
  return result.items.filter((item) => item.state === 'missing' || item.state === 'weak').length;
}
