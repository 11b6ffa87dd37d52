import type { Contract } from '../model';

// Which section a place in the parsed draft belongs to. A query over the parse
// result that key-term readers (SLA anchors) and rules (clause insertion) share,
// so it lives here rather than in either of them.

/** The section (index into Contract.headings) holding `offset`: its clause's heading, else the last heading before it, else -1. */
export function headingIndexAt(contract: Contract, offset: number): number {
  const clause = contract.clauses.find((c) => c.span.start <= offset && offset < c.span.end);
  if (clause) return clause.headingIndex;
  let found = -1;
  contract.headings.forEach((h, i) => {
    if (h.span.start <= offset) found = i;
  });
  return found;
}
