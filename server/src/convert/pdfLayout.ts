// From positioned text pieces to Markdown paragraphs: the layout work PDF text needs
// and no PDF library does for us. Pure functions over plain numbers, so tests can feed
// pages without a PDF. Coordinates are PDF user space: y grows up the page.

export interface TextPiece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size (the text's height). */
  readonly size: number;
}

export interface PageText {
  readonly pieces: readonly TextPiece[];
}

interface Line {
  text: string;
  readonly y: number;
  readonly x: number;
  right: number;
  readonly size: number;
}

interface Paragraph {
  text: string;
  readonly page: number;
  readonly heading: 0 | 1 | 2;
  lastLine: Line;
}

/** Groups the pieces of one page into lines, top to bottom, left to right. */
export function pageLines(page: PageText): Line[] {
  const pieces = page.pieces.filter((p) => p.text.trim() !== '').slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let row: TextPiece[] = [];
  const close = (): void => {
    if (row.length === 0) return;
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    for (const piece of row) {
      // A gap wider than a fraction of the font size is a space the PDF did not draw.
      const gap = piece.x - right;
      if (text !== '' && gap > piece.size * 0.15 && !text.endsWith(' ') && !piece.text.startsWith(' ')) text += ' ';
      text += piece.text;
      right = Math.max(right, piece.x + piece.width);
    }
    const size = Math.max(...row.map((p) => p.size));
    lines.push({ text: text.replace(/\s+/g, ' ').trim(), y: row[0].y, x: row[0].x, right, size });
    row = [];
  };
  for (const piece of pieces) {
    if (row.length > 0 && Math.abs(row[0].y - piece.y) > Math.max(row[0].size, piece.size) * 0.5) close();
    row.push(piece);
  }
  close();
  return lines;
}

/** "Page 3", "3", "- 3 -", "3 of 12", "Page 3 of 12": a page number and nothing else. */
const PAGE_NUMBER = /^(?:page\s+)?[-–—\s]*\d{1,4}[-–—\s]*(?:(?:of|\/)\s*\d{1,4})?$/i;

/** How many lines at the top and the bottom of a page may be running headers or footers. */
const BAND = 2;

/**
 * Drops running headers and footers: lines near the top or bottom of a page whose text
 * (digits aside) comes back on at least half the pages, and bare page numbers there.
 */
export function dropRunningLines(pages: readonly Line[][]): Line[][] {
  const shape = (line: Line): string => line.text.toLowerCase().replace(/\d+/g, '#');
  const seen = new Map<string, number>();
  for (const lines of pages) {
    const shapes = new Set(bandLines(lines).map(shape));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const repeated = (line: Line): boolean => pages.length >= 2 && (seen.get(shape(line)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const band = new Set(bandLines(lines));
    return lines.filter((line) => !(band.has(line) && (PAGE_NUMBER.test(line.text) || repeated(line))));
  });
}

function bandLines(lines: readonly Line[]): Line[] {
  if (lines.length <= BAND * 2) return lines.slice();
  return [...lines.slice(0, BAND), ...lines.slice(-BAND)];
}

/** A line that starts a clause of its own: "12.", "12.3", "(a)", "(iv)", "Section 4", a bullet. */
const STARTS_CLAUSE = /^(?:\d{1,3}(?:\.\d{1,3})*\.?\s|\([a-z0-9]{1,4}\)\s|(?:section|article|clause|schedule|exhibit|annex)\s+[\dIVXLC]+\b|[•▪‣◦-]\s)/i;
const ENDS_SENTENCE = /[.:;!?)"”]$/;

/**
 * Joins the lines into paragraphs (a line the layout broke mid-sentence runs on into the
 * next, across pages too), marks bigger type as headings and notes where each page starts.
 */
export function layoutMarkdown(pages: readonly Line[][]): string {
  const all = pages.flat();
  const body = median(all.map((l) => l.size)) || 10;
  const spacing = median(pages.flatMap((lines) => lines.slice(1).map((l, i) => lines[i].y - l.y).filter((d) => d > 0))) || body * 1.2;
  const rightMargin = percentile(all.map((l) => l.right), 0.9);
  const leftMargin = percentile(all.map((l) => l.x), 0.1);

  const paragraphs: Paragraph[] = [];
  pages.forEach((lines, pageIndex) => {
    lines.forEach((line, lineIndex) => {
      const heading: 0 | 1 | 2 = line.size >= body * 1.5 ? 1 : line.size >= body * 1.15 ? 2 : 0;
      const previous = paragraphs[paragraphs.length - 1];
      const gap = lineIndex > 0 ? lines[lineIndex - 1].y - line.y : 0;
      const continues =
        previous !== undefined && heading === 0 && previous.heading === 0 &&
        !STARTS_CLAUSE.test(line.text) &&
        (lineIndex === 0
          // Across a page: carry on only when the last page stopped mid-sentence.
          ? !ENDS_SENTENCE.test(previous.lastLine.text) || /^[a-z]/.test(line.text)
          : gap <= spacing * 1.4 && !(previous.lastLine.right < rightMargin - body * 4 && ENDS_SENTENCE.test(previous.lastLine.text)) && line.x <= leftMargin + body * 4);
      if (continues) {
        previous.text = joinLines(previous.text, line.text);
        previous.lastLine = line;
      } else {
        paragraphs.push({ text: line.text, page: pageIndex + 1, heading, lastLine: line });
      }
    });
  });

  const out: string[] = [];
  let markedPage = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.page !== markedPage) {
      out.push(`<!-- page ${paragraph.page} -->`);
      markedPage = paragraph.page;
    }
    out.push(paragraph.heading === 0 ? escapeLead(paragraph.text) : `${'#'.repeat(paragraph.heading)} ${paragraph.text}`);
  }
  return out.length === 0 ? '' : `${out.join('\n\n')}\n`;
}

/** A word hyphenated at the line end ("termi-" + "nation") is one word again. */
function joinLines(before: string, after: string): string {
  if (/[a-z]-$/.test(before) && /^[a-z]/.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}

/** Text that Markdown would read as a heading or quote mark stays text. */
function escapeLead(text: string): string {
  return /^[#>]/.test(text) ? `\\${text}` : text;
}

function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}
