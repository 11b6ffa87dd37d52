// One pass over the text into word, number and symbol tokens. Stored as parallel
// typed arrays because a 1 MB draft has a few hundred thousand tokens and the
// whole review has a budget of a few tens of milliseconds.
import { LEXICON, TRIE_WORD, trieStep, type LexEntry } from './lexicon';

export const WORD = 1;
export const NUM = 2;
export const SYM = 3;

/** Number token flags. */
export const ORDINAL = 1; // "15th": the suffix is part of the token
export const LETTER_BEFORE = 2; // "Q1", "MP3", "EUR10"
export const LETTER_AFTER = 4; // "24x7", "10MM": the letters follow as their own word token
export const BLANK_NEXT = 8; // "20__": a blank to fill in

export interface Tokens {
  readonly text: string;
  readonly count: number;
  readonly kind: Uint8Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** WORD: lexicon index + 1 or 0. SYM: the character code. */
  readonly code: Int32Array;
  /** NUM: the value ("1,000" → 1000, "15th" → 15). */
  readonly value: Float64Array;
  readonly flags: Uint8Array;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 12 || c === 11;
}

function isOrdinalSuffix(text: string, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const pair = text.slice(start, end).toLowerCase();
  return pair === 'st' || pair === 'nd' || pair === 'rd' || pair === 'th';
}

/** Reads digits with optional thousands groups and one decimal part; returns the end offset. */
function numberEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  // Thousands groups only after a short leading group: "1,000,000" but not "2024,123".
  // Swiss drafts group with an apostrophe: "USD 2'500'000".
  if (i - from <= 3) {
    const separator = text.charCodeAt(i);
    const groupAt = (k: number): boolean => text.charCodeAt(k) === separator && isDigit(text.charCodeAt(k + 1))
      && isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3)) && !isDigit(text.charCodeAt(k + 4));
    if (separator === 44 || separator === 39) while (groupAt(i)) i += 4;
  }
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

function parseDigits(text: string, start: number, end: number): number {
  let digits = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 39) digits += text[i];
  }
  return Number(digits);
}

/** Growable token storage; a class so the hot loop reads fields of one stable shape. */
class TokenBuffer {
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  code: Int32Array;
  value: Float64Array;
  flags: Uint8Array;
  count = 0;

  constructor(private capacity: number) {
    this.kind = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.code = new Int32Array(capacity);
    this.value = new Float64Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  push(kind: number, start: number, end: number, code: number, value: number, flags: number): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.kind[i] = kind; this.start[i] = start; this.end[i] = end;
    this.code[i] = code; this.value[i] = value; this.flags[i] = flags;
  }

  private grow(): void {
    this.capacity *= 2;
    const kind = new Uint8Array(this.capacity); kind.set(this.kind); this.kind = kind;
    const start = new Int32Array(this.capacity); start.set(this.start); this.start = start;
    const end = new Int32Array(this.capacity); end.set(this.end); this.end = end;
    const code = new Int32Array(this.capacity); code.set(this.code); this.code = code;
    const value = new Float64Array(this.capacity); value.set(this.value); this.value = value;
    const flags = new Uint8Array(this.capacity); flags.set(this.flags); this.flags = flags;
  }
}

export function tokenize(text: string): Tokens {
  const buffer = new TokenBuffer(64 + (text.length >> 2));
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (isLetter(c)) {
      let node = trieStep(0, c);
      let j = i + 1;
      for (; j < length; j++) {
        const d = text.charCodeAt(j);
        if (!isLetter(d)) break;
        node = trieStep(node, d);
      }
      buffer.push(WORD, i, j, node < 0 ? 0 : TRIE_WORD[node], 0, 0);
      i = j;
    } else if (isDigit(c)) {
      let j = numberEnd(text, i);
      let f = 0;
      if (i > 0 && isLetter(text.charCodeAt(i - 1))) f |= LETTER_BEFORE;
      const next = text.charCodeAt(j);
      if (isLetter(next)) {
        let k = j + 1;
        while (k < length && isLetter(text.charCodeAt(k))) k++;
        if (isOrdinalSuffix(text, j, k)) f |= ORDINAL;
        else f |= LETTER_AFTER;
      } else if (next === 95) f |= BLANK_NEXT;
      const value = parseDigits(text, i, j);
      if (f & ORDINAL) j += 2;
      buffer.push(NUM, i, j, 0, value, f);
      i = j;
    } else {
      buffer.push(SYM, i, i + 1, c, 0, 0);
      i++;
    }
  }
  const { kind, start, end, code, value, flags, count } = buffer;
  return { text, count, kind, start, end, code, value, flags };
}

// Small readers the scanners share. Out-of-range indexes read as "nothing there".

export function entryAt(t: Tokens, i: number): LexEntry | undefined {
  if (i < 0 || i >= t.count || t.kind[i] !== WORD) return undefined;
  const index = t.code[i];
  return index === 0 ? undefined : LEXICON[index - 1];
}

export function isSym(t: Tokens, i: number, charCode: number): boolean {
  return i >= 0 && i < t.count && t.kind[i] === SYM && t.code[i] === charCode;
}

export function isNum(t: Tokens, i: number): boolean {
  return i >= 0 && i < t.count && t.kind[i] === NUM;
}

/** Nothing at all between tokens a and b (b = a + 1). */
export function touching(t: Tokens, a: number): boolean {
  return a >= 0 && a + 1 < t.count && t.end[a] === t.start[a + 1];
}

/**
 * Tokens a and a + 1 sit in the same run of text: only spaces and at most one
 * line break between them (a blank line ends a phrase).
 */
export function inline(t: Tokens, a: number): boolean {
  if (a < 0 || a + 1 >= t.count) return false;
  let breaks = 0;
  for (let i = t.end[a]; i < t.start[a + 1]; i++) {
    if (t.text.charCodeAt(i) === 10 && ++breaks > 1) return false;
  }
  return true;
}

/** Digits in a number token, without separators or an ordinal suffix. */
export function digitCount(t: Tokens, i: number): number {
  let n = 0;
  for (let k = t.start[i]; k < t.end[i]; k++) if (isDigit(t.text.charCodeAt(k))) n++;
  return n;
}
