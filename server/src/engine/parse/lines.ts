// Lines of the normalised text with their trimmed content, computed once so the
// heading, clause and comment passes do not each rescan for line ends.

export interface Line {
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just before the line break (or the end of the text). */
  readonly end: number;
  /** First non-space character, or `end` when the line is blank. */
  readonly contentStart: number;
  /** Just after the last non-space character, or `end` when the line is blank. */
  readonly contentEnd: number;
}

/** `normalized` must have no tabs or odd spaces left (normalizeChars made them ' '). */
export function splitLines(normalized: string, lineStarts: readonly number[]): Line[] {
  const lines: Line[] = new Array<Line>(lineStarts.length);
  for (let i = 0; i < lineStarts.length; i++) {
    const start = lineStarts[i];
    let end = i + 1 < lineStarts.length ? lineStarts[i + 1] : normalized.length;
    // Drop the line break: "\n", "\r" or "\r\n".
    if (end > start && normalized.charCodeAt(end - 1) === 10) end--;
    if (end > start && normalized.charCodeAt(end - 1) === 13) end--;
    let contentStart = start;
    while (contentStart < end && normalized.charCodeAt(contentStart) === 32) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && normalized.charCodeAt(contentEnd - 1) === 32) contentEnd--;
    if (contentStart === contentEnd) contentStart = contentEnd = end;
    lines[i] = { start, end, contentStart, contentEnd };
  }
  return lines;
}

export function isBlankLine(line: Line): boolean {
  return line.contentStart === line.contentEnd;
}

/** Replaces every character in the spans except line breaks with spaces, keeping the length. */
export function blankOut(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let done = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, done);
    if (span.end <= start) continue;
    parts.push(text.slice(done, start), text.slice(start, span.end).replace(/[^\r\n]/g, ' '));
    done = span.end;
  }
  parts.push(text.slice(done));
  return parts.join('');
}
