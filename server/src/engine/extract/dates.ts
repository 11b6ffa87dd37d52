// Calendar dates: "January 1, 2024", "1 January 2024", "Jan. 1, 2024",
// "the 15th day of March, 2020", "2024-01-31", "01/31/2024" (US order), "5/8/14",
// "12-23-2019", "1.4.2011" (day first, the European way). Also the typos that
// text copied from PDFs carries: "20t h day of", "as of1 August 2019", "April. 1st 2019".
import type { DateFact } from '../model';
import {
  BLANK_NEXT, LETTER_AFTER, LETTER_BEFORE, NUM, ORDINAL, digitCount, entryAt, inline, isNum, isSym, touching,
  type Tokens,
} from './tokens';

const COMMA = 44;
const PERIOD = 46;
const HYPHEN = 45;
const SLASH = 47;
const FULL_MONTH_LENGTHS = [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8];

interface Match {
  readonly iso: string;
  /** Index after the last token of the date. */
  readonly end: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isoOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A plain number token: no letters or blanks stuck to it. */
function cleanNum(t: Tokens, i: number): boolean {
  return isNum(t, i) && (t.flags[i] & (LETTER_BEFORE | LETTER_AFTER | BLANK_NEXT)) === 0;
}

function dayAt(t: Tokens, i: number): number | null {
  if (!(cleanNum(t, i) || gluedToOf(t, i)) || digitCount(t, i) > 2) return null;
  const day = t.value[i];
  return Number.isInteger(day) && day >= 1 && day <= 31 ? day : null;
}

/** "as of1 August 2019": a day run into the "of" before it, a typo of PDF copies. */
function gluedToOf(t: Tokens, i: number): boolean {
  return isNum(t, i) && t.flags[i] === LETTER_BEFORE && touching(t, i - 1) && entryAt(t, i - 1)?.ofWord === true;
}

function yearAt(t: Tokens, i: number): number | null {
  if (!cleanNum(t, i) || (t.flags[i] & ORDINAL) !== 0 || digitCount(t, i) !== 4) return null;
  const year = t.value[i];
  return Number.isInteger(year) && year >= 1800 && year <= 2299 ? year : null;
}

/** A month name; abbreviations and "May" must be capitalised so "mar" or "may" the verb stay words. */
function monthAt(t: Tokens, i: number): { month: number; end: number } | null {
  const month = entryAt(t, i)?.month;
  if (!month) return null;
  const length = t.end[i] - t.start[i];
  const abbreviated = length < FULL_MONTH_LENGTHS[month - 1];
  const first = t.text.charCodeAt(t.start[i]);
  const capitalised = first >= 65 && first <= 90;
  if ((abbreviated || month === 5) && !capitalised) return null;
  const end = abbreviated && isSym(t, i + 1, PERIOD) && touching(t, i) ? i + 2 : i + 1;
  return { month, end };
}

/** ", 2024" or " 2024" after a day and month. */
function yearAfter(t: Tokens, i: number): { year: number; end: number } | null {
  let k = i;
  if (isSym(t, k, COMMA) && inline(t, k - 1)) k++;
  if (!inline(t, k - 1)) return null;
  const year = yearAt(t, k);
  return year === null ? null : { year, end: k + 1 };
}

function monthFirst(t: Tokens, i: number): Match | null {
  const month = monthAt(t, i);
  if (!month) return null;
  // "April. 1st 2019": a stray full stop after a full month name, when a day and a year follow.
  const at = month.end === i + 1 && isSym(t, i + 1, PERIOD) && touching(t, i) ? i + 2 : month.end;
  if (!inline(t, at - 1)) return null;
  const day = dayAt(t, at);
  if (day === null) return null;
  const year = yearAfter(t, at + 1);
  const iso = year && isoOf(year.year, month.month, day);
  return iso && year ? { iso, end: year.end } : null;
}

/** "15th", "fifteenth", "twenty-first": a day written as an ordinal. */
function ordinalDayAt(t: Tokens, i: number): { day: number; end: number } | null {
  if (isNum(t, i)) {
    const split = splitOrdinalAt(t, i);
    if (split) return split;
    if ((t.flags[i] & ORDINAL) === 0) return null;
    const day = dayAt(t, i);
    return day === null ? null : { day, end: i + 1 };
  }
  const single = entryAt(t, i)?.ordinal;
  if (single) return { day: single, end: i + 1 };
  const tens = entryAt(t, i)?.number;
  const unit = entryAt(t, i + 2)?.ordinal;
  if (tens?.role === 'ten' && tens.value <= 30 && isSym(t, i + 1, HYPHEN) && touching(t, i) && touching(t, i + 1)
    && unit !== undefined && unit <= 9) {
    return { day: tens.value + unit, end: i + 3 };
  }
  return null;
}

/**
 * "20t h day of", "1s t day of", "15 th day of": an ordinal suffix broken by a space, as PDF
 * copies print it. Only before "day", so "6t h Floor" stays an address.
 */
function splitOrdinalAt(t: Tokens, i: number): { day: number; end: number } | null {
  if (digitCount(t, i) > 2) return null;
  // "15 th day of": the whole suffix one space away
  if (t.flags[i] === 0 && t.start[i + 1] === t.end[i] + 1 && t.end[i + 1] - t.start[i + 1] === 2 && entryAt(t, i + 2)?.dayWord
    && /^(?:st|nd|rd|th)$/i.test(t.text.slice(t.start[i + 1], t.end[i + 1]))) {
    const day = t.value[i];
    return Number.isInteger(day) && day >= 1 && day <= 31 ? { day, end: i + 2 } : null;
  }
  if (t.flags[i] !== LETTER_AFTER || !touching(t, i)) return null;
  const first = i + 1;
  const second = i + 2;
  if (t.end[first] - t.start[first] !== 1 || t.end[second] - t.start[second] !== 1) return null;
  if (t.start[second] !== t.end[first] + 1 || !entryAt(t, i + 3)?.dayWord) return null;
  const suffix = t.text[t.start[first]] + t.text[t.start[second]];
  if (!/^(?:st|nd|rd|th)$/i.test(suffix)) return null;
  const day = t.value[i];
  return Number.isInteger(day) && day >= 1 && day <= 31 ? { day, end: i + 3 } : null;
}

function dayFirst(t: Tokens, i: number): Match | null {
  const ordinal = ordinalDayAt(t, i);
  const plainDay = ordinal ? ordinal.day : dayAt(t, i);
  if (plainDay === null) return null;
  let k = ordinal ? ordinal.end : i + 1;
  // "the 15th day of March, 2020"; also "this 31 day of July, 2019", which drafts write without the suffix
  if ((ordinal || isNum(t, i)) && entryAt(t, k)?.dayWord && entryAt(t, k + 1)?.ofWord && inline(t, k - 1) && inline(t, k)) {
    if (t.end[k] - t.start[k] !== 3) return null;
    k += 2;
  } else if (ordinal && entryAt(t, k)?.ofWord && inline(t, k - 1)) {
    k += 1; // "the 1st of March, 2003"
  } else if (!isNum(t, i)) {
    return null; // "first March" is not a date; only digits may stand directly before the month
  }
  if (!inline(t, k - 1)) return null;
  const month = monthAt(t, k);
  if (!month) return null;
  const year = yearAfter(t, month.end);
  const iso = year && isoOf(year.year, month.month, plainDay);
  return iso && year ? { iso, end: year.end } : null;
}

/** Three numbers joined by one separator with nothing in between: "2024-01-31", "01/31/2024". */
function joinedTriple(t: Tokens, i: number, separator: number): boolean {
  return cleanNum(t, i) && cleanNum(t, i + 2) && cleanNum(t, i + 4)
    && isSym(t, i + 1, separator) && isSym(t, i + 3, separator)
    && touching(t, i) && touching(t, i + 1) && touching(t, i + 2) && touching(t, i + 3)
    && !(touching(t, i + 4) && (isSym(t, i + 5, separator) || isNum(t, i + 5)))
    && !(i > 0 && touching(t, i - 1) && (isSym(t, i - 1, separator) || isNum(t, i - 1)));
}

function numeric(t: Tokens, i: number): Match | null {
  if (joinedTriple(t, i, HYPHEN) && digitCount(t, i) === 4 && digitCount(t, i + 2) <= 2 && digitCount(t, i + 4) <= 2) {
    const iso = isoOf(t.value[i], t.value[i + 2], t.value[i + 4]);
    return iso ? { iso, end: i + 5 } : null;
  }
  // "12-23-2019": US order, like the slashes
  if (joinedTriple(t, i, HYPHEN) && digitCount(t, i) <= 2 && digitCount(t, i + 2) <= 2 && digitCount(t, i + 4) === 4) {
    const iso = isoOf(t.value[i + 4], t.value[i], t.value[i + 2]);
    return iso ? { iso, end: i + 5 } : null;
  }
  if (joinedTriple(t, i, SLASH) && digitCount(t, i) <= 2 && digitCount(t, i + 2) <= 2) {
    const yearDigits = digitCount(t, i + 4);
    let year = t.value[i + 4];
    if (yearDigits === 2) year += year < 70 ? 2000 : 1900; // the usual pivot for two-digit years
    else if (yearDigits !== 4) return null;
    // Month first, as US filings write it, unless the first number cannot be a month ("29/3/18").
    const [month, day] = t.value[i] > 12 && t.value[i + 2] <= 12 ? [t.value[i + 2], t.value[i]] : [t.value[i], t.value[i + 2]];
    const iso = isoOf(year, month, day);
    return iso ? { iso, end: i + 5 } : null;
  }
  return dotted(t, i);
}

/**
 * "1.4.2011", "01.04.2011": dots are the European way of writing a date, day
 * first; only a second number above 12 shows a US month-first order. The
 * tokenizer reads "1.4" as a decimal, so the day and month come from its text.
 * A four-digit year is required so clause numbers ("1.4.11") stay numbers.
 */
function dotted(t: Tokens, i: number): Match | null {
  if (!cleanNum(t, i) || !isSym(t, i + 1, PERIOD) || !touching(t, i) || !touching(t, i + 1) || !cleanNum(t, i + 2)) return null;
  if (touching(t, i + 2) && (isNum(t, i + 3) || (isSym(t, i + 3, PERIOD) && touching(t, i + 3) && isNum(t, i + 4)))) return null;
  if (i > 0 && touching(t, i - 1) && (isSym(t, i - 1, PERIOD) || isNum(t, i - 1))) return null;
  const parts = t.text.slice(t.start[i], t.end[i]).split('.');
  if (parts.length !== 2 || parts[0].length > 2 || parts[1].length > 2 || digitCount(t, i + 2) !== 4) return null;
  const first = Number(parts[0]);
  const second = Number(parts[1]);
  const year = yearAt(t, i + 2);
  if (year === null) return null;
  const iso = second > 12 ? isoOf(year, first, second) : isoOf(year, second, first);
  return iso ? { iso, end: i + 3 } : null;
}

/** Finds every date and marks its tokens in `claimed` so numbers inside dates are not read again. */
export function scanDates(t: Tokens, claimed: Uint8Array): DateFact[] {
  const dates: DateFact[] = [];
  for (let i = 0; i < t.count; i++) {
    const kind = t.kind[i];
    const entry = kind === NUM ? undefined : entryAt(t, i);
    if (kind !== NUM && !entry?.month && entry?.ordinal === undefined && entry?.number?.role !== 'ten') continue;
    const match = kind === NUM ? numeric(t, i) ?? dayFirst(t, i) : monthFirst(t, i) ?? dayFirst(t, i);
    if (!match) continue;
    dates.push({ span: { start: t.start[i], end: t.end[match.end - 1] }, iso: match.iso });
    claimed.fill(1, i, match.end);
    i = match.end - 1;
  }
  return dates;
}
