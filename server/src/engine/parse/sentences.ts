// Splits a clause into sentences with one forward scan. A sentence ends at '.',
// '?' or '!' (plus closing quotes/brackets) followed by a space and something that
// can open a sentence, or at the end of the clause; never after an abbreviation,
// an initial, or inside a number such as 99.9 or 12.3.
import type { Sentence } from '../model';

/** Long run-ons are cut so later matchers never scan an unbounded sentence. */
export const MAX_SENTENCE_LENGTH = 3000;

const ABBREVIATIONS = new Set([
  'al', 'approx', 'art', 'arts', 'ave', 'cf', 'cl', 'co', 'corp', 'dept', 'dr', 'etc', 'ex', 'exh', 'fig',
  'gmbh', 'hr', 'hrs', 'inc', 'incl', 'jr', 'llc', 'llp', 'lp', 'ltd', 'max', 'min', 'mo', 'mos', 'mr', 'mrs',
  'ms', 'no', 'nos', 'para', 'paras', 'plc', 'pp', 'prof', 'pty', 'ref', 'sch', 'sec', 'secs', 'sect', 'sr',
  'st', 'v', 'viz', 'vol', 'vs', 'yr', 'yrs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

// Jumping between candidate ends with a regex is several times faster than a
// charCodeAt loop over every character of the clause.
const TERMINATOR = /[.?!]/g;

/**
 * Sentences of the clause text in [start, end). Ends before `bodyStart` (the
 * clause number, "12." in "12. Term.") are ignored.
 */
export function splitSentences(text: string, start: number, end: number, bodyStart = start): Sentence[] {
  const sentences: Sentence[] = [];
  let from = start;
  // The search runs over the clause alone: on the whole text, a clause with no
  // terminator would scan on to the next one in the document, and a draft of
  // short list items without full stops would cost time quadratic in its length.
  // (V8 slices without copying, so this costs nothing per clause.)
  const searchFrom = Math.min(Math.max(start, bodyStart), end);
  const clause = text.slice(searchFrom, end);
  TERMINATOR.lastIndex = 0;
  for (let match = TERMINATOR.exec(clause); match; match = TERMINATOR.exec(clause)) {
    const i = searchFrom + match.index;
    const c = text.charCodeAt(i);
    // "..." ends at its last dot, if at all.
    if (c === 46 && text.charCodeAt(i + 1) === 46) continue;
    let close = i + 1;
    while (close < end && isCloser(text.charCodeAt(close))) close++;
    if (close < end && !isSpace(text.charCodeAt(close))) continue;
    let next = close;
    while (next < end && isSpace(text.charCodeAt(next))) next++;
    if (next < end && !opensSentence(text, next, end)) continue;
    if (c === 46 && isAbbreviationOrInitial(text, i, from)) continue;
    pushSentence(text, from, close, sentences);
    from = next;
    TERMINATOR.lastIndex = next - searchFrom;
  }
  pushSentence(text, from, end, sentences);
  return sentences;
}

function pushSentence(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE_LENGTH) {
    const cut = findCut(text, s, s + MAX_SENTENCE_LENGTH);
    let pieceEnd = cut;
    while (pieceEnd > s && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
    if (pieceEnd > s) out.push({ span: { start: s, end: pieceEnd } });
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) out.push({ span: { start: s, end: e } });
}

/** Where to cut a run-on that would pass `limit`: after a ';', else a ',', else a space. */
function findCut(text: string, start: number, limit: number): number {
  // Do not cut the first quarter off: a cut that early just moves the problem along.
  const floor = start + (limit - start) / 4;
  for (const mark of [59 /* ; */, 44 /* , */, 32 /* space */]) {
    for (let i = limit - 1; i > floor; i--) {
      if (text.charCodeAt(i) === mark) return i + 1;
    }
  }
  // No break at all (junk or a huge token): cut hard, but not inside a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

function isAbbreviationOrInitial(text: string, dot: number, floor: number): boolean {
  let w = dot;
  while (w > floor && w > dot - 12) {
    const c = text.charCodeAt(w - 1);
    if (!isLetter(c) && c !== 46) break;
    w--;
  }
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  // "U.S", "e.g", "i.e", "N.A": dotted short parts.
  if (word.includes('.')) return word.split('.').every((part) => part.length <= 2);
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** After a sentence end: a capital, a digit, a quote or an opening bracket (past emphasis marks). */
function opensSentence(text: string, i: number, end: number): boolean {
  let j = i;
  while (j < end && j < i + 3 && (text.charCodeAt(j) === 42 || text.charCodeAt(j) === 95)) j++;
  if (j >= end) return true;
  const c = text.charCodeAt(j);
  if (isUpper(c) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91 || c === 0xa7) return true;
  if (c > 127) {
    const ch = text[j];
    return ch !== ch.toLowerCase();
  }
  return false;
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 42 || c === 95;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
