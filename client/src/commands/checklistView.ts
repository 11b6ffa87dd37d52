import type { ChecklistResult, ChecklistState, ProtocolChecklistItem } from '../../../server/src/protocol';

// How checklist items read in the quick pick. Kept free of `vscode` so the
// wording and ordering can be unit-tested without an editor.

const ICONS: Readonly<Record<ChecklistState, string>> = {
  met: '$(pass)',
  weak: '$(warning)',
  missing: '$(error)',
  'not-applicable': '$(circle-slash)',
  found: '$(info)',
  'not-found': '$(circle-outline)',
};

const STATE_WORDS: Readonly<Record<ChecklistState, string>> = {
  met: 'Met',
  weak: 'Weak: worth negotiating',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
  found: 'Found (for information)',
  'not-found': 'Not found (for information)',
};

export interface ChecklistEntryText {
  readonly label: string;
  readonly description: string;
  readonly detail: string;
}

export function describeChecklistItem(item: ProtocolChecklistItem): ChecklistEntryText {
  return {
    label: `${ICONS[item.state]} ${item.title}`,
    description: STATE_WORDS[item.state],
    detail: item.detail,
  };
}

/**
 * The quick pick's title: the draft and, when the server computed one, the notice
 * deadline. The title stays in view while the user types to filter, the
 * placeholder does not, so the date that matters most goes here.
 */
export function checklistTitle(result: ChecklistResult, fileName: string): string {
  const deadline = result.upcomingDeadline;
  const title = `Contract checklist: ${fileName}`;
  if (!deadline) return title;
  return `${title} · ${deadline.passed ? `notice of non-renewal was due by ${deadline.label}` : `notice of non-renewal due by ${deadline.label}`}`;
}

/** The placeholder: the document kind and a count per state, worst first. */
export function summarizeChecklist(result: ChecklistResult): string {
  const counts = new Map<ChecklistState, number>();
  for (const item of result.items) counts.set(item.state, (counts.get(item.state) ?? 0) + 1);
  const tally = (['missing', 'weak', 'met', 'found', 'not-found', 'not-applicable'] as const)
    .filter((state) => counts.has(state))
    .map((state) => `${counts.get(state)} ${STATE_WORDS[state].split(/[:(]/)[0].trim().toLowerCase()}`)
    .join(', ');
  return [`Reviewed as ${describeKind(result.kind)}`, tally].filter((p) => p !== '').join(' · ');
}

function describeKind(kind: ChecklistResult['kind']): string {
  switch (kind) {
    case 'msa': return 'a master agreement';
    case 'sla': return 'a service level agreement';
    case 'dpa': return 'a data processing agreement';
    case 'order-form': return 'an order form';
    case 'unknown': return 'a contract of unknown type';
  }
}
