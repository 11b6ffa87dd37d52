import type { RuleFamily } from '../engine/rule';
import type { ChecklistState } from '../engine/checklist';

// How reports and views name the checklist's families and states, in the order a reviewer reads them.

export const FAMILY_ORDER: readonly RuleFamily[] = ['sla', 'renewal', 'dpa', 'exit', 'commercial', 'drafting'];

export const FAMILY_LABELS: Readonly<Record<RuleFamily, string>> = {
  sla: 'SLA',
  renewal: 'Renewal',
  dpa: 'Data protection',
  exit: 'Exit',
  commercial: 'Commercial',
  drafting: 'Drafting',
};

export const STATE_LABELS: Readonly<Record<ChecklistState, string>> = {
  met: 'Met',
  weak: 'Weak',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
  found: 'Found',
  'not-found': 'Not found',
};

export const STATE_ORDER: readonly ChecklistState[] = ['missing', 'weak', 'met', 'found', 'not-found', 'not-applicable'];

/** "2 missing, 3 weak, 10 met, 4 not applicable", states with no item left out. */
export function countStates(states: readonly ChecklistState[]): string {
  return STATE_ORDER
    .map((state) => ({ state, count: states.filter((s) => s === state).length }))
    .filter(({ count }) => count > 0)
    .map(({ state, count }) => `${count} ${STATE_LABELS[state].toLowerCase()}`)
    .join(', ');
}
