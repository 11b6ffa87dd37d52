import * as path from 'node:path';
import { describeMissing } from '../engine/deadlines/describe';
import { deadlinesAsOf } from '../engine/deadlines/noticeDeadline';
import type { Review } from '../engine/review';
import { renewalCalendar } from '../report/calendar';
import type { RenewalCalendarResult } from '../protocol';
import { uriToPath } from './paths';

/**
 * The non-renewal deadlines the code lens shows (today's term and the next) as
 * an iCalendar file, from the report's calendar writer; or why there is none.
 */
export function toRenewalCalendarResult(review: Review, uri: string, today: string, now: Date): RenewalCalendarResult {
  const renewal = review.keyTerms.renewal;
  const deadline = renewal?.noticeDeadline;
  if (!renewal || !renewal.automatic || !deadline) {
    return { calendar: null, reason: 'This draft has no automatic renewal, so there is no non-renewal deadline to put in a calendar.' };
  }
  if (deadline.status === 'incomplete') return { calendar: null, reason: `${describeMissing(deadline.missing)}.` };
  const documentName = nameOf(uri);
  const { current, next } = deadlinesAsOf(deadline.schedule, today);
  const deadlines = [{ deadline: current, which: 'current' as const }, ...(next ? [{ deadline: next, which: 'next' as const }] : [])];
  return {
    calendar: renewalCalendar({ documentName, schedule: deadline.schedule, deadlines, now }),
    fileName: `${stem(documentName)}.renewal.ics`,
    events: deadlines.length,
  };
}

/** The file name of a file URI, or the last part of an untitled one. */
export function nameOf(uri: string): string {
  const filePath = uriToPath(uri);
  if (filePath) return path.basename(filePath);
  const last = decodeURIComponent(uri.split(/[/:]/).pop() ?? '');
  return last === '' ? 'draft' : last;
}

function stem(name: string): string {
  return name.replace(/\.(contract\.)?(md|markdown|txt)$/i, '');
}
