import type { Severity } from '../engine/model';
import type { FailOn } from './args';

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };
const THRESHOLD: Record<FailOn, number> = { error: 3, warning: 2, information: 1, never: Number.POSITIVE_INFINITY };

/** True when a finding of this severity should make the run fail. Hints never do. */
export function failsRun(severity: Severity, failOn: FailOn): boolean {
  return RANK[severity] >= THRESHOLD[failOn];
}
