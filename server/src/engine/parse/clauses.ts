// Groups lines into clauses: a clause is a paragraph (lines up to a blank line or
// a heading), and a line that opens with a clause number or a list marker starts
// a new one even without a blank line before it (drafts pasted from Word often
// have none).
import type { Clause, Span } from '../model';
import { readClauseNumber, type ClauseNumber } from './clauseNumber';
import { isBlankLine, type Line } from './lines';
import { splitSentences } from './sentences';

interface OpenClause {
  start: number;
  end: number;
  readonly number?: ClauseNumber;
  readonly headingIndex: number;
}

export function findClauses(text: string, lines: readonly Line[], headingAtLine: Int32Array): Clause[] {
  const clauses: Clause[] = [];
  let open: OpenClause | null = null;
  let headingIndex = -1;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (headingAtLine[i] >= 0) {
      open = closeClause(text, open, clauses);
      headingIndex = headingAtLine[i];
      continue;
    }
    if (isThematicBreak(text, line)) {
      open = closeClause(text, open, clauses);
      continue;
    }
    if (isBlankLine(line)) {
      // A paragraph cut mid-sentence by a page break ("… Thereafter, this" then blank lines, then
      // "Agreement shall continue …") stays open, so its sentence is read whole.
      if (open && !endsMidSentence(text, open)) open = closeClause(text, open, clauses);
      continue;
    }
    const number = readClauseNumber(text, line.contentStart, line.contentEnd);
    if (open && (number || startsListItem(text, line))) open = closeClause(text, open, clauses);
    if (open) open.end = line.contentEnd;
    else open = { start: line.contentStart, end: line.contentEnd, headingIndex, ...(number ? { number } : {}) };
  }
  closeClause(text, open, clauses);
  return clauses;
}

// Words no sentence or heading ends with: an article, a preposition, a conjunction, an auxiliary.
const DANGLING_END = /\b(?:the|a|an|this|that|these|such|its|their|any|each|of|to|for|by|with|and|or|in|on|at|from|under|upon|than|unless|until|shall|will|may|must|be)$/i;

function endsMidSentence(text: string, open: OpenClause): boolean {
  return DANGLING_END.test(text.slice(Math.max(open.start, open.end - 12), open.end));
}

function closeClause(text: string, open: OpenClause | null, clauses: Clause[]): null {
  if (open) clauses.push(toClause(text, open));
  return null;
}

function toClause(text: string, open: OpenClause): Clause {
  const span: Span = { start: open.start, end: open.end };
  const number = open.number;
  const sentences = splitSentences(text, span.start, span.end, number ? number.end : span.start);
  if (!number) return { span, headingIndex: open.headingIndex, sentences };
  return {
    span,
    number: number.number,
    numberSpan: { start: number.start, end: number.end },
    headingIndex: open.headingIndex,
    sentences,
  };
}

/** "- item", "* item", "+ item", "• item" (Markdown or a bulleted paste). */
function startsListItem(text: string, line: Line): boolean {
  const c = text.charCodeAt(line.contentStart);
  const isBullet = c === 45 || c === 42 || c === 43 || c === 0x2022 || c === 0xb7 || c === 0x25aa || c === 0x25e6;
  return isBullet && (line.contentStart + 1 === line.contentEnd || text.charCodeAt(line.contentStart + 1) === 32);
}

/** "---", "***", "___" (with optional spaces): a Markdown rule, not text. */
function isThematicBreak(text: string, line: Line): boolean {
  const first = text.charCodeAt(line.contentStart);
  if (first !== 45 && first !== 42 && first !== 95) return false;
  let count = 0;
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === first) count++;
    else if (c !== 32) return false;
  }
  return count >= 3;
}
