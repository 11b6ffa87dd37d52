// Reads the number a clause or heading opens with: "12.", "12.3", "12.3(a)",
// "(b)", "iv.", "b)", "Section 5", "Article IV", "§ 5". A hand-written scanner
// rather than one large regular expression: it runs at the start of every line.

export interface ClauseNumber {
  /** As written, without a trailing '.' or ')' and without the "Section"/"Article" word: "12.3(a)", "(b)", "IV". */
  readonly number: string;
  /** Where the number token starts (the keyword, when there is one). */
  readonly start: number;
  /** Just after the token, including a trailing '.' or ')'. */
  readonly end: number;
  /** Nesting depth: "12" is 1, "12.3" is 2, "12.3(a)" is 3; letters and romans are 1. */
  readonly level: number;
  readonly keyword?: 'article' | 'section';
}

const MAX_PART_DIGITS = 3;

/**
 * The clause number at `pos` (after optional Markdown emphasis marks), when it is
 * followed by a space or the end of the line at `limit`.
 */
export function readClauseNumber(text: string, pos: number, limit: number): ClauseNumber | undefined {
  let i = pos;
  for (let marks = 0; marks < 3 && i < limit && isEmphasis(text.charCodeAt(i)); marks++) i++;
  const keyword = readKeyword(text, i, limit);
  if (keyword) {
    const token = readNumberToken(text, keyword.end, limit, true);
    return token && { ...token, start: i, keyword: keyword.kind };
  }
  const token = readNumberToken(text, i, limit, false);
  return token && { ...token, start: i };
}

function readKeyword(text: string, i: number, limit: number): { kind: 'article' | 'section'; end: number } | undefined {
  if (text.charCodeAt(i) === 0xa7 /* § */) {
    let end = i + 1;
    if (text.charCodeAt(end) === 0xa7) end++;
    while (end < limit && text.charCodeAt(end) === 32) end++;
    return { kind: 'section', end };
  }
  // Cheap first-letter test: this runs on every line of the draft.
  const first = text.charCodeAt(i) | 32;
  if (first !== 97 /* a */ && first !== 115 /* s */ && first !== 99 /* c */) return undefined;
  for (const [word, kind] of KEYWORDS) {
    if (i + word.length >= limit || text.charCodeAt(i + word.length) !== 32) continue;
    if (text.slice(i, i + word.length).toLowerCase() !== word) continue;
    let end = i + word.length;
    while (end < limit && text.charCodeAt(end) === 32) end++;
    return { kind, end };
  }
  return undefined;
}

const KEYWORDS: readonly (readonly [string, 'article' | 'section'])[] = [
  ['article', 'article'],
  ['section', 'section'],
  ['clause', 'section'],
];

/**
 * `afterKeyword`: "Section 5" needs no dot to count as a number, and may use
 * roman numerals of any length ("Article XIV").
 */
function readNumberToken(
  text: string, start: number, limit: number, afterKeyword: boolean,
): Omit<ClauseNumber, 'start'> | undefined {
  let i = start;
  let level = 0;
  let dotted = false;
  const digits = digitRun(text, i, limit);
  if (digits > 0) {
    if (digits > MAX_PART_DIGITS) return undefined;
    i += digits;
    level = 1;
    // "12.3.1": more parts; a dot followed by a space ends the token instead.
    while (text.charCodeAt(i) === 46 && i + 1 < limit) {
      const next = digitRun(text, i + 1, limit);
      if (next === 0 || next > MAX_PART_DIGITS) break;
      i += 1 + next;
      level++;
      dotted = true;
    }
  } else if (text.charCodeAt(i) !== 40 /* ( */) {
    // "iv." / "b)" / "A." / "Article IV"
    const word = letterRun(text, i, limit);
    if (word === 0 || !isListLetterOrRoman(text.slice(i, i + word), afterKeyword)) return undefined;
    i += word;
    level = 1;
    const after = text.charCodeAt(i);
    if (!afterKeyword && after !== 46 && after !== 41) return undefined;
    if (after === 41 /* ) */) return finish(text, start, i + 1, limit, level, text.slice(start, i));
    if (after === 46 && (i + 1 >= limit || text.charCodeAt(i + 1) === 32)) {
      return finish(text, start, i + 1, limit, level, text.slice(start, i));
    }
    return finish(text, start, i, limit, level, text.slice(start, i));
  }
  // "(a)", "(iv)", "(1)" groups, after digits or alone.
  let groups = 0;
  for (;;) {
    const close = parenGroupEnd(text, i, limit);
    if (close === 0) break;
    i = close;
    groups++;
  }
  level += groups;
  if (level === 0) return undefined;
  let end = i;
  const number = text.slice(start, i);
  const after = text.charCodeAt(i);
  if (after === 46 /* . */) {
    end = i + 1;
    dotted = true;
  } else if (after === 41 /* ) */ && groups === 0 && digits > 0) {
    // "1)" list style.
    end = i + 1;
    dotted = true;
  }
  // A bare "30 days" is not a clause number; "Section 30" and "(a)" are.
  if (!dotted && groups === 0 && !afterKeyword) return undefined;
  return finish(text, start, end, limit, level, number);
}

function finish(
  text: string, start: number, end: number, limit: number, level: number, number: string,
): Omit<ClauseNumber, 'start'> | undefined {
  if (end < limit && text.charCodeAt(end) !== 32 && !isEmphasis(text.charCodeAt(end))) return undefined;
  if (number.length === 0 || end === start) return undefined;
  // "1.0 Scope" is a top-level section.
  const effectiveLevel = /\.0$/.test(number) ? level - 1 : level;
  return { number, end, level: Math.max(1, effectiveLevel) };
}

function parenGroupEnd(text: string, i: number, limit: number): number {
  if (text.charCodeAt(i) !== 40) return 0;
  let j = i + 1;
  const digits = digitRun(text, j, limit);
  if (digits > 0) {
    if (digits > MAX_PART_DIGITS) return 0;
    j += digits;
  } else {
    const word = letterRun(text, j, limit);
    if (word === 0 || !isListLetterOrRoman(text.slice(j, j + word), false)) return 0;
    j += word;
  }
  return text.charCodeAt(j) === 41 ? j + 1 : 0;
}

const ROMAN = /^(?:[ivxlcdm]+|[IVXLCDM]+)$/;

function isListLetterOrRoman(word: string, afterKeyword: boolean): boolean {
  if (word.length === 1) return true;
  return word.length <= (afterKeyword ? 8 : 6) && ROMAN.test(word);
}

function digitRun(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j++;
  }
  return j - i;
}

function letterRun(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit) {
    const c = text.charCodeAt(j) | 32;
    if (c < 97 || c > 122) break;
    j++;
  }
  return j - i;
}

function isEmphasis(c: number): boolean {
  return c === 42 /* * */ || c === 95 /* _ */;
}
