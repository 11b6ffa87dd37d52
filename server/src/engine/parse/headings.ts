// Finds section headings, one line at a time: Markdown `#` and setext headings,
// numbered titles ("12. TERM AND TERMINATION", "12.3 Renewal."), "Article IV" /
// "Section 5. Fees", exhibit titles, bold run-in titles on their own line, and
// short ALL-CAPS lines. A numbered line that reads as a sentence is a clause.
import type { Heading, SourceFormat } from '../model';
import { readClauseNumber } from './clauseNumber';
import { isBlankLine, type Line } from './lines';
import { cleanTitle, isAllCapsTitle, looksLikeTitle, MAX_TITLE_LINE } from './titles';

export interface HeadingScan {
  readonly headings: Heading[];
  /** Per line: the index of the heading on it, or -1. */
  readonly headingAtLine: Int32Array;
}

interface Found {
  readonly title: string;
  readonly number?: string;
  readonly level: number;
  /** Index of the heading's last line (a title may sit on the line after "ARTICLE IV"). */
  readonly lastLine: number;
}

export function findHeadings(text: string, lines: readonly Line[], format: SourceFormat): HeadingScan {
  const headings: Heading[] = [];
  const headingAtLine = new Int32Array(lines.length).fill(-1);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlankLine(line)) continue;
    const afterBreak = i === 0 || isBlankLine(lines[i - 1]) || headingAtLine[i - 1] >= 0 || endsParagraph(text, lines[i - 1]);
    const found =
      (format === 'markdown' ? markdownHeading(text, lines, i, afterBreak) : undefined) ??
      plainHeading(text, lines, i, afterBreak, format);
    if (!found) continue;
    const index = headings.length;
    const heading: Heading = {
      span: { start: line.contentStart, end: lines[found.lastLine].contentEnd },
      title: found.title,
      level: found.level,
      ...(found.number !== undefined ? { number: found.number } : {}),
    };
    headings.push(heading);
    for (let j = i; j <= found.lastLine; j++) headingAtLine[j] = index;
    i = found.lastLine;
  }
  return { headings, headingAtLine };
}

/** Word pastes often drop the blank line: a line ending in '.' or ':' still closes its paragraph. */
function endsParagraph(text: string, line: Line): boolean {
  const last = text.charCodeAt(line.contentEnd - 1);
  return last === 46 || last === 58;
}

function markdownHeading(text: string, lines: readonly Line[], i: number, afterBreak: boolean): Found | undefined {
  const line = lines[i];
  if (line.contentStart - line.start <= 3 && text.charCodeAt(line.contentStart) === 35 /* # */) {
    let hashes = 0;
    while (hashes < 7 && text.charCodeAt(line.contentStart + hashes) === 35) hashes++;
    const after = line.contentStart + hashes;
    if (hashes <= 6 && (after === line.contentEnd || text.charCodeAt(after) === 32)) {
      // "## Term ##": a closing run of '#' after a space is decoration.
      const raw = text.slice(after, line.contentEnd).replace(/ #+$/, '');
      const numbered = splitNumber(text, after + (raw.length - raw.trimStart().length), after + raw.length);
      return { ...numbered, level: hashes, lastLine: i };
    }
  }
  // Setext: a short paragraph line underlined with === (level 1) or --- (level 2).
  const next = lines[i + 1];
  if (afterBreak && next && !isBlankLine(next) && line.contentEnd - line.contentStart <= MAX_TITLE_LINE) {
    const underline = text.slice(next.contentStart, next.contentEnd);
    if (next.contentStart - next.start <= 3 && /^(?:=+|-{2,})$/.test(underline)) {
      const numbered = splitNumber(text, line.contentStart, line.contentEnd);
      return { ...numbered, level: underline[0] === '=' ? 1 : 2, lastLine: i + 1 };
    }
  }
  return undefined;
}

/** "12. Term" → number "12", title "Term"; anything else is all title. */
function splitNumber(text: string, start: number, end: number): { title: string; number?: string } {
  const number = readClauseNumber(text, start, end);
  if (!number) return { title: cleanTitle(text.slice(start, end)) };
  return { title: cleanTitle(text.slice(number.end, end)), number: number.number };
}

const EXHIBIT = /^(?:exhibit|schedule|annex|appendix|attachment|addendum)(?: |$)/i;

function plainHeading(
  text: string, lines: readonly Line[], i: number, afterBreak: boolean, format: SourceFormat,
): Found | undefined {
  const line = lines[i];
  if (line.contentEnd - line.contentStart > MAX_TITLE_LINE) return undefined;
  const raw = text.slice(line.contentStart, line.contentEnd);
  // Table rows and bullets are contract text even when they are short.
  if (/^(?:\||[-+*] |>)/.test(raw)) return undefined;

  const number = readClauseNumber(text, line.contentStart, line.contentEnd);
  if (number) {
    const title = withoutPageNumber(cleanTitle(text.slice(number.end, line.contentEnd)));
    if (number.keyword) {
      const level = number.keyword === 'article' ? 1 : number.level;
      if (title === '') return withTitleFromNextLine(text, lines, i, number.number, level);
      return looksLikeTitle(title) ? { title, number: number.number, level, lastLine: i } : undefined;
    }
    if (title === '' || !looksLikeTitle(title)) return undefined;
    // A nested Markdown list item ("    1. Liability Caps") sits a level below its parent.
    const nesting = format === 'markdown' ? Math.ceil((line.contentStart - line.start) / 4) : 0;
    return { title, number: number.number, level: number.level + nesting, lastLine: i };
  }

  const bold = isBoldLine(raw);
  const exhibit = EXHIBIT.test(raw);
  // Most short lines are none of these: skip cleaning their titles.
  if (!bold && !exhibit && !(afterBreak && !/[a-z]/.test(raw))) return undefined;
  const title = cleanTitle(raw);
  if ((exhibit || bold) && looksLikeTitle(title)) return { title, level: 1, lastLine: i };
  if (afterBreak && isAllCapsTitle(title)) return { title, level: 1, lastLine: i };
  return undefined;
}

/** A table of contents line ends in its page number: "TERM AND TERMINATION 41", "Fees.....12". */
function withoutPageNumber(title: string): string {
  const page = /\d{1,3}$/.exec(title);
  if (!page || page.index === 0) return title;
  let cut = page.index;
  while (cut > 0 && (title[cut - 1] === ' ' || title[cut - 1] === '.')) cut--;
  // Nothing between the words and the digits, or a number like "1.2": not a page number.
  if (cut === page.index || /[\d(]/.test(title[cut - 1] ?? '')) return title;
  return title.slice(0, cut);
}

/** "**Term.**", "__Fees__", "**Term**.": the whole line is emphasised. */
function isBoldLine(raw: string): boolean {
  const body = raw.replace(/[.:]$/, '');
  return (body.startsWith('**') && body.endsWith('**')) || (body.startsWith('__') && body.endsWith('__'));
}

/** "ARTICLE IV" with its title on the next line (or the one after a blank line). */
function withTitleFromNextLine(
  text: string, lines: readonly Line[], i: number, number: string, level: number,
): Found {
  for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
    const next = lines[j];
    if (isBlankLine(next)) continue;
    if (next.contentEnd - next.contentStart > MAX_TITLE_LINE) break;
    if (readClauseNumber(text, next.contentStart, next.contentEnd)) break;
    const title = cleanTitle(text.slice(next.contentStart, next.contentEnd));
    if (looksLikeTitle(title)) return { title, number, level, lastLine: j };
    break;
  }
  return { title: '', number, level, lastLine: i };
}
