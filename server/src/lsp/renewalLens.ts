import type { CodeLens } from 'vscode-languageserver';
import { describeMissing, describeTermDeadline } from '../engine/deadlines/describe';
import { deadlinesAsOf } from '../engine/deadlines/noticeDeadline';
import type { TermDeadline } from '../engine/deadlines/types';
import type { Review } from '../engine/review';
import { positionAt } from '../engine/positions';
import { COMMANDS } from '../protocol';

// The code lens above an automatic renewal clause: the last day to stop the
// renewal for the term running on `today` and the one after, each a click away
// from the calendar file; or, where the draft leaves a fact out, which one.

export function renewalLenses(review: Review, uri: string, today: string): CodeLens[] {
  const renewal = review.keyTerms.renewal;
  const deadline = renewal?.noticeDeadline;
  if (!renewal || !deadline) return [];
  const { line } = positionAt(review.contract.lineStarts, renewal.span.start);
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  if (deadline.status === 'incomplete') {
    // A lens needs a command; an empty one shows the words without a link.
    return [{ range, command: { title: describeMissing(deadline.missing), command: '' } }];
  }
  const { amount, unit } = deadline.schedule.notice;
  const { current, next } = deadlinesAsOf(deadline.schedule, today);
  const addToCalendar = (deadlineText: string) => ({
    title: deadlineText,
    command: COMMANDS.exportCalendar,
    tooltip: 'Add the non-renewal deadlines to your calendar (an .ics file with reminders 30 and 7 days before)',
    arguments: [uri],
  });
  // Past only when the renewal length is unknown: then the initial term's deadline is all there is.
  const lenses: CodeLens[] = [{ range, command: addToCalendar(`${describe(current, 'current')}${current.noticeDue < today ? ' (passed)' : ''}`) }];
  if (next) lenses.push({ range, command: addToCalendar(describe(next, 'next')) });
  else if (deadline.nextMissing) lenses.push({ range, command: { title: `Next renewal: deadline unknown, the draft does not state the ${deadline.nextMissing}`, command: '' } });
  return lenses;

  function describe(term: TermDeadline, which: 'current' | 'next'): string {
    return describeTermDeadline(term, amount, unit, which);
  }
}
