import type { ChecklistResult, ChecklistState, ProtocolChecklistItem } from '../../../server/src/protocol';

// How checklist items read in the quick pick. Kept free of `vscode` so the
// wording and ordering can be unit-tested without an editor.

const ICONS: Readonly<Record<ChecklistState, string>> = {
  met: '$(pass)',
  weak: '$(warning)',
  missing: '$(error)',
  'not-applicable': '$(circle-slash)',
};

const STATE_WORDS: Readonly<Record<ChecklistState, string>> = {
  met: 'Met',
  weak: 'Weak: worth negotiating',
  missing: 'Missing',
  'not-applicable': 'Not applicable',
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

/** One line above the list: the document kind, a count per state and the notice deadline when known. */
export function summarizeChecklist(result: ChecklistResult): string {
  const counts = new Map<ChecklistState, number>();
  for (const item of result.items) counts.set(item.state, (counts.get(item.state) ?? 0) + 1);
  const tally = (['missing', 'weak', 'met', 'not-applicable'] as const)
    .filter((state) => counts.has(state))
    .map((state) => `${counts.get(state)} ${STATE_WORDS[state].split(':')[0].toLowerCase()}`)
    .join(', ');
  const deadline = result.keyTerms?.nonRenewalNoticeDeadline;
  const parts = [`Reviewed as ${describeKind(result.kind)}`, tally];
  if (deadline) parts.push(`non-renewal notice due by ${deadline}`);
  return parts.filter((p) => p !== '').join(' · ');
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
