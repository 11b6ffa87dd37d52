import { addMonths, format, isWeekend, parseISO, previousFriday, subBusinessDays, subDays, subMonths } from 'date-fns';
import type { NoticeUnit } from './types';

// Calendar arithmetic on YYYY-MM-DD strings. date-fns does the month ends (31 Jan +
// 1 month = 29 Feb in a leap year, 28 Feb otherwise) and the weekends; dates are
// local calendar days, never instants, so no time zone can shift them.

export function toIso(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

function fromIso(iso: string): Date {
  return parseISO(iso);
}

/**
 * The last day of a term that starts on `start` and runs `months` months: the day
 * before the anniversary. Counted from the start each time rather than term by
 * term, so a 31 January start keeps ending terms at month ends (30 April, not 29).
 */
export function termEnd(start: string, months: number): string {
  return toIso(subDays(addMonths(fromIso(start), months), 1));
}

/** The day `amount` units before `iso`: calendar days, working days (Monday to Friday) or months (clamped to month ends). */
export function countBack(iso: string, amount: number, unit: NoticeUnit): string {
  const date = fromIso(iso);
  switch (unit) {
    case 'day': return toIso(subDays(date, amount));
    case 'business-day': return toIso(subBusinessDays(date, amount));
    case 'month': return toIso(subMonths(date, amount));
  }
}

/** The day itself on a working day, else the Friday before. */
export function lastWorkingDayOnOrBefore(iso: string): string {
  const date = fromIso(iso);
  return isWeekend(date) ? toIso(previousFriday(date)) : iso;
}

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });

/** "2 Sep 2029". */
export function formatDay(iso: string): string {
  return LONG.format(utc(iso)).replace('Sept', 'Sep');
}

/** "Sun". */
export function weekdayOf(iso: string): string {
  return WEEKDAY.format(utc(iso));
}

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
