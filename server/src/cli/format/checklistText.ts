import { FAMILY_LABELS, FAMILY_ORDER, countStates } from '../../report/families';
import type { ReviewedFile } from '../reviewedFile';

// The checklist for people reading a terminal: one line per item under its family.

const MARKS = { met: '[met]    ', weak: '[weak]   ', missing: '[missing]', 'not-applicable': '[n/a]    ', found: '[found]  ', 'not-found': '[none]   ' } as const;

export function formatChecklist(file: ReviewedFile): string {
  const items = file.review.checklist;
  const lines = [`${file.draft.path}: checklist: ${countStates(items.map((i) => i.state))}`];
  // Which drafts beside it were read as part of its deal, so an element "met" elsewhere can be traced.
  for (const other of file.review.deal) lines.push(`  ${other.member ? 'same deal:' : 'ignored:  '} ${other.path} (${other.reason})`);
  for (const family of FAMILY_ORDER) {
    const own = items.filter((i) => i.family === family);
    if (own.length === 0) continue;
    lines.push(`  ${FAMILY_LABELS[family]}`);
    for (const item of own) lines.push(`    ${MARKS[item.state]} ${item.title}: ${oneLine(item.detail)}`);
  }
  return lines.join('\n');
}


function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
