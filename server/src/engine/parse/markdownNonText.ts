// Finds the parts of a Markdown draft that are not contract text: YAML front
// matter, fenced code blocks, HTML comments and inline HTML tags. Standard-form
// agreements published as Markdown (Common Paper's, for one) wrap headings and
// defined terms in <span> tags; blanking the tags leaves the words matchers need.
import type { Span } from '../model';
import { isBlankLine, type Line } from './lines';

export interface MarkdownNonText {
  /** Spans to blank out of the normalised text. */
  readonly blanks: Span[];
  /** The HTML comments among them (outside code), where disable comments live. */
  readonly comments: Span[];
}

export function findMarkdownNonText(text: string, lines: readonly Line[]): MarkdownNonText {
  const blanks: Span[] = [];
  const comments: Span[] = [];
  let first = 0;
  const frontMatterEnd = findFrontMatterEnd(text, lines);
  if (frontMatterEnd > 0) {
    blanks.push({ start: 0, end: lines[frontMatterEnd].end });
    first = frontMatterEnd + 1;
  }

  // Everything before `resumeAt` already belongs to a comment that ran past its line.
  let resumeAt = 0;
  // Once a search for "-->" fails, no later "<!--" can close either: remember it so
  // a draft full of unclosed comments stays linear.
  let noCloserFrom = Infinity;
  let fence: { char: number; length: number; start: number } | null = null;
  let nextLt = -1;

  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    if (line.end < resumeAt) continue;
    if (fence) {
      if (closesFence(text, line, fence)) {
        blanks.push({ start: fence.start, end: line.end });
        fence = null;
      }
      continue;
    }
    const opened = line.start >= resumeAt ? opensFence(text, line) : null;
    if (opened) {
      fence = { ...opened, start: line.start };
      continue;
    }
    let pos = Math.max(line.contentStart, resumeAt);
    while (pos < line.contentEnd) {
      // One search serves every line up to the next '<' (searching per line would
      // rescan the rest of a draft that has none).
      if (nextLt < pos) nextLt = indexOrEnd(text, '<', pos);
      const lt = nextLt;
      if (lt >= line.contentEnd) break;
      if (text.startsWith('<!--', lt)) {
        const close = lt + 4 < noCloserFrom ? text.indexOf('-->', lt + 4) : -1;
        if (close < 0) {
          noCloserFrom = Math.min(noCloserFrom, lt);
          pos = lt + 4;
          continue;
        }
        const comment = { start: lt, end: close + 3 };
        blanks.push(comment);
        comments.push(comment);
        pos = resumeAt = comment.end;
        continue;
      }
      const tagEnd = htmlTagEnd(text, lt, line.contentEnd);
      if (tagEnd > 0) blanks.push({ start: lt, end: tagEnd });
      pos = tagEnd > 0 ? tagEnd : lt + 1;
    }
  }
  // CommonMark: an unclosed fence runs to the end of the document.
  if (fence) blanks.push({ start: fence.start, end: text.length });
  return { blanks, comments };
}

const YAML_KEY = /^[A-Za-z0-9_-]{1,60}:(?: |$)/;

/** Index of the line that closes front matter opened on line 0, or 0 when there is none. */
function findFrontMatterEnd(text: string, lines: readonly Line[]): number {
  if (lines.length < 2 || !isOnly(text, lines[0], '---')) return 0;
  // A draft may open with a horizontal rule: only YAML-looking content ("key: value") counts.
  if (!isOnly(text, lines[1], '---') && !YAML_KEY.test(text.slice(lines[1].contentStart, lines[1].contentEnd))) return 0;
  for (let i = 1; i < lines.length; i++) {
    if (isOnly(text, lines[i], '---') || isOnly(text, lines[i], '...')) return i;
  }
  return 0;
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/** The line holds exactly `marker`, unindented (trailing spaces allowed). */
function isOnly(text: string, line: Line, marker: string): boolean {
  if (line.contentStart !== line.start) return false;
  return line.contentEnd - line.contentStart === marker.length && text.startsWith(marker, line.contentStart);
}

const BACKTICK = 96;
const TILDE = 126;

function opensFence(text: string, line: Line): { char: number; length: number } | null {
  if (isBlankLine(line) || line.contentStart - line.start > 3) return null;
  const char = text.charCodeAt(line.contentStart);
  if (char !== BACKTICK && char !== TILDE) return null;
  const length = runLength(text, line.contentStart, line.contentEnd, char);
  if (length < 3) return null;
  // A backtick fence's info string may not contain backticks (CommonMark).
  if (char === BACKTICK && text.slice(line.contentStart + length, line.contentEnd).includes('`')) return null;
  return { char, length };
}

function closesFence(text: string, line: Line, fence: { char: number; length: number }): boolean {
  if (isBlankLine(line) || line.contentStart - line.start > 3) return false;
  const length = runLength(text, line.contentStart, line.contentEnd, fence.char);
  return length >= fence.length && line.contentStart + length === line.contentEnd;
}

function runLength(text: string, from: number, to: number, char: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === char) i++;
  return i - from;
}

/**
 * End (exclusive) of an HTML tag such as `<span class="x">` or `</span>` starting
 * at `lt`, or 0. Autolinks (`<https://…>`) and `<` in prose ("< 99.9%") are not tags.
 */
function htmlTagEnd(text: string, lt: number, limit: number): number {
  let i = lt + 1;
  if (text.charCodeAt(i) === 47 /* / */) i++;
  if (!isAsciiLetter(text.charCodeAt(i))) return 0;
  while (i < limit && (isAsciiLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 45)) i++;
  const after = text.charCodeAt(i);
  if (i < limit && after !== 32 && after !== 47 && after !== 62 /* > */) return 0;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) return i + 1;
    if (c === 60) return 0;
  }
  return 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
