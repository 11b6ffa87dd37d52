import { formatDay, weekdayOf } from './calendarDates';
import type { MissingDeadlineFact, NoticeDeadline, NoticeUnit, TermDeadline } from './types';

// The words every surface uses for a deadline: the code lens, the status bar,
// the memo, the calendar event and the CLI say it the same way.

export function describeNotice(amount: number, unit: NoticeUnit): string {
  const word = unit === 'day' ? 'day' : unit === 'business-day' ? 'business day' : 'month';
  return `${amount} ${word}${amount === 1 ? '' : 's'}`;
}

/** "Non-renewal notice due by 2 Sep 2029 — 180 days before the term ends on 1 Mar 2030". */
export function describeTermDeadline(deadline: TermDeadline, amount: number, unit: NoticeUnit, which: 'current' | 'next'): string {
  const lead = which === 'current' ? 'Non-renewal notice due by' : 'Next renewal: notice due by';
  const term = deadline.termIndex === 0 ? 'the initial term' : 'the renewal term';
  let text = `${lead} ${formatDay(deadline.noticeDue)} — ${describeNotice(amount, unit)} before ${term} ends on ${formatDay(deadline.termEnds)}`;
  if (deadline.sendBy !== deadline.noticeDue) text += ` (a ${weekdayOf(deadline.noticeDue)}: send by ${weekdayOf(deadline.sendBy)} ${formatDay(deadline.sendBy)})`;
  if (deadline.windowOpens !== null) text += `; not before ${formatDay(deadline.windowOpens)}`;
  return text;
}

export function describeMissing(missing: readonly MissingDeadlineFact[]): string {
  const list = missing.length <= 1 ? missing.join('') : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
  return `Non-renewal notice deadline unknown: the draft does not state the ${list}`;
}

/** One line per deadline, as drafted (the initial term's, then the next). */
export function describeNoticeDeadline(deadline: NoticeDeadline): string[] {
  if (deadline.status === 'incomplete') return [describeMissing(deadline.missing)];
  const { amount, unit } = deadline.schedule.notice;
  const lines = [describeTermDeadline(deadline.current, amount, unit, 'current')];
  if (deadline.next) lines.push(describeTermDeadline(deadline.next, amount, unit, 'next'));
  else if (deadline.nextMissing) lines.push(`Next renewal: deadline unknown, the draft does not state the ${deadline.nextMissing}`);
  return lines;
}
