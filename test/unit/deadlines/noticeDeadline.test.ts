import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import { deadlinesAsOf } from '../../../server/src/engine/deadlines/noticeDeadline';
import { describeNoticeDeadline } from '../../../server/src/engine/deadlines/describe';
import type { NoticeDeadline } from '../../../server/src/engine/deadlines/types';

// Made-up drafts: an effective date, an initial term and a renewal with notice.
function draft(parts: { effective?: string; initial?: string; renewal?: string; notice?: string }): string {
  const effective = parts.effective === undefined ? 'This Agreement is made on March 2, 2027 (the "Effective Date").' : parts.effective;
  const initial = parts.initial ?? 'This Agreement begins on the Effective Date and continues for an initial term of three (3) years.';
  const renewal = parts.renewal ?? 'one (1) year';
  const notice = parts.notice ?? 'one hundred eighty (180) days';
  return [
    '# Hosted Services Agreement',
    '',
    effective,
    '',
    '## 1. Term',
    '',
    `1.1 ${initial}`,
    '',
    `1.2 After the initial term, this Agreement shall automatically renew for successive renewal terms of ${renewal} each, unless a party gives written notice of non-renewal at least ${notice} before the current term ends.`,
    '',
  ].join('\n');
}

function deadlineOf(text: string): NoticeDeadline {
  const found = review(text).keyTerms.renewal?.noticeDeadline;
  assert.ok(found, 'an automatic renewal has a deadline entry');
  return found;
}

describe('non-renewal notice deadline', () => {
  it('gives the current and the next deadline in calendar days', () => {
    const deadline = deadlineOf(draft({}));
    assert.equal(deadline.status, 'computed');
    if (deadline.status !== 'computed') return;
    assert.deepEqual(deadline.current, { termIndex: 0, termEnds: '2030-03-01', noticeDue: '2029-09-02', sendBy: '2029-08-31', windowOpens: null });
    assert.equal(deadline.next?.termEnds, '2031-03-01');
    assert.equal(deadline.next?.noticeDue, '2030-09-02');
    assert.deepEqual(describeNoticeDeadline(deadline), [
      'Non-renewal notice due by 2 Sep 2029 — 180 days before the initial term ends on 1 Mar 2030 (a Sun: send by Fri 31 Aug 2029)',
      'Next renewal: notice due by 2 Sep 2030 — 180 days before the renewal term ends on 1 Mar 2031',
    ]);
  });

  it('agrees with nonRenewalNoticeDeadline', () => {
    const result = review(draft({}));
    assert.equal(result.keyTerms.nonRenewalNoticeDeadline, '2029-09-02');
  });

  it('counts business days as working days', () => {
    const deadline = deadlineOf(draft({ notice: 'ten (10) business days' }));
    assert.equal(deadline.status, 'computed');
    if (deadline.status !== 'computed') return;
    assert.deepEqual(deadline.schedule.notice, { amount: 10, unit: 'business-day' });
    assert.equal(deadline.current.noticeDue, '2030-02-15');
  });

  it('counts months to the same day of the month', () => {
    const deadline = deadlineOf(draft({ notice: 'three (3) months', effective: 'This Agreement is made on January 1, 2025 (the "Effective Date").', initial: 'This Agreement begins on the Effective Date and continues for an initial term of one (1) year.' }));
    assert.equal(deadline.status, 'computed');
    if (deadline.status !== 'computed') return;
    assert.deepEqual(deadline.schedule.notice, { amount: 3, unit: 'month' });
    assert.equal(deadline.current.termEnds, '2025-12-31');
    assert.equal(deadline.current.noticeDue, '2025-09-30');
  });

  it('names the missing effective date instead of guessing one', () => {
    const deadline = deadlineOf(draft({ effective: 'This Agreement is made between the parties named below.' }));
    assert.deepEqual(deadline, { status: 'incomplete', missing: ['effective date'] });
    assert.deepEqual(describeNoticeDeadline(deadline), ['Non-renewal notice deadline unknown: the draft does not state the effective date']);
  });

  it('names every missing fact', () => {
    const deadline = deadlineOf(draft({ effective: 'This Agreement is made between the parties named below.', initial: 'This Agreement begins on the Effective Date.' }));
    assert.deepEqual(deadline, { status: 'incomplete', missing: ['effective date', 'length of the initial term'] });
    assert.match(describeNoticeDeadline(deadline)[0], /effective date and length of the initial term$/);
  });

  it('gives no deadline for a renewal a party must opt into', () => {
    const text = draft({}).replace('shall automatically renew for successive renewal terms of one (1) year each, unless a party gives written notice of non-renewal at least one hundred eighty (180) days before the current term ends', 'may be renewed by mutual written agreement of the parties');
    assert.equal(review(text).keyTerms.renewal?.noticeDeadline ?? null, null);
  });
});

describe('deadlines as of a day', () => {
  const schedule = { effectiveDate: '2024-02-29', initialTermMonths: 12, renewalTermMonths: 12, notice: { amount: 30, unit: 'day' as const }, windowOpens: null };

  it('is the initial term before its deadline', () => {
    const { current, next } = deadlinesAsOf(schedule, '2024-06-01');
    assert.equal(current.termEnds, '2025-02-27');
    assert.equal(current.noticeDue, '2025-01-28');
    assert.equal(next?.termEnds, '2026-02-27');
  });

  it('rolls to the renewal term once the deadline has passed, counting from the start date', () => {
    const { current, next } = deadlinesAsOf(schedule, '2025-01-29');
    assert.equal(current.termIndex, 1);
    assert.equal(current.termEnds, '2026-02-27');
    // The third anniversary of 29 February 2024 falls in a common year: 28 February 2027.
    assert.equal(next?.termEnds, '2027-02-27');
    assert.equal(deadlinesAsOf(schedule, '2027-01-01').next?.termEnds, '2028-02-28');
  });

  it('keeps the deadline on its last day', () => {
    assert.equal(deadlinesAsOf(schedule, '2025-01-28').current.termIndex, 0);
  });

  it('without a renewal length gives the initial term only', () => {
    const { current, next } = deadlinesAsOf({ ...schedule, renewalTermMonths: null }, '2030-01-01');
    assert.equal(current.termIndex, 0);
    assert.equal(next, null);
  });
});
