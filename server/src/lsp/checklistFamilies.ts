import type { ChecklistItem } from '../engine/checklist';
import { FAMILY_LABELS, FAMILY_ORDER, STATE_ORDER, countStates } from '../report/families';
import type { ChecklistFamily } from '../protocol';

/** The checklist's families as the memo names and orders them, with counts, for the checklist view. */
export function checklistFamilies(items: readonly ChecklistItem[]): ChecklistFamily[] {
  return FAMILY_ORDER.flatMap((family) => {
    const states = items.filter((item) => item.family === family).map((item) => item.state);
    if (states.length === 0) return [];
    const worst = STATE_ORDER.find((state) => states.includes(state)) ?? 'not-applicable';
    return [{ family, label: FAMILY_LABELS[family], counts: countStates(states), worst }];
  });
}
