import type { Span } from './model';

export interface Position {
  /** 0-based line. */
  readonly line: number;
  /** 0-based UTF-16 offset within the line, as in LSP. */
  readonly character: number;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
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
