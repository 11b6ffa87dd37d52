import ical, { ICalAlarmType } from 'ical-generator';
import { createHash } from 'node:crypto';
import { describeTermDeadline } from '../engine/deadlines/describe';
import type { NoticeSchedule, TermDeadline } from '../engine/deadlines/types';

// The non-renewal deadline as an iCalendar file (RFC 5545) any calendar imports:
// an all-day event on the last day to send notice, with reminders 30 and 7 days
// before. ical-generator writes the format; we only choose what goes in it.

export const REMINDER_DAYS: readonly number[] = [30, 7];

export interface CalendarRequest {
  readonly documentName: string;
  readonly schedule: NoticeSchedule;
  /** The deadlines to put in: today's and the next. */
  readonly deadlines: readonly { readonly deadline: TermDeadline; readonly which: 'current' | 'next' }[];
  /** When the file is written (the DTSTAMP); passed in so the output is reproducible. */
  readonly now: Date;
}

export function renewalCalendar(request: CalendarRequest): string {
  const calendar = ical({
    prodId: { company: 'contract-review', product: 'Contract Review', language: 'EN' },
    name: `Renewal deadlines: ${request.documentName}`,
  });
  const { amount, unit } = request.schedule.notice;
  for (const { deadline, which } of request.deadlines) {
    const explanation = describeTermDeadline(deadline, amount, unit, which);
    const event = calendar.createEvent({
      // Stable per draft and term: importing the file again updates the event instead of adding a copy.
      id: `${createHash('sha256').update(`${request.documentName}\n${deadline.termEnds}`).digest('hex').slice(0, 24)}@contract-review`,
      start: localDay(deadline.sendBy),
      allDay: true,
      stamp: request.now,
      summary: `Last day to send non-renewal notice: ${request.documentName}`,
      description: [
        explanation,
        'Send written notice of non-renewal by this day, or the agreement renews by itself.',
        'Check the date against the signed agreement: Contract Review reads it from the draft.',
      ].join('\n'),
    });
    for (const days of REMINDER_DAYS) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: days * 24 * 60 * 60, description: `${days} days left to send non-renewal notice (${request.documentName})` });
    }
  }
  return calendar.toString();
}

/** A calendar day as a local Date at midnight: ical-generator writes all-day dates from local fields. */
function localDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}
