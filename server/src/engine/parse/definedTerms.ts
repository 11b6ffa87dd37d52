// Finds where the draft defines its terms: `(the "Initial Term")`, `("Renewal
// Term")`, `(each, a "Renewal Term")`, `"Service Credit" means`, `"Effective
// Date" shall mean`, `**Bold Term** means`. Each quote or bold mark is looked
// at once, with a bounded look around it, so the pass is linear.
import type { DefinedTerm } from '../model';

const MAX_TERM_LENGTH = 80;
const MAX_TERM_WORDS = 8;
/** How far back from a quote the opening '(' of a parenthetical definition may be. */
const MAX_LEAD_IN = 120;

/** Words that may sit between '(' and the quoted term: `(each, a "Renewal Term")`. */
const LEAD_IN_WORDS = new Set([
  'a', 'also', 'an', 'and', 'any', 'as', 'being', 'called', 'collectively', 'each', 'hereafter', 'hereinafter',
  'herein', 'individually', 'jointly', 'known', 'or', 'referred', 'respectively', 'such', 'the', 'this',
  'to', 'together', 'below', 'hereunder',
]);

// Sticky: tried at one offset after the closing quote.
const MEANS = /(?:shall |will |)(?:means|mean|refers to|refer to|has the meaning|have the meaning|shall have the meaning|is defined as|are defined as)\b/y;
const INCLUDES = /(?:shall |)(?:includes|include)\b/y;

export function findDefinedTerms(text: string): DefinedTerm[] {
  const found: DefinedTerm[] = [];
  scanQuoted(text, '"', found);
  scanQuoted(text, "'", found);
  scanBold(text, '**', found);
  scanBold(text, '__', found);
  found.sort((a, b) => a.span.start - b.span.start);
  return found.filter((term, i) => i === 0 || term.span.start !== found[i - 1].span.start);
}

function scanQuoted(text: string, quote: '"' | "'", out: DefinedTerm[]): void {
  let q = text.indexOf(quote);
  while (q >= 0) {
    const r = closingQuote(text, q, quote);
    if (r < 0) {
      q = text.indexOf(quote, q + 1);
      continue;
    }
    const term = termBetween(text, q + 1, r);
    if (term && (opensParenthetical(text, q) || isFollowedByMeaning(text, r + 1, term.term))) out.push(term);
    q = text.indexOf(quote, r + 1);
  }
}

/** The quote closing the one at `q`, or -1 when `q` does not open a short quoted phrase. */
function closingQuote(text: string, q: number, quote: string): number {
  if (q > 0 && isWordChar(text.charCodeAt(q - 1))) return -1;
  const limit = Math.min(text.length, q + 2 + MAX_TERM_LENGTH);
  for (let i = q + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return -1;
    // An apostrophe inside a word ("Customer's") does not close a single-quoted term.
    if (text[i] === quote && !isWordChar(text.charCodeAt(i + 1))) return i;
  }
  return -1;
}

function termBetween(text: string, start: number, end: number): DefinedTerm | undefined {
  let s = start;
  let e = end;
  while (s < e && isTrim(text.charCodeAt(s))) s++;
  while (e > s && isTrim(text.charCodeAt(e - 1))) e--;
  if (e <= s || e - s > MAX_TERM_LENGTH) return undefined;
  const term = text.slice(s, e);
  // A quoted sentence or phrase fragment ("AS IS", "none.") is not a term being defined.
  if (!isWordChar(term.charCodeAt(0)) || /[.,;:]$/.test(term)) return undefined;
  if (term.split(' ').length > MAX_TERM_WORDS || term.includes('"')) return undefined;
  return { term, span: { start: s, end: e } };
}

/** Is the quote at `q` inside `(` + lead-in words (+ earlier quoted alternatives)? */
function opensParenthetical(text: string, q: number): boolean {
  const floor = Math.max(0, q - MAX_LEAD_IN);
  let i = q - 1;
  while (i >= floor) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) return true;
    if (c === 32 || c === 44 || c === 42 || c === 95) {
      i--;
    } else if (c === 34 || c === 39) {
      // An earlier alternative: `("Company" or "Acme")`.
      let open = i - 1;
      while (open >= floor && text.charCodeAt(open) !== c) open--;
      if (open < floor) return false;
      i = open - 1;
    } else if (isLetter(c)) {
      let w = i;
      while (w > floor && isLetter(text.charCodeAt(w - 1))) w--;
      if (!LEAD_IN_WORDS.has(text.slice(w, i + 1).toLowerCase())) return false;
      i = w - 1;
    } else {
      return false;
    }
  }
  return false;
}

/** `"X" means`, `"X" or "Y" shall mean`, `**X** has the meaning`, `"X": means`. */
function isFollowedByMeaning(text: string, from: number, term: string): boolean {
  let j = skipJoiners(text, from);
  // Alternatives before the verb: `"FirstNet Authority" or "FNA" means`.
  for (let k = 0; k < 2; k++) {
    const alternative = /(?:or|and|,) ?"[^"\n]{1,80}"/y;
    alternative.lastIndex = j;
    if (!alternative.test(text)) break;
    j = skipJoiners(text, alternative.lastIndex);
  }
  MEANS.lastIndex = j;
  if (MEANS.test(text)) return true;
  // "include" defines only a capitalised term: `"Attorney's Fees" include all …`.
  INCLUDES.lastIndex = j;
  return isUpper(term.charCodeAt(0)) && INCLUDES.test(text);
}

function skipJoiners(text: string, from: number): number {
  let j = from;
  const limit = Math.min(text.length, from + 200);
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 42 && c !== 95 && c !== 58 && c !== 45 && c !== 41) break;
    j++;
  }
  return j;
}

function scanBold(text: string, mark: '**' | '__', out: DefinedTerm[]): void {
  let open = text.indexOf(mark);
  while (open >= 0) {
    const start = open + mark.length;
    const close = text.indexOf(mark, start);
    if (close < 0) return;
    const inner = close - start;
    const plain = inner > 0 && inner <= MAX_TERM_LENGTH && !/["'\n\r]/.test(text.slice(start, close));
    if (plain) {
      const term = termBetween(text, start, close);
      if (term && isFollowedByMeaning(text, close + mark.length, term.term)) out.push(term);
    }
    open = text.indexOf(mark, close + mark.length);
  }
}

function isTrim(c: number): boolean {
  return c === 32 || c === 42 || c === 95;
}

function isWordChar(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57) || c > 127;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
