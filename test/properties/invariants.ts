import assert from 'node:assert/strict';
import { review } from '../../server/src/engine/review';
import type { Finding, Fix, SourceFormat, Span } from '../../server/src/engine/model';

// What must hold for any draft whatever its content: the review does not throw;
// every span lies inside the document and does not cut a character (a surrogate
// pair) in two; every fix applies (its edits inside the document, apart, on
// character boundaries), changes only its ranges, and removes its finding.

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** An offset between two characters: not between the halves of a surrogate pair. */
export function onBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return offset === 0 || offset === text.length;
  return !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what}: ${span.start}-${span.end} inside 0-${text.length}`);
  assert.ok(onBoundary(text, span.start) && onBoundary(text, span.end), `${what}: ${span.start}-${span.end} cuts a surrogate pair`);
}

/** The text after `fix`; asserts its edits are apart and the text outside them is kept. */
export function applyFix(text: string, fix: Fix, what: string): string {
  const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
  let out = '';
  let done = 0;
  for (const edit of edits) {
    assertSpan(text, edit.span, `${what}: edit`);
    assert.ok(edit.span.start >= done, `${what}: edits overlap`);
    out += text.slice(done, edit.span.start) + edit.newText;
    done = edit.span.end;
  }
  out += text.slice(done);
  // Only the ranges changed: the text before the first edit and after the last is the same.
  const first = edits[0]?.span.start ?? 0;
  const tail = text.length - (edits[edits.length - 1]?.span.end ?? text.length);
  assert.equal(out.slice(0, first), text.slice(0, first), `${what}: text before the edit kept`);
  assert.equal(out.slice(out.length - tail), text.slice(text.length - tail), `${what}: text after the edit kept`);
  return out;
}

export interface CheckOptions {
  /** Re-review after each fix to see its finding go (the costly part). */
  readonly reapply?: boolean;
}

export function checkDraft(text: string, format: SourceFormat, options: CheckOptions = {}): void {
  const result = review(text, { format });
  for (const finding of result.findings) {
    const what = `${finding.ruleId} in ${JSON.stringify(text.slice(0, 200))}`;
    assertSpan(text, finding.span, what);
    for (const fix of finding.fixes) {
      const after = applyFix(text, fix, `${what}: ${fix.title}`);
      if (options.reapply) assertFindingGone(after, format, finding, result.findings, `${what}: ${fix.title}`);
    }
  }
}

/** After the fix, the rule has fewer findings than before: the one fixed is gone, and no new one took its place. */
function assertFindingGone(after: string, format: SourceFormat, finding: Finding, before: readonly Finding[], what: string): void {
  const count = (list: readonly Finding[]) => list.filter((f) => f.ruleId === finding.ruleId).length;
  const again = review(after, { format }).findings;
  assert.ok(count(again) < count(before), `${what}: the finding is still there after its fix`);
}
