import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import { addToDate, monthsBetween, nonRenewalDeadline } from '../../../server/src/engine/keyTerms/dates';

// The dates a buyer puts on a calendar. The engine's convention (documented in
// keyTerms/dates.ts): the initial term ends the day before its anniversary, the
// anniversary clamped to the month's last day, and notice is due `noticeDays`
// before that last day.

interface DatedDraft {
  readonly name: string;
  readonly text: string;
  readonly effectiveDate: string | null;
  readonly initialTermMonths: number | null;
  readonly deadline: string | null;
}

const RENEWS_YEARLY = (notice: string): string =>
  `Thereafter this Agreement shall automatically renew for successive one (1) year terms unless either party gives notice of non-renewal at least ${notice} before the then-current term ends.`;

const DRAFTS: readonly DatedDraft[] = [
  {
    name: 'effective 2026-03-01, three-year initial term, 120 days',
    text: `# Master Subscription Agreement\n\nThis Agreement is entered into as of March 1, 2026 (the "Effective Date").\n\n## Term\n\nThe initial term of this Agreement is three (3) years from the Effective Date. ${RENEWS_YEARLY('one hundred twenty (120) days')}`,
    effectiveDate: '2026-03-01',
    initialTermMonths: 36,
    // 2029-03-01 is the anniversary: the term ends 2029-02-28, and 120 days before is 2028-10-31.
    deadline: '2028-10-31',
  },
  {
    name: 'effective on a month end (Jan 31) with a 13-month term: clamped to February, not spilled into March',
    text: 'This Order Form is effective as of January 31, 2026. The Subscription Term is thirteen (13) months. The subscription renews automatically for successive one (1) month periods unless Customer gives notice of non-renewal at least thirty (30) days before the end of the then-current term.',
    effectiveDate: '2026-01-31',
    initialTermMonths: 13,
    deadline: '2027-01-28',
  },
  {
    name: 'effective on a leap day, one-year term, 60 days',
    text: `This Agreement is dated as of February 29, 2024. The initial term of this Agreement is one (1) year. ${RENEWS_YEARLY('sixty (60) days')}`,
    effectiveDate: '2024-02-29',
    initialTermMonths: 12,
    deadline: '2024-12-29',
  },
  {
    name: 'initial term given by an end date',
    text: `This Agreement is made as of 15 August 2025. The Initial Term shall commence on the Effective Date and continue until August 14, 2027. ${RENEWS_YEARLY('ninety (90) days')}`,
    effectiveDate: '2025-08-15',
    initialTermMonths: 24,
    deadline: '2027-05-16',
  },
  {
    name: 'renewal by agreement only: no deadline to calendar',
    text: 'This Agreement is entered into as of March 1, 2026. The initial term is two (2) years. The parties may renew this Agreement by mutual written agreement, on notice given at least sixty (60) days before the end of the term.',
    effectiveDate: '2026-03-01',
    initialTermMonths: 24,
    deadline: null,
  },
  {
    name: 'a stretch inside the term ("the first two (2) years of the Term") is not its length',
    text: 'This Agreement is entered into as of March 1, 2026. During the first two (2) years of the Term of this Agreement, Supplier shall hold prices fixed.',
    effectiveDate: '2026-03-01',
    initialTermMonths: null,
    deadline: null,
  },
  {
    name: 'a stretch after the term ("one (1) year following the termination of this Agreement") is not its length',
    text: 'This Agreement is entered into as of March 1, 2026. The Customer may audit the records during the term of this Agreement and for one (1) year following the termination of this Agreement.',
    effectiveDate: '2026-03-01',
    initialTermMonths: null,
    deadline: null,
  },
  {
    name: 'no initial term: no deadline',
    text: `This Agreement is entered into as of March 1, 2026. ${RENEWS_YEARLY('sixty (60) days')}`,
    effectiveDate: '2026-03-01',
    initialTermMonths: null,
    deadline: null,
  },
];

describe('key terms: effective date, initial term and non-renewal deadline', () => {
  for (const draft of DRAFTS) {
    it(draft.name, () => {
      const keyTerms = review(draft.text).keyTerms;
      assert.deepEqual(
        [keyTerms.effectiveDate, keyTerms.initialTermMonths, keyTerms.nonRenewalNoticeDeadline],
        [draft.effectiveDate, draft.initialTermMonths, draft.deadline],
      );
    });
  }

  it('addToDate clamps to the last day of a shorter month', () => {
    assert.equal(addToDate('2026-01-31', 1, 0), '2026-02-28');
    assert.equal(addToDate('2024-01-31', 1, 0), '2024-02-29');
    assert.equal(addToDate('2026-08-31', 1, 0), '2026-09-30');
    assert.equal(addToDate('2026-03-31', -1, 0), '2026-02-28');
    assert.equal(addToDate('2026-12-15', 1, 20), '2027-02-04');
    assert.equal(addToDate('2026-03-01', 0, -1), '2026-02-28');
  });

  it('monthsBetween counts an end on the eve of an anniversary as a full month', () => {
    assert.equal(monthsBetween('2025-08-15', '2027-08-14'), 24);
    assert.equal(monthsBetween('2026-01-31', '2027-01-30'), 12);
  });

  it('a term from the 1st until a month end is a whole number of months', () => {
    assert.equal(monthsBetween('2026-01-01', '2026-12-31'), 12);
    assert.equal(monthsBetween('2026-03-01', '2029-02-28'), 36);
    assert.equal(monthsBetween('2026-01-31', '2026-02-27'), 1);
    assert.equal(monthsBetween('2026-01-15', '2026-03-10'), 1);
    const text = `This Agreement is entered into as of January 1, 2026. The Initial Term shall commence on the Effective Date and continue until December 31, 2026. ${RENEWS_YEARLY('sixty (60) days')}`;
    assert.equal(review(text).keyTerms.nonRenewalNoticeDeadline, '2026-11-01');
  });

  it('nonRenewalDeadline is the day before the anniversary less the notice days', () => {
    assert.equal(nonRenewalDeadline('2026-03-01', 36, 120), '2028-10-31');
    assert.equal(nonRenewalDeadline('2026-01-01', 12, 30), '2026-12-01');
    assert.equal(nonRenewalDeadline('2026-01-31', 1, 0), '2026-02-27');
  });

  it('an initial term named after its length and start ("five (5) years commencing upon the Effective Date … (the "Initial Term")")', () => {
    const text = 'This Agreement is made as of May 1, 2020 (the "Effective Date"). This Agreement shall be for a period of five (5) years commencing upon the Effective Date hereof unless sooner terminated in accordance with this Agreement (the "Initial Term"). Upon the expiry of the Initial Term this Agreement shall automatically renew for successive terms of the same duration.';
    const keyTerms = review(text, { format: 'plaintext' }).keyTerms;
    assert.equal(keyTerms.initialTermMonths, 60);
    assert.equal(keyTerms.renewal?.termMonths, 60);
  });

  it('months in a sentence that only mentions the term are not its length ("during the Term of this Agreement")', () => {
    const text = 'At all times during the Term of this Agreement, the Supplier shall warrant the Products for a period of not less than thirty-six (36) months from the date of purchase by the first end user.';
    assert.equal(review(text, { format: 'plaintext' }).keyTerms.initialTermMonths, null);
  });
});
