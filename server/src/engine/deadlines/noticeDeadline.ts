import type { Contract, DurationFact } from '../model';
import type { KeyTerms, RenewalTerms } from '../keyTerms/types';
import { toDays, within } from '../facts';
import { countBack, lastWorkingDayOnOrBefore, termEnd } from './calendarDates';
import type { MissingDeadlineFact, NoticeDeadline, NoticeSchedule, NoticeUnit, TermDeadline } from './types';

// The last day to stop an automatic renewal, for the term the draft starts with
// and the one after. Renewals someone must opt into, or that need both parties'
// agreement, need no notice to stop, so they get no deadline (null).

/** Terms are at most this many to roll through when looking for today's term (a 1-month evergreen over 80 years). */
const MAX_TERMS = 1000;

export function readNoticeDeadline(contract: Contract, keyTerms: KeyTerms): NoticeDeadline | null {
  const renewal = keyTerms.renewal;
  if (!renewal || !renewal.automatic) return null;
  const missing: MissingDeadlineFact[] = [];
  if (keyTerms.effectiveDate === null) missing.push('effective date');
  if (keyTerms.initialTermMonths === null) missing.push('length of the initial term');
  if (renewal.noticeDays === null) missing.push('length of the notice period');
  if (keyTerms.effectiveDate === null || keyTerms.initialTermMonths === null || renewal.noticeDays === null) {
    return { status: 'incomplete', missing };
  }
  const notice = noticeAsWritten(contract, renewal, renewal.noticeDays);
  const schedule: NoticeSchedule = {
    effectiveDate: keyTerms.effectiveDate,
    initialTermMonths: keyTerms.initialTermMonths,
    renewalTermMonths: renewal.termMonths,
    notice,
    windowOpens: renewal.noticeWindowOpensDays === null ? null : inUnit(renewal.noticeWindowOpensDays, renewal.noticeDays, notice.amount),
  };
  const next = renewal.termMonths === null ? null : deadlineForTerm(schedule, 1);
  return { status: 'computed', schedule, current: deadlineForTerm(schedule, 0), next, nextMissing: next ? null : 'length of each renewal term' };
}

/**
 * The deadline of term `index` (0 = initial term). Term ends are counted from the
 * effective date, so month-end starts stay at month ends.
 */
export function deadlineForTerm(schedule: NoticeSchedule, index: number): TermDeadline {
  const months = schedule.initialTermMonths + index * (schedule.renewalTermMonths ?? 0);
  const ends = termEnd(schedule.effectiveDate, months);
  const noticeDue = countBack(ends, schedule.notice.amount, schedule.notice.unit);
  return {
    termIndex: index,
    termEnds: ends,
    noticeDue,
    sendBy: lastWorkingDayOnOrBefore(noticeDue),
    windowOpens: schedule.windowOpens === null ? null : countBack(ends, schedule.windowOpens, schedule.notice.unit),
  };
}

/**
 * The deadline still ahead on `today` (YYYY-MM-DD) and the one after it: the
 * draft's own "current" and "next" once the agreement has been running for a
 * while. With no renewal length, only the initial term's deadline is known; it
 * is returned even when past, and the caller says so.
 */
export function deadlinesAsOf(schedule: NoticeSchedule, today: string): { current: TermDeadline; next: TermDeadline | null } {
  if (schedule.renewalTermMonths === null) return { current: deadlineForTerm(schedule, 0), next: null };
  let index = 0;
  let current = deadlineForTerm(schedule, index);
  while (current.noticeDue < today && index < MAX_TERMS) current = deadlineForTerm(schedule, ++index);
  return { current, next: deadlineForTerm(schedule, index + 1) };
}

/**
 * The notice period in the draft's own unit: the key term holds calendar days, but
 * "ten (10) business days" counts working days and "three (3) months" counts to
 * the same day of the month, not 91 days.
 */
function noticeAsWritten(contract: Contract, renewal: RenewalTerms, noticeDays: number): { amount: number; unit: NoticeUnit } {
  const span = renewal.noticeSpan ?? renewal.span;
  const written = within(contract.facts.durations, span).find((d) => toDays(d) === noticeDays);
  return written ? asNotice(written) ?? { amount: noticeDays, unit: 'day' } : { amount: noticeDays, unit: 'day' };
}

function asNotice(d: DurationFact): { amount: number; unit: NoticeUnit } | null {
  if (!Number.isInteger(d.value)) return null;
  switch (d.unit) {
    case 'day': return { amount: d.value, unit: 'day' };
    case 'business-day': return { amount: d.value, unit: 'business-day' };
    case 'week': return { amount: d.value * 7, unit: 'day' };
    case 'month': return { amount: d.value, unit: 'month' };
    case 'year': return { amount: d.value * 12, unit: 'month' };
    case 'hour': return null;
  }
}

/** The window's opening limit in the notice's unit (the key term holds both in calendar days). */
function inUnit(openDays: number, noticeDays: number, noticeAmount: number): number {
  if (noticeDays === noticeAmount) return openDays;
  return Math.round((openDays * noticeAmount) / noticeDays);
}
