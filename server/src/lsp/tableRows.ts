// Whether a line of a Markdown draft is a row of a table. A comment line put
// above a row would end the table there (issue 12.7), so "disable for this
// line" writes its comment at the end of the row instead.

/** Line `line` holds a pipe and belongs to a block of lines that has a delimiter row (`|---|:--:|`). */
export function isTableRow(text: string, lineStarts: readonly number[], line: number): boolean {
  if (!lineText(text, lineStarts, line).includes('|')) return false;
  for (const step of [-1, 1]) {
    for (let i = line; i >= 0 && i < lineStarts.length; i += step) {
      const content = lineText(text, lineStarts, i);
      if (content.trim() === '') break;
      if (isDelimiterRow(content)) return true;
    }
  }
  return false;
}

/** `| --- | :-: |`, `---|---`: every cell dashes with optional colons, and at least one pipe. */
export function isDelimiterRow(content: string): boolean {
  if (!content.includes('|') && !content.includes('-')) return false;
  let cells = content.trim().split('|');
  if (cells[0].trim() === '') cells = cells.slice(1);
  if (cells.length > 0 && cells[cells.length - 1].trim() === '') cells = cells.slice(0, -1);
  if (cells.length === 0 || (cells.length === 1 && !content.includes('|'))) return false;
  return cells.every((cell) => /^:?-+:?$/.test(cell.trim()));
}

/** The line's text without its line break. */
export function lineText(text: string, lineStarts: readonly number[], line: number): string {
  const start = lineStarts[line];
  let end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return text.slice(start, end);
}
