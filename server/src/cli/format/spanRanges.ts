import type { Span } from '../../engine/model';
import { rangeOf, type Position } from '../../engine/positions';

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Copies a value with every span ({start, end} numbers and nothing else) turned
 * into an LSP-style range, so new span-valued key terms show up as ranges in the
 * JSON output without this code having to learn about them.
 */
export function spansToRanges(value: unknown, lineStarts: readonly number[]): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((item) => spansToRanges(item, lineStarts));
  if (typeof value === 'object') {
    if (isSpan(value)) return rangeToJson(rangeOf(lineStarts, value));
    const copy: { [key: string]: JsonValue } = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) copy[key] = spansToRanges(item, lineStarts);
    }
    return copy;
  }
  return null;
}

export function isSpan(value: object): value is Span {
  const keys = Object.keys(value);
  if (keys.length !== 2) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.start === 'number' && typeof candidate.end === 'number';
}

export function rangeToJson(range: Range): { [key: string]: JsonValue } {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}
