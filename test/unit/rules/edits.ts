import assert from 'node:assert/strict';
import type { Fix, Span, TextEdit } from '../../../server/src/engine/model';

// Applying a fix the way an editor does: all edits of one fix against the same
// original text. Checking the edits first means a bad fix fails with a message
// that says what is wrong instead of producing odd text.

/** Throws (an assertion error) when an edit leaves the document or two edits overlap. */
export function assertEditsWellFormed(text: string, fix: Fix): void {
  const sorted = sortedEdits(fix.edits);
  for (const edit of sorted) {
    const { start, end } = edit.span;
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `fix "${fix.title}": offsets must be integers (${start}, ${end})`);
    assert.ok(start >= 0 && start <= end && end <= text.length, `fix "${fix.title}": edit [${start}, ${end}) lies outside [0, ${text.length}]`);
  }
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1].span;
    const current = sorted[i].span;
    // Two insertions at one offset have no defined order, so they count as overlapping too.
    const overlaps = current.start < previous.end || (current.start === previous.start && current.start === current.end);
    assert.ok(!overlaps, `fix "${fix.title}": edits [${previous.start}, ${previous.end}) and [${current.start}, ${current.end}) overlap`);
  }
}

/** The text after the fix; edits are applied from the end backwards so earlier offsets stay valid. */
export function applyFix(text: string, fix: Fix): string {
  assertEditsWellFormed(text, fix);
  let result = text;
  for (const edit of [...sortedEdits(fix.edits)].reverse()) {
    result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  }
  return result;
}

/**
 * Where `span` of the original text lies after the fix: its start stays before
 * text inserted at the start, its end takes in text inserted at the end, and an
 * edit that straddles either end stretches the span over the edit's new text.
 */
export function mapSpanThroughFix(span: Span, fix: Fix): Span {
  const start = mapOffset(span.start, fix.edits, 'left');
  return { start, end: Math.max(start, mapOffset(span.end, fix.edits, 'right')) };
}

function mapOffset(offset: number, edits: readonly TextEdit[], bias: 'left' | 'right'): number {
  let shift = 0;
  for (const edit of sortedEdits(edits)) {
    const delta = edit.newText.length - (edit.span.end - edit.span.start);
    const before = edit.span.end < offset || (edit.span.end === offset && (edit.span.start < offset || bias === 'right'));
    if (before) {
      shift += delta;
    } else if (edit.span.start < offset) {
      return edit.span.start + shift + (bias === 'left' ? 0 : edit.newText.length);
    } else {
      break;
    }
  }
  return offset + shift;
}

export function sortedEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

export function overlapsOrTouches(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}
