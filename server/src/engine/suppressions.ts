import type { Contract, Finding } from './model';
import { lineOf } from './positions';

/** The comment words a draft uses to switch rules off; the LSP's "disable" actions write them. */
export const DISABLE_NEXT_LINE = 'contract-review-disable-next-line';
export const DISABLE_FILE = 'contract-review-disable';

export function isSuppressed(contract: Contract, finding: Finding): boolean {
  const { file, lines } = contract.suppressions;
  if (file.has('*') || file.has(finding.ruleId)) return true;
  const onLine = lines.get(lineOf(contract.lineStarts, finding.span.start));
  return onLine !== undefined && (onLine.has('*') || onLine.has(finding.ruleId));
}
