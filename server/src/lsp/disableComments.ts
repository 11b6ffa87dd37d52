import type { TextEdit } from 'vscode-languageserver';
import type { SourceFormat } from '../engine/model';
import { DISABLE_FILE, DISABLE_LINE, DISABLE_NEXT_LINE } from '../engine/parse/disableComments';
import { computeLineStarts } from '../engine/positions';
import { isTableRow, lineText } from './tableRows';

/** The edit that switches `ruleId` off for `line` alone: a comment line above it, indented alike. */
export function disableForLineEdit(text: string, format: SourceFormat, line: number, ruleId: string): TextEdit {
  const lineStarts = computeLineStarts(text);
  const target = Math.min(Math.max(0, line), lineStarts.length - 1);
  const start = lineStarts[target];
  if (format === 'markdown' && isTableRow(text, lineStarts, target)) return disableInTableRow(text, lineStarts, target, ruleId);
  const extended = target > 0 ? extendExistingComment(text, format, lineStarts, target - 1, ruleId) : null;
  if (extended) return extended;
  const indentation = leadingWhitespace(text, start);
  const newText = `${indentation}${comment(format, `${DISABLE_NEXT_LINE} ${ruleId}`)}${lineEnding(text)}`;
  const position = { line: target, character: 0 };
  return { range: { start: position, end: position }, newText };
}

/**
 * A table row cannot have a comment line above it without splitting the table:
 * the comment goes at the end of the row, in a cell of its own after the last
 * pipe, which renderers drop when the header has fewer cells (and show empty
 * otherwise). A row that has one already gets the rule added to it.
 */
function disableInTableRow(text: string, lineStarts: readonly number[], line: number, ruleId: string): TextEdit {
  const content = lineText(text, lineStarts, line);
  const trimmed = content.trimEnd();
  const opener = `<!-- ${DISABLE_LINE} `;
  const existing = trimmed.endsWith('-->') ? trimmed.lastIndexOf(opener) : -1;
  if (existing >= 0) {
    let at = trimmed.length - 3;
    while (at > existing && trimmed[at - 1] === ' ') at--;
    const position = { line, character: at };
    return { range: { start: position, end: position }, newText: `, ${ruleId}` };
  }
  const position = { line, character: content.length };
  const cell = trimmed.endsWith('|') ? ' ' : ' | ';
  return { range: { start: position, end: position }, newText: `${cell}<!-- ${DISABLE_LINE} ${ruleId} -->` };
}

/** The edit that switches `ruleId` off for the whole file: a comment at the top, after any front matter. */
export function disableForFileEdit(text: string, format: SourceFormat, ruleId: string): TextEdit {
  const eol = lineEnding(text);
  const line = format === 'markdown' ? linesOfFrontMatter(text) : 0;
  const lineStarts = computeLineStarts(text);
  const position = line < lineStarts.length
    ? { line, character: 0 }
    : { line: lineStarts.length - 1, character: text.length - lineStarts[lineStarts.length - 1] };
  // Front matter that ends without a line break needs one before the comment.
  const prefix = line >= lineStarts.length ? eol : '';
  return { range: { start: position, end: position }, newText: `${prefix}${comment(format, `${DISABLE_FILE} ${ruleId}`)}${eol}` };
}

/**
 * When the line above already holds a disable-next-line comment, a second
 * comment line would push it off its target; add the rule to it instead
 * (rules in one comment are separated by commas).
 */
function extendExistingComment(text: string, format: SourceFormat, lineStarts: readonly number[], line: number, ruleId: string): TextEdit | null {
  const lineStart = lineStarts[line];
  let lineEnd = lineStarts[line + 1];
  while (lineEnd > lineStart && (text[lineEnd - 1] === '\n' || text[lineEnd - 1] === '\r')) lineEnd--;
  const content = text.slice(lineStart, lineEnd);
  const trimmed = content.trim();
  const opener = format === 'markdown' ? `<!-- ${DISABLE_NEXT_LINE} ` : `${DISABLE_NEXT_LINE} `;
  if (!trimmed.startsWith(opener)) return null;
  let insertAt = lineStart + content.trimEnd().length;
  if (format === 'markdown') {
    if (!trimmed.endsWith('-->')) return null;
    insertAt -= 3;
    while (insertAt > lineStart && text[insertAt - 1] === ' ') insertAt--;
  }
  const position = { line, character: insertAt - lineStart };
  return { range: { start: position, end: position }, newText: `, ${ruleId}` };
}

function comment(format: SourceFormat, body: string): string {
  return format === 'markdown' ? `<!-- ${body} -->` : body;
}

/** The document's own line break, so a CRLF file stays CRLF. */
export function lineEnding(text: string): string {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr !== -1 && (lf === -1 || cr < lf)) return lf === cr + 1 ? '\r\n' : '\r';
  return '\n';
}

function leadingWhitespace(text: string, from: number): string {
  let end = from;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(from, end);
}

/**
 * How many lines YAML front matter takes (`---` on line 0 up to the closing
 * `---` or `...`, inclusive); 0 when the document has none.
 */
function linesOfFrontMatter(text: string): number {
  const lines = splitLines(text, 1000);
  if (lines.length === 0 || lines[0] !== '---') return 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '---' || lines[i] === '...') return i + 1;
  }
  return 0;
}

/** The first `limit` lines, without their line breaks or trailing blanks. */
function splitLines(text: string, limit: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start <= text.length && lines.length < limit) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    lines.push(text.slice(start, end).trimEnd());
    if (end >= text.length) break;
    start = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
  }
  return lines;
}
