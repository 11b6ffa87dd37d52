import type { Contract, Finding } from '../model';
import type { ClauseMatching } from './clauseMatch';

// Which findings a turn introduced, resolved or left standing. A finding is the same
// finding when the same rule fires on the same clause (matched by text, so renumbering
// and moves do not count as change). Findings that sit on no clause (a missing DPA, no
// exit terms) are the same when the same rule fires in both drafts.

export interface FindingPair {
  readonly old: Finding;
  readonly new: Finding;
}

export interface FindingChanges {
  readonly introduced: readonly Finding[];
  readonly resolved: readonly Finding[];
  readonly unchanged: readonly FindingPair[];
}

export function compareFindings(
  oldContract: Contract,
  oldFindings: readonly Finding[],
  newContract: Contract,
  newFindings: readonly Finding[],
  matching: ClauseMatching,
): FindingChanges {
  const oldClause = oldFindings.map((f) => clauseAt(oldContract, f.span.start));
  const newClause = newFindings.map((f) => clauseAt(newContract, f.span.start));
  const oldTaken = new Set<number>();
  const unchanged: FindingPair[] = [];
  const introduced: Finding[] = [];

  const take = (j: number, accept: (i: number) => boolean): boolean => {
    const i = oldFindings.findIndex((f, k) => !oldTaken.has(k) && f.ruleId === newFindings[j].ruleId && accept(k));
    if (i < 0) return false;
    oldTaken.add(i);
    unchanged.push({ old: oldFindings[i], new: newFindings[j] });
    return true;
  };

  // Three passes, strictest first, so a looser pass never steals a finding a stricter one would pair.
  const pending = newFindings.map((_, j) => j);
  const passes: ((j: number) => boolean)[] = [
    // Same rule on the matched clause.
    (j) => newClause[j] >= 0 && matching.byNew.has(newClause[j]) && take(j, (i) => oldClause[i] === matching.byNew.get(newClause[j])?.oldIndex),
    // Same rule, same message, neither clause matched (a clause rewritten past recognition, a heading).
    (j) => take(j, (i) => oldFindings[i].message === newFindings[j].message && !pairedElsewhere(i, j)),
    // Same rule on no clause at all in either draft: a document-wide finding.
    (j) => newClause[j] < 0 && take(j, (i) => oldClause[i] < 0),
  ];
  let left = pending;
  for (const pass of passes) left = left.filter((j) => !pass(j));
  for (const j of left) introduced.push(newFindings[j]);

  function pairedElsewhere(i: number, j: number): boolean {
    // Both findings sit on clauses that matched other clauses: they are about different text.
    return oldClause[i] >= 0 && matching.byOld.has(oldClause[i]) && newClause[j] >= 0 && matching.byNew.has(newClause[j]);
  }

  const resolved = oldFindings.filter((_, i) => !oldTaken.has(i));
  unchanged.sort((a, b) => a.new.span.start - b.new.span.start);
  return { introduced, resolved, unchanged };
}

/** Index of the clause holding an offset, or -1. Clauses are in document order and do not overlap. */
export function clauseAt(contract: Contract, offset: number): number {
  const clauses = contract.clauses;
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = clauses[mid].span;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
