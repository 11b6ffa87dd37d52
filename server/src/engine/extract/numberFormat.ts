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

/**
 * A whole number from 0 to 999,999 in lowercase words, American style (no
 * "and"): 72 → "seventy-two", 180 → "one hundred eighty". Throws a RangeError
 * for anything else; formatNumber falls back to digits instead.
 */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) {
    throw new RangeError(`numberToWords takes a whole number from 0 to 999999, not ${n}`);
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  if (thousands === 0) return belowThousand(rest);
  const head = `${belowThousand(thousands)} thousand`;
  return rest === 0 ? head : `${head} ${belowThousand(rest)}`;
}

/** How the draft wrote a number, so a fix can write its replacement the same way. */
export function styleOf(n: NumberFact): NumberStyle {
  if (n.words && n.digits) return 'words-and-digits';
  return n.words ? 'words' : 'digits';
}

/** Digits with thousands separators: 1000 → "1,000", 99.9 → "99.9". */
function digitsOf(n: number): string {
  const [whole, fraction] = String(Math.abs(n)).split('.');
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
  const expressible = Number.isInteger(n) && n >= 0 && n <= 999_999;
  if (style === 'digits' || !expressible) return digitsOf(n);
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
