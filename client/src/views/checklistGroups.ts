import type { ChecklistFamily, ChecklistResult, ChecklistState, ProtocolChecklistItem } from '../../../server/src/protocol';

// The checklist view's wording and grouping, free of `vscode` so it can be
// unit-tested. The server names, orders and counts the families; the client
// only puts each item under its family.

export interface FamilyGroup extends ChecklistFamily {
  readonly items: readonly ProtocolChecklistItem[];
}

const STATE_WORDS: Readonly<Record<ChecklistState, string>> = {
  met: 'Met',
  weak: 'Weak',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
  found: 'Found',
  'not-found': 'Not found',
};

export function groupByFamily(result: ChecklistResult): FamilyGroup[] {
  return result.families.map((family) => ({ ...family, items: result.items.filter((item) => item.family === family.family) }));
}

/** "Weak · 2 findings": the item's state, and how many findings sit under it. */
export function describeItemState(item: ProtocolChecklistItem): string {
  const count = item.findings.length;
  return count === 0 ? STATE_WORDS[item.state] : `${STATE_WORDS[item.state]} · ${count} finding${count === 1 ? '' : 's'}`;
}

/** The items that need the reviewer's attention: the view's badge and the status bar. */
export function openItemCount(result: ChecklistResult): number {
  return result.items.filter((item) => item.state === 'missing' || item.state === 'weak').length;
}

/** "2 missing, 3 weak" for the status bar; "checklist met" when nothing is open. */
export function describeOpenItems(result: ChecklistResult): string {
  const count = (state: ChecklistState) => result.items.filter((item) => item.state === state).length;
  const parts = (['missing', 'weak'] as const).filter((state) => count(state) > 0).map((state) => `${count(state)} ${state}`);
  return parts.length > 0 ? parts.join(', ') : 'checklist met';
}
