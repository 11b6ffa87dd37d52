import type { Contract, Fix, Span } from './model';

// Issue 12.8: a "replace" suggestion once offered to delete a whole force-majeure
// article because the sentence a reader picked ran across it. A replacement may
// only ever cover text of the clause the finding is about; this is the engine's
// last check, after each rule has chosen its own edits.

/** The clause (else heading, else line) that holds `offset`: the most text a replacement for a finding there may cover. */
export function unitAt(contract: Contract, offset: number): Span {
  const clause = contract.clauses.find((c) => c.span.start <= offset && offset < c.span.end);
  if (clause) return clause.span;
  const heading = contract.headings.find((h) => h.span.start <= offset && offset < h.span.end);
  if (heading) return heading.span;
  const { text } = contract;
  let start = Math.min(offset, text.length);
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = Math.min(offset, text.length);
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

export function within(span: Span, outer: Span): boolean {
  return outer.start <= span.start && span.end <= outer.end;
}

/** The fixes whose replacements all stay inside the finding's own clause; a fix that reaches further is not offered. */
export function confineFixes(contract: Contract, findingSpan: Span, fixes: readonly Fix[]): readonly Fix[] {
  if (!fixes.some((fix) => fix.edits.some((e) => e.span.end > e.span.start))) return fixes;
  const unit = unitAt(contract, findingSpan.start);
  return fixes.filter((fix) => fix.edits.every((e) => e.span.start === e.span.end || within(e.span, unit)));
}
