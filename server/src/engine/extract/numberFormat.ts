// Writing numbers and durations back in the draft's own style, for quick fixes:
// "thirty (30)", "30" or "thirty"; "one (1) year", "sixty (60) days".
import type { DurationUnit, NumberFact } from '../model';

export type NumberStyle = 'words-and-digits' | 'digits' | 'words';

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowHundred(n: number): string {
  if (n < 20) return SMALL[n];
  const unit = n % 10;
  return unit === 0 ? TENS[Math.floor(n / 10)] : `${TENS[Math.floor(n / 10)]}-${SMALL[unit]}`;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest);
  return rest === 0 ? `${SMALL[hundreds]} hundred` : `${SMALL[hundreds]} hundred ${belowHundred(rest)}`;
}

const SCALES: readonly (readonly [number, string])[] = [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];
/** Largest whole number written in words; beyond it (or for NaN, negatives) digits are used. */
const MAX_WORDS = 999_999_999_999;

function wholeToWords(n: number): string {
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${belowThousand(count)} ${name}`);
    rest %= size;
  }
  if (rest > 0 || parts.length === 0) parts.push(belowThousand(rest));
  return parts.join(' ');
}

function canWrite(n: number): boolean {
  // String(n) must be plain positional digits ("1e-7" is not) for the split on "." below.
  return Number.isFinite(n) && n >= 0 && n <= MAX_WORDS && !String(n).includes('e');
}

/**
 * A number in lowercase words, American style (no "and"): 72 → "seventy-two",
 * 180 → "one hundred eighty", 99.9 → "ninety-nine point nine". Never throws:
 * negative, huge or non-finite numbers come back as digits, so a rule building
 * a fix from any extracted value cannot crash the review.
 */
export function numberToWords(n: number): string {
  if (!canWrite(n)) return digitsOf(n);
  const [whole, fraction] = String(n).split('.');
  const words = wholeToWords(Number(whole));
  if (fraction === undefined) return words;
  return `${words} point ${[...fraction].map((digit) => SMALL[Number(digit)]).join(' ')}`;
}

/** How the draft wrote a number, so a fix can write its replacement the same way. */
export function styleOf(n: NumberFact): NumberStyle {
  if (n.words && n.digits) return 'words-and-digits';
  return n.words ? 'words' : 'digits';
}

/** Digits with thousands separators: 1000 → "1,000", 99.9 → "99.9". */
function digitsOf(n: number): string {
  const plain = String(Math.abs(n));
  if (!/^[0-9.]+$/.test(plain)) return String(n); // NaN, Infinity, 1e-7: nothing to group
  const [whole, fraction] = plain.split('.');
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  return `${n < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 30 → "thirty (30)", "30" or "thirty". Numbers words cannot express are written as digits. */
export function formatNumber(n: number, style: NumberStyle, capitalize = false): string {
  if (style === 'digits' || !canWrite(n)) return digitsOf(n);
  const words = capitalize ? capitalizeFirst(numberToWords(n)) : numberToWords(n);
  return style === 'words' ? words : `${words} (${digitsOf(n)})`;
}

const UNIT_NAMES: Readonly<Record<DurationUnit, readonly [string, string]>> = {
  hour: ['hour', 'hours'],
  day: ['day', 'days'],
  'business-day': ['business day', 'business days'],
  week: ['week', 'weeks'],
  month: ['month', 'months'],
  year: ['year', 'years'],
};

/** (1, 'year', 'words-and-digits') → "one (1) year"; (12, 'month', 'digits') → "12 months". */
export function formatDuration(value: number, unit: DurationUnit, style: NumberStyle, capitalize = false): string {
  const [singular, plural] = UNIT_NAMES[unit];
  return `${formatNumber(value, style, capitalize)} ${value === 1 ? singular : plural}`;
}
