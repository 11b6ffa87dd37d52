import type { Span } from './model';

export interface Position {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 offset within the line, as in LSP. */
  readonly character: number;
}

/** Where each line starts: after every "\n", and after every "\r" not followed by "\n". */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // indexOf jumps between line breaks an order of magnitude faster than a
  // charCodeAt loop over every character; the two searches advance in turn.
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (cr < 0 || (lf >= 0 && lf < cr)) {
      starts.push(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    } else {
      if (text.charCodeAt(cr + 1) !== 10) starts.push(cr + 1);
      cr = text.indexOf('\r', cr + 1);
    }
  }
  return starts;
}

/** The 0-based line holding `offset` (binary search: this runs once per finding). */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function positionAt(lineStarts: readonly number[], offset: number): Position {
  const line = lineOf(lineStarts, offset);
  return { line, character: offset - lineStarts[line] };
}

export function rangeOf(lineStarts: readonly number[], span: Span): { start: Position; end: Position } {
  return { start: positionAt(lineStarts, span.start), end: positionAt(lineStarts, span.end) };
}

export function offsetAt(lineStarts: readonly number[], textLength: number, position: Position): number {
  if (position.line >= lineStarts.length) return textLength;
  const lineStart = lineStarts[Math.max(0, position.line)];
  const nextStart = position.line + 1 < lineStarts.length ? lineStarts[position.line + 1] : textLength;
  return Math.min(lineStart + Math.max(0, position.character), nextStart);
}
