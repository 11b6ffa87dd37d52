// Numbers as drafted: words, digits, or both ("thirty (30)", "20% (twenty
// percent)", "one thousand dollars ($1,000)"), skipping labels ("Section 30"),
// ordinals ("15th"), phone numbers and other digit strings that count nothing.
import type { NumberFact, Span } from '../model';
import { currencyBefore, currencyWordAt, percentAfter, percentWordAt, PERCENT_SIGN } from './markers';
import { readWordsNumber } from './numberWords';
import {
  BLANK_NEXT, LETTER_AFTER, LETTER_BEFORE, NUM, ORDINAL, SYM, WORD, entryAt, inline, isNum, isSym, touching,
  type Tokens,
} from './tokens';

const OPEN = 40;
const CLOSE = 41;
const HYPHEN = 45;
const PLUS = 43;
const PERIOD = 46;
const SLASH = 47;
const COLON = 58;
const SECTION_SIGN = 0xa7;
const HASH = 35;

/** A number with the tokens it covers, for the scanners that read what follows it. */
export interface NumberHit {
  readonly fact: NumberFact;
  readonly first: number;
  /** Index after the hit's last token. */
  readonly end: number;
  /** A "%" or percent word sits inside the hit: "ten percent (10%)". */
  readonly percent: boolean;
  /** A currency sits inside the hit: "one thousand dollars ($1,000)". */
  readonly currency?: string;
}

interface Part {
  readonly value: number;
  readonly first: number;
  readonly end: number;
}

function spanOf(t: Tokens, first: number, end: number): Span {
  return { start: t.start[first], end: t.end[end - 1] };
}

/** Digits joined to more digits by "-", "/", ".", ":": phone numbers, ranges, times, clause numbers. */
function inCompound(t: Tokens, i: number): boolean {
  const joiner = (k: number): boolean => t.kind[k] === SYM
    && (t.code[k] === HYPHEN || t.code[k] === SLASH || t.code[k] === PERIOD || t.code[k] === COLON);
  const after = i + 1 < t.count && joiner(i + 1) && touching(t, i) && touching(t, i + 1) && isNum(t, i + 2);
  const before = i >= 2 && joiner(i - 1) && touching(t, i - 1) && touching(t, i - 2) && isNum(t, i - 2);
  return after || before;
}

/** The number is a label: "Section 30", "Schedule 1", "§ 5", "No. 3", "#2". */
function isLabel(t: Tokens, i: number): boolean {
  const p = i - 1;
  if (p < 0 || !inline(t, p)) return false;
  if (isSym(t, p, SECTION_SIGN) || isSym(t, p, HASH)) return true;
  if (entryAt(t, p)?.reference) return true;
  if (isSym(t, p, PERIOD) && t.kind[p - 1] === WORD && touching(t, p - 1)) {
    const word = t.text.slice(t.start[p - 1], t.end[p - 1]).toLowerCase();
    return word === 'no' || word === 'nos';
  }
  return false;
}

/** Letters glued after digits are fine only when they say what the digits count: "30days", "$10MM". */
function gluedSuffixAllowed(t: Tokens, i: number): boolean {
  const entry = entryAt(t, i + 1);
  if (!entry) return false;
  if (entry.unit || entry.number?.role === 'scale' || entry.percentWord === 'percent') return true;
  return entry.shortScale !== undefined && currencyBefore(t, i) !== null;
}

function usableDigits(t: Tokens, i: number, claimed: Uint8Array): boolean {
  if (!isNum(t, i) || claimed[i]) return false;
  const flags = t.flags[i];
  if (flags & (ORDINAL | BLANK_NEXT)) return false;
  if ((flags & LETTER_BEFORE) && !currencyBefore(t, i)) return false;
  if ((flags & LETTER_AFTER) && !gluedSuffixAllowed(t, i)) return false;
  if (isSym(t, i - 1, PLUS) && touching(t, i - 1)) return false;
  return !inCompound(t, i) && !isLabel(t, i);
}

/** Digits plus a scale word: "1.2 million", "$10MM". */
function readDigits(t: Tokens, i: number): Part {
  const scale = entryAt(t, i + 1);
  if (scale?.number?.role === 'scale' && inline(t, i)) {
    return { value: t.value[i] * scale.number.value, first: i, end: i + 2 };
  }
  if ((t.flags[i] & LETTER_AFTER) && scale?.shortScale !== undefined) {
    return { value: t.value[i] * scale.shortScale, first: i, end: i + 2 };
  }
  return { value: t.value[i], first: i, end: i + 1 };
}

/** A marker between the first form and the parenthesised second: "ten percent (10%)". */
function markerBetween(t: Tokens, i: number): { end: number; percent: boolean; currency?: string } {
  if (!inline(t, i - 1)) return { end: i, percent: false };
  const percent = percentWordAt(t, i) ?? (isSym(t, i, PERCENT_SIGN) ? { end: i + 1 } : null);
  if (percent) return { end: percent.end, percent: true };
  const money = currencyWordAt(t, i);
  if (money) return { end: money.end, percent: false, currency: money.currency };
  return { end: i, percent: false };
}

interface Paired {
  readonly second: Part;
  readonly end: number;
  readonly percent: boolean;
  readonly currency?: string;
}

/** The currency sign or code right after "(", before the digits: "($1,000)", "(USD 5,000)". */
function currencyOpening(t: Tokens, from: number): { amount: number; currency?: string } {
  for (let j = from; j < from + 3 && j < t.count; j++) {
    if (!isNum(t, j)) continue;
    const before = currencyBefore(t, j);
    return before && before.first === from ? { amount: j, currency: before.currency } : { amount: from };
  }
  return { amount: from };
}

/** "(30)", "(10%)", "($1,000)", "(7,000,000 USD)" after words. */
function digitsInParens(t: Tokens, open: number, claimed: Uint8Array): Paired | null {
  if (!isSym(t, open, OPEN) || !inline(t, open - 1)) return null;
  const opening = currencyOpening(t, open + 1);
  let currency = opening.currency;
  if (!usableDigits(t, opening.amount, claimed)) return null;
  const second = readDigits(t, opening.amount);
  let k = second.end;
  let percent = false;
  if (isSym(t, k, PERCENT_SIGN) && inline(t, k - 1)) {
    percent = true;
    k++;
  } else {
    const suffix = inline(t, k - 1) ? currencyWordAt(t, k) : null;
    if (suffix) { currency = suffix.currency; k = suffix.end; }
  }
  if (!isSym(t, k, CLOSE)) return null;
  return { second, end: k + 1, percent, currency };
}

/** "(thirty)", "(twenty percent)", "(five thousand dollars)" after digits. */
function wordsInParens(t: Tokens, open: number): Paired | null {
  if (!isSym(t, open, OPEN) || !inline(t, open - 1) || !inline(t, open)) return null;
  const words = readWordsNumber(t, open + 1);
  if (!words) return null;
  const marker = markerBetween(t, words.end);
  if (!isSym(t, marker.end, CLOSE)) return null;
  return { second: words, end: marker.end + 1, percent: marker.percent, currency: marker.currency };
}

/** "twenty-first", "one-third": the words are an ordinal or a fraction, not a count. */
function ordinalFollows(t: Tokens, end: number): boolean {
  return isSym(t, end, HYPHEN) && touching(t, end - 1) && touching(t, end)
    && entryAt(t, end + 1)?.ordinal !== undefined;
}

function hitFrom(t: Tokens, words: Part | null, digits: Part | null, first: number, end: number,
  percent: boolean, currency: string | undefined): NumberHit {
  const wordsPart = words ? { span: spanOf(t, words.first, words.end), value: words.value } : undefined;
  const digitsPart = digits ? { span: spanOf(t, digits.first, digits.end), value: digits.value } : undefined;
  // With both written the digits give the value; the words stay for rules that compare the two.
  const value = digits ? digits.value : words ? words.value : Number.NaN;
  const fact: NumberFact = {
    span: spanOf(t, first, end), value,
    ...(wordsPart ? { words: wordsPart } : {}),
    ...(digitsPart ? { digits: digitsPart } : {}),
  };
  return { fact, first, end, percent, ...(currency ? { currency } : {}) };
}

function fromWords(t: Tokens, i: number, claimed: Uint8Array): NumberHit | null {
  const words = readWordsNumber(t, i);
  if (!words || ordinalFollows(t, words.end) || isLabel(t, i)) return null;
  for (let k = words.first; k < words.end; k++) if (claimed[k]) return null;
  const marker = markerBetween(t, words.end);
  const paired = digitsInParens(t, marker.end, claimed);
  if (!paired) return hitFrom(t, words, null, i, words.end, false, undefined);
  return hitFrom(t, words, paired.second, i, paired.end, marker.percent || paired.percent,
    marker.currency ?? paired.currency);
}

function fromDigits(t: Tokens, i: number, claimed: Uint8Array): NumberHit | null {
  if (!usableDigits(t, i, claimed)) return null;
  const digits = readDigits(t, i);
  let k = digits.end;
  let percent = false;
  let currency: string | undefined;
  const sign = percentAfter(t, k);
  if (sign) { percent = true; k = sign.end; }
  else {
    const money = inline(t, k - 1) ? currencyWordAt(t, k) : null;
    if (money) { currency = money.currency; k = money.end; }
  }
  const paired = wordsInParens(t, k);
  if (!paired) {
    // "(30) days" with the words left out: the parentheses belong to the number.
    const enclosed = !percent && !currency && isSym(t, i - 1, OPEN) && isSym(t, digits.end, CLOSE)
      && !claimed[i - 1];
    return enclosed
      ? hitFrom(t, null, digits, i - 1, digits.end + 1, false, undefined)
      : hitFrom(t, null, digits, i, digits.end, false, undefined);
  }
  return hitFrom(t, paired.second, digits, i, paired.end, percent || paired.percent, currency ?? paired.currency);
}

/** "(555) 123-4567", "+1 415 555 0100": digits that are a phone number. Returns the index after it, or -1. */
function phoneEnd(t: Tokens, i: number): number {
  const areaCode = isSym(t, i, OPEN) && isNum(t, i + 1) && isSym(t, i + 2, CLOSE) && inCompound(t, i + 3)
    && inline(t, i + 2);
  const international = isSym(t, i, PLUS) && isNum(t, i + 1) && touching(t, i);
  if (!areaCode && !international) return -1;
  const phonePart = (k: number): boolean => t.kind[k] === NUM
    || isSym(t, k, HYPHEN) || isSym(t, k, OPEN) || isSym(t, k, CLOSE) || isSym(t, k, PERIOD);
  let k = i + 1;
  while (k < t.count && t.start[k] - t.end[k - 1] <= 1 && phonePart(k)) k++;
  return k;
}

/** Every number in the text, in order, skipping tokens already claimed by dates. */
export function scanNumbers(t: Tokens, claimed: Uint8Array): NumberHit[] {
  const hits: NumberHit[] = [];
  for (let i = 0; i < t.count; i++) {
    if (claimed[i]) continue;
    const kind = t.kind[i];
    let hit: NumberHit | null = null;
    if (kind === WORD) {
      if (entryAt(t, i)?.number) hit = fromWords(t, i, claimed);
    } else if (kind === NUM) {
      hit = fromDigits(t, i, claimed);
    } else if (kind === SYM && (t.code[i] === OPEN || t.code[i] === PLUS)) {
      const end = phoneEnd(t, i);
      if (end > 0) { claimed.fill(1, i, end); i = end - 1; }
      continue;
    }
    if (!hit) continue;
    hits.push(hit);
    i = hit.end - 1;
  }
  return hits;
}
