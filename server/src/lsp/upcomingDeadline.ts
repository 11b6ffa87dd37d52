import { formatDay, toIso } from '../engine/deadlines/calendarDates';
import { describeTermDeadline } from '../engine/deadlines/describe';
import { deadlinesAsOf } from '../engine/deadlines/noticeDeadline';
import type { KeyTerms } from '../engine/keyTerms/types';
import type { UpcomingDeadline } from '../protocol';

// The non-renewal deadline a person acts on next: the draft's own deadlines roll
// forward to today's term (an agreement signed years ago is past its first
// one). The engine never reads the clock; the LSP layer passes today in.

export function upcomingDeadline(keyTerms: KeyTerms, today: string): UpcomingDeadline | null {
  const deadline = keyTerms.renewal?.noticeDeadline;
  if (!deadline || deadline.status !== 'computed') return null;
  const { current } = deadlinesAsOf(deadline.schedule, today);
  const { amount, unit } = deadline.schedule.notice;
  return {
    noticeDue: current.noticeDue,
    sendBy: current.sendBy,
    label: formatDay(current.noticeDue),
    // The words of the code lens's first line: the deadline to act on now, whichever term it closes.
    description: describeTermDeadline(current, amount, unit, 'current'),
    passed: current.noticeDue < today,
  };
}

/** Today as the server's local calendar day. */
export function today(): string {
  return toIso(new Date());
}
