import assert from 'node:assert/strict';
import { upcomingDeadline } from '../../../server/src/lsp/upcomingDeadline';
import { review } from '../../../server/src/engine/review';
import { DATED_RENEWAL_DRAFT, UNDATED_RENEWAL_DRAFT } from '../../lsp/workspaceDrafts';

describe('upcoming non-renewal deadline', () => {
  const { keyTerms } = review(DATED_RENEWAL_DRAFT);

  it('is the initial term\'s deadline before it passes', () => {
    const next = upcomingDeadline(keyTerms, '2027-06-01');
    assert.ok(next);
    assert.equal(next.noticeDue, '2028-11-30');
    assert.equal(next.label, '30 Nov 2028');
    assert.equal(next.passed, false);
    assert.match(next.description, /^Non-renewal notice due by 30 Nov 2028 — 90 days before the initial term ends on 28 Feb 2029/);
  });

  it('rolls forward to the renewal term running on the day asked', () => {
    assert.equal(upcomingDeadline(keyTerms, '2028-11-30')?.noticeDue, '2028-11-30', 'the deadline day itself is still on time');
    const next = upcomingDeadline(keyTerms, '2028-12-01');
    assert.equal(next?.noticeDue, '2029-11-30');
    assert.match(next?.description ?? '', /before the renewal term ends on 28 Feb 2030/);
    // The term running in 2031 ends on 29 Feb 2032 (a leap year): 90 days before is 1 December.
    assert.equal(upcomingDeadline(keyTerms, '2031-01-10')?.noticeDue, '2031-12-01');
  });

  it('is null where the draft leaves out a fact the deadline needs', () => {
    assert.equal(upcomingDeadline(review(UNDATED_RENEWAL_DRAFT).keyTerms, '2027-06-01'), null);
  });
});
