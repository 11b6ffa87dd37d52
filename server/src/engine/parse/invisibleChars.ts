// Characters that take no room on the page: a zero-width space, a soft hyphen,
// a joiner. Inside a word ("rene<ZWSP>wal") they hide the word from every
// matcher, and from a reader's search, while the page looks the same. The
// normaliser closes the gap (the word's letters move together and the spaces
// go to its end, so the length stays the same), review() maps spans back
// through the same record, and a drafting rule reports them.
import type { HiddenInWord, Span } from '../model';

/** The invisible characters, by code unit, with the name a message gives them. */
export const INVISIBLE_CHARS: ReadonlyMap<number, string> = new Map([
  [0x00ad, 'soft hyphen'],
  [0x180e, 'Mongolian vowel separator'],
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x2060, 'word joiner'],
  [0x2061, 'invisible function application'],
  [0x2062, 'invisible times'],
  [0x2063, 'invisible separator'],
  [0x2064, 'invisible plus'],
  [0xfeff, 'zero-width no-break space'],
]);

const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/g;

export function isInvisible(c: number): boolean {
  return INVISIBLE_CHARS.has(c);
}

/** What ends a word: white space of any kind and control characters. */
function isBreak(c: number): boolean {
  return c <= 32 || c === 0x7f || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Words with invisible characters between two letters or digits, in text order. One
 * forward pass: each character is looked at a bounded number of times.
 */
export function findHiddenInWords(text: string): HiddenInWord[] {
  const found: HiddenInWord[] = [];
  const n = text.length;
  INVISIBLE.lastIndex = 0;
  for (let match = INVISIBLE.exec(text); match; match = INVISIBLE.exec(text)) {
    let start = match.index;
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
    let end = match.index + 1;
    while (end < n && !isBreak(text.charCodeAt(end))) end++;
    INVISIBLE.lastIndex = end;
    // Invisible characters at either edge of the word are only odd spaces: they stay where they are.
    let first = start;
    let last = end;
    while (first < last && isInvisible(text.charCodeAt(first))) first++;
    while (last > first && isInvisible(text.charCodeAt(last - 1))) last--;
    const hidden: number[] = [];
    for (let i = first; i < last; i++) if (isInvisible(text.charCodeAt(i)) && besideLetter(text, i, first, last)) hidden.push(i);
    if (hidden.length > 0) found.push({ span: { start: first, end: last }, hidden });
  }
  return found;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether the nearest visible characters on both sides are letters or digits:
 * "re<ZWSP>news" hides a word; a joiner between two emoji builds one picture,
 * and a mark before a full stop splits no word.
 */
function besideLetter(text: string, i: number, first: number, last: number): boolean {
  let before = i - 1;
  while (before >= first && isInvisible(text.charCodeAt(before))) before--;
  let after = i + 1;
  while (after < last && isInvisible(text.charCodeAt(after))) after++;
  return before >= first && after < last && LETTER_OR_DIGIT.test(text[before]) && LETTER_OR_DIGIT.test(text[after]);
}

/**
 * `chars` (same length as the text the words were found in) with each word's
 * visible characters moved together and its freed places as spaces at its end.
 */
export function closeGaps(chars: string, words: readonly HiddenInWord[]): string {
  if (words.length === 0) return chars;
  const parts: string[] = [];
  let copied = 0;
  for (const { span, hidden } of words) {
    parts.push(chars.slice(copied, span.start));
    let from = span.start;
    for (const h of hidden) {
      parts.push(chars.slice(from, h));
      from = h + 1;
    }
    parts.push(chars.slice(from, span.end), ' '.repeat(hidden.length));
    copied = span.end;
  }
  parts.push(chars.slice(copied));
  return parts.join('');
}

/** The text with the words' invisible characters taken out (shorter than the text). */
export function withoutHidden(text: string, words: readonly HiddenInWord[]): string {
  const parts: string[] = [];
  let copied = 0;
  for (const { hidden } of words) {
    for (const h of hidden) {
      parts.push(text.slice(copied, h));
      copied = h + 1;
    }
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * Maps spans over withoutHidden(text) back to the text as written. A span that
 * ends inside a word ends after the same letter in the draft; one that covers
 * a word whole covers its invisible characters too.
 */
export function visibleToWritten(words: readonly HiddenInWord[]): (span: Span) => Span {
  // before[i]: how many visible characters precede the i-th invisible one.
  const before: number[] = [];
  for (const { hidden } of words) for (const h of hidden) before.push(h - before.length);
  /** How many invisible characters come before the visible character at `v`. */
  const hiddenBefore = (v: number): number => {
    let lo = 0;
    let hi = before.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (span) => {
    const start = span.start + hiddenBefore(span.start);
    // The end lands just after the last visible character the span holds.
    const end = span.end === 0 ? 0 : span.end + hiddenBefore(span.end - 1);
    return { start, end: Math.max(start, end) };
  };
}
