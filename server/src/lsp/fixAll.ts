import { TextDocumentEdit, type CodeAction } from 'vscode-languageserver';
import type { TextEdit as EngineEdit } from '../engine/model';
import type { Review } from '../engine/review';
import { FIX_ALL_KIND } from '../protocol';
import { toRange } from './toProtocol';

// "Fix all": every safe fix of the review in one edit (one undo step). A safe fix
// never changes what the deal says (ESLint's fix, not its suggestion); a fix
// whose edits overlap an earlier one is skipped, never merged.

/** Whether a code action request asks for source actions that include ours. */
export function wantsFixAll(only: readonly string[] | undefined): boolean {
  if (!only) return false;
  return only.some((kind) => kind === 'source' || kind === 'source.fixAll' || kind === FIX_ALL_KIND);
}

/** The safe fixes to apply together: the first safe fix of each finding, in document order, no two overlapping. */
export function safeFixEdits(review: Review): EngineEdit[][] {
  const candidates = review.findings
    .map((finding) => finding.fixes.find((fix) => fix.safe))
    .filter((fix) => fix !== undefined && fix.edits.length > 0)
    .map((fix) => [...(fix?.edits ?? [])].sort((a, b) => a.span.start - b.span.start));
  candidates.sort((a, b) => a[0].span.start - b[0].span.start);
  const taken: EngineEdit[] = [];
  const accepted: EngineEdit[][] = [];
  for (const edits of candidates) {
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
    accepted.push(edits);
  }
  return accepted;
}

/** The fix-all action for the document's current version, or null when there is nothing safe to fix. */
export function fixAllAction(review: Review, uri: string, version: number): CodeAction | null {
  const fixes = safeFixEdits(review);
  if (fixes.length === 0) return null;
  const { lineStarts } = review.contract;
  const edits = fixes.flat().map((edit) => ({ range: toRange(lineStarts, edit.span), newText: edit.newText }));
  return {
    title: `Fix all safe Contract Review problems (${fixes.length})`,
    kind: FIX_ALL_KIND,
    edit: { documentChanges: [TextDocumentEdit.create({ uri, version }, edits)] },
  };
}

/** Two edits touch the same text; two insertions at one point overlap too (their order would be a guess). */
function overlaps(a: EngineEdit, b: EngineEdit): boolean {
  if (a.span.start === b.span.start) return true;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}
