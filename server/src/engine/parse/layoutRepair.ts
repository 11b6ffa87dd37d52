// Repairs what scanning and filing do to a contract's text, keeping every
// character where it was (each repair has the length of what it replaces), so
// offsets into the original stay true: OCR confusions inside numbers and
// dates, and the many ways a redaction is marked, reduced to one token.

const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

const REPAIRS: ReadonlyArray<readonly [RegExp, (match: string, ...groups: string[]) => string]> = [
  // "one (I) year", "one (l) month": a capital I or small l read for the digit 1 after "one".
  [/(\bone\s+\()[Il](\))/gi, (_m, open: string, close: string) => `${open}1${close}`],
  // "2O21", "1O0": the letter O between digits, and a lower-case l between digits.
  [/(?<=\d)[Oo](?=\d)/g, () => '0'],
  [/(?<=\d)l(?=\d)/g, () => '1'],
  // "the fifth (5t h) anniversary": an ordinal suffix split by a stray space.
  [/(?<=\d)([snrt])\s([tdh])\b/gi, (_m, a: string, b: string) => `${a}${b} `],
  // "March 18. 2021": a full stop read for the comma of a date.
  [new RegExp(String.raw`\b(${MONTH}\s+\d{1,2})\.(\s+\d{4}\b)`, 'gi'), (_m, day: string, year: string) => `${day},${year}`],
  // Redactions: "[REDACTED]", "[***]", "[* * *]", "[●]", "[•]", "[ ]" and runs of blocks become "[***…]" (bare asterisks are left: in Markdown they are emphasis or a rule).
  [/\[(?:redacted|omitted|confidential treatment requested|\s*[*•●■█]+(?:\s*[*•●■█]+)*\s*)\]/gi, (m: string) => `[${'*'.repeat(m.length - 2)}]`],
  [/[█■]{2,}/g, (m: string) => `[${'*'.repeat(m.length - 2)}]`],
];

// A page number or filing stamp on a line of its own between two halves of one sentence (the line before ends
// without a full stop, the line after starts in lower case): the page break, not the drafter, split the sentence.
const PAGE_MARK = String.raw`(?:-[ \t]*\d{1,3}[ \t]*-|\d{1,3}|[Pp]age[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?|Source:[^\n]{5,100})`;
const BREAK = String.raw`[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*`;
const PAGE_BREAK_INSIDE_SENTENCE = new RegExp(String.raw`(?<=[a-z,;])${BREAK}${PAGE_MARK}[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?=[a-z(])`, 'g');

/** The text with scanning and redaction marks repaired; the result has the same length as the input. */
export function repairLayout(text: string): string {
  let out = text.replace(PAGE_BREAK_INSIDE_SENTENCE, (gap) => ' '.repeat(gap.length));
  for (const [pattern, replace] of REPAIRS) {
    out = out.replace(pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args.slice(1, -2).map((g) => (typeof g === 'string' ? g : ''));
      const repaired = replace(match, ...groups);
      // A repair that would move text is not made.
      return repaired.length === match.length ? repaired : match;
    });
  }
  return out;
}
