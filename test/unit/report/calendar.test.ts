import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { renewalCalendar } from '../../../server/src/report/calendar';
import { deadlineForTerm } from '../../../server/src/engine/deadlines/noticeDeadline';
import type { NoticeSchedule } from '../../../server/src/engine/deadlines/types';

// The file is read back with ical.js, an independent iCalendar parser.

const schedule: NoticeSchedule = { effectiveDate: '2027-03-02', initialTermMonths: 36, renewalTermMonths: 12, notice: { amount: 180, unit: 'day' }, windowOpens: null };

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

describe('renewal calendar file', () => {
  const text = renewalCalendar({
    documentName: 'hosted-msa.md',
    schedule,
    deadlines: [{ deadline: deadlineForTerm(schedule, 0), which: 'current' }, { deadline: deadlineForTerm(schedule, 1), which: 'next' }],
    now: new Date(Date.UTC(2026, 11, 4, 12, 0, 0)),
  });

  it('holds one all-day event per deadline, on the last working day to send notice', () => {
    const events = parse(text).getAllSubcomponents('vevent');
    assert.equal(events.length, 2);
    const first = new ICAL.Event(events[0]);
    // 2 Sep 2029 is a Sunday: the event sits on Friday 31 August.
    assert.equal(first.startDate.toString(), '2029-08-31');
    assert.equal(first.startDate.isDate, true);
    assert.match(first.summary, /non-renewal notice: hosted-msa\.md/);
    assert.match(first.description, /180 days before the initial term ends on 1 Mar 2030/);
    assert.equal(new ICAL.Event(events[1]).startDate.toString(), '2030-09-02');
  });

  it('reminds 30 and 7 days before', () => {
    for (const event of parse(text).getAllSubcomponents('vevent')) {
      const triggers = event.getAllSubcomponents('valarm').map((alarm) => {
        const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
        return trigger.toSeconds() / 86400;
      });
      assert.deepEqual(triggers, [-30, -7]);
    }
  });

  it('gives each event a stable id, so importing twice updates rather than duplicates', () => {
    const again = renewalCalendar({ documentName: 'hosted-msa.md', schedule, deadlines: [{ deadline: deadlineForTerm(schedule, 0), which: 'current' }], now: new Date() });
    const uid = (t: string) => parse(t).getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid');
    assert.equal(uid(again), uid(text));
  });
});
