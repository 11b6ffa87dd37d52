import type { Clause, Contract, TextEdit } from '../model';

// "Insert a clause" fixes put the new text at the end of the section it belongs
// to, numbered the way the section already numbers its clauses (after 4.2 comes
// 4.3, after (b) comes (c)), with the same indent, paragraph spacing and line
// ends, so the draft reads as if it had always been there.

/**
 * An insertion of `clauseText` after the last clause of the section under
 * `headingIndex` (subsections included), or at the end of the document when the
 * index is -1 or out of range. The text gets the next clause number in the
 * section's style when the section numbers its clauses.
 */
export function insertClauseAfterSection(contract: Contract, headingIndex: number, clauseText: string): TextEdit {
  const { text } = contract;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const heading = contract.headings[headingIndex];
  const sectionStart = heading ? heading.span.end : 0;
  const sectionEnd = heading ? sectionBoundary(contract, headingIndex) : text.length;
  const inSection = contract.clauses.filter((c) => c.span.start >= sectionStart && c.span.end <= sectionEnd);
  const own = inSection.filter((c) => c.headingIndex === headingIndex);
  const last = inSection[inSection.length - 1];
  const at = last ? last.span.end : heading ? heading.span.end : trimmedEnd(text);

  const model = lastNumbered(own);
  let prefix = '';
  let indent = '';
  if (model?.numberSpan && model.number) {
    const next = nextNumber(model.number);
    if (next) {
      const written = text.slice(model.numberSpan.start, model.numberSpan.end);
      prefix = `${written.replace(model.number, next)} `;
      indent = leadingIndent(contract, model.span.start);
    }
  } else if (heading?.number && own.length === 0) {
    // An empty numbered section starts its own sub-numbering: "5" → "5.1".
    prefix = `${heading.number}.1 `;
  }

  const separator = blankLineBetweenClauses(text, own.length > 0 ? own : inSection) ? eol + eol : eol;
  const lead = at === 0 ? '' : separator;
  return { span: { start: at, end: at }, newText: `${lead}${indent}${prefix}${clauseText}` };
}

/** Where the section ends: the next heading at the same or a higher level, or the end of the text. */
function sectionBoundary(contract: Contract, headingIndex: number): number {
  const level = contract.headings[headingIndex].level;
  for (let i = headingIndex + 1; i < contract.headings.length; i++) {
    const h = contract.headings[i];
    // A numbered line the parser read as a heading ("5.1 Stuff.") is part of the section when it is deeper.
    if (h.level <= level) return h.span.start;
  }
  return contract.text.length;
}

function lastNumbered(clauses: readonly Clause[]): Clause | undefined {
  const numbered = clauses.filter((c) => c.number !== undefined && c.numberSpan !== undefined);
  if (numbered.length === 0) return undefined;
  // The section's own level of numbering is the shallowest one used: 4.3 follows 4.2 even after 4.2(b).
  const depth = Math.min(...numbered.map((c) => depthOf(c.number ?? '')));
  return [...numbered].reverse().find((c) => depthOf(c.number ?? '') === depth);
}

function depthOf(number: string): number {
  let depth = 1;
  for (const ch of number) if (ch === '.' || ch === '(') depth++;
  return depth;
}

/** The number after `number` in the same scheme, or null when there is none ("Z", an odd token). */
export function nextNumber(number: string): string | null {
  // Work on the last part: "4.2" → "2", "12.3(b)" → "b", "IV" → "IV".
  const closing = number.endsWith(')');
  const body = closing ? number.slice(0, -1) : number;
  const cut = Math.max(body.lastIndexOf('.'), body.lastIndexOf('(')) + 1;
  const head = body.slice(0, cut);
  const last = body.slice(cut);
  const next = incrementPart(last);
  return next === null ? null : `${head}${next}${closing ? ')' : ''}`;
}

function incrementPart(part: string): string | null {
  if (/^\d+$/.test(part)) return String(Number(part) + 1);
  const roman = romanValue(part);
  // A single "i", "v" or "x" is more often a roman numeral than a letter in a list.
  if (roman !== null && (part.length > 1 || 'ivxIVX'.includes(part))) return toRoman(roman + 1, part === part.toUpperCase());
  if (/^[a-y]$/.test(part) || /^[A-Y]$/.test(part)) return String.fromCharCode(part.charCodeAt(0) + 1);
  return null;
}

const ROMAN_VALUES: readonly (readonly [string, number])[] = [
  ['m', 1000], ['cm', 900], ['d', 500], ['cd', 400], ['c', 100], ['xc', 90],
  ['l', 50], ['xl', 40], ['x', 10], ['ix', 9], ['v', 5], ['iv', 4], ['i', 1],
];

function romanValue(part: string): number | null {
  const lower = part.toLowerCase();
  if (lower.length === 0 || !/^[ivxlcdm]+$/.test(lower)) return null;
  let value = 0;
  let i = 0;
  for (const [symbol, amount] of ROMAN_VALUES) {
    while (lower.startsWith(symbol, i)) {
      value += amount;
      i += symbol.length;
    }
  }
  // Only canonical numerals count: "il" is not 49.
  return i === lower.length && toRoman(value, false) === lower ? value : null;
}

function toRoman(value: number, upper: boolean): string {
  let out = '';
  let rest = value;
  for (const [symbol, amount] of ROMAN_VALUES) {
    while (rest >= amount) {
      out += symbol;
      rest -= amount;
    }
  }
  return upper ? out.toUpperCase() : out;
}

/** Spaces and tabs before `offset` on its line (a Markdown list item's indent). */
function leadingIndent(contract: Contract, offset: number): string {
  let start = offset;
  while (start > 0 && (contract.text[start - 1] === ' ' || contract.text[start - 1] === '\t')) start--;
  const atLineStart = start === 0 || contract.text[start - 1] === '\n' || contract.text[start - 1] === '\r';
  return atLineStart ? contract.text.slice(start, offset) : '';
}

function blankLineBetweenClauses(text: string, clauses: readonly Clause[]): boolean {
  if (clauses.length < 2) return true;
  const a = clauses[clauses.length - 2];
  const b = clauses[clauses.length - 1];
  const gap = text.slice(a.span.end, b.span.start);
  let newlines = 0;
  for (const ch of gap) if (ch === '\n') newlines++;
  return newlines >= 2;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
