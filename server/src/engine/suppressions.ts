import type { Contract, Finding } from './model';
import { lineOf } from './positions';

export function isSuppressed(contract: Contract, finding: Finding): boolean {
  const { file, lines } = contract.suppressions;
  if (file.has('*') || file.has(finding.ruleId)) return true;
  const onLine = lines.get(lineOf(contract.lineStarts, finding.span.start));
  return onLine !== undefined && (onLine.has('*') || onLine.has(finding.ruleId));
}
