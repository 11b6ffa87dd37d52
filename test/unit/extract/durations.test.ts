import assert from 'node:assert/strict';
import type { DurationUnit } from '../../../server/src/engine/model';
import { factsOf, textOf } from './project';

interface Expected {
  readonly text: string;
  readonly value: number;
  readonly unit: DurationUnit;
  readonly unitText: string;
  readonly recurring?: true;
}

const d = (text: string, value: number, unit: DurationUnit, unitText: string, recurring?: true): Expected =>
  ({ text, value, unit, unitText, ...(recurring ? { recurring } : {}) });

// [input, durations expected in order]. Every row is made up; the first two groups copy the shapes (odd
// spacing, words with digits, hyphens, blanks) of phrasings seen in contracts and vendor terms.
const ROWS: readonly (readonly [string, readonly Expected[]])[] = [
  // shapes seen in contracts
  ['send its non-renewal letter at least six (6) months prior to', [d('six (6) months', 6, 'month', 'months')]],
  [' Licensor must act no later than one hundred eighty (180) days before', [d('one hundred eighty (180) days', 180, 'day', 'days')]],
  ['the draft release at least ten (10) Business Days before', [d('ten (10) Business Days', 10, 'business-day', 'Days')]],
  [' the window will not open more than three  business days before', [d('three  business days', 3, 'business-day', 'days')]],
  ['PO-7781) no less than fourteen (14) calendar days ahead of', [d('fourteen (14) calendar days', 14, 'day', 'days')]],
  ['orders for Widgets no less than forty-five (45) days ahead of', [d('forty-five (45) days', 45, 'day', 'days')]],
  ['the buyer elects, at least sixty          (60) days ahead of', [d('sixty          (60) days', 60, 'day', 'days')]],
  ['its wish to stop the renewal, not less than 12 months before', [d('12 months', 12, 'month', 'months')]],
  ['Clause 4.2 Rolling Plans. No fewer than 30 days before', [d('30 days', 30, 'day', 'days')]],
  ['quarter closing no more than [***] ([***]) months before', []],
  ['received from Halvorsen no less than [***] ([***]) days before', []],
  ['Contract then rolls over into  further one (1) year', [d('one (1) year', 1, 'year', 'year')]],
  ['licence then extends itself for further five (5)-year', [d('five (5)-year', 5, 'year', 'year')]],
  ['the Order then continues of its own accord for a further one year', [d('one year', 1, 'year', 'year')]],
  [' The Lease then rolls on for further 5-year', [d('5-year', 5, 'year', 'year')]],
  ['plan then rolls over for further one-year periods except where', [d('one-year', 1, 'year', 'year')]],
  ['the Lease for an additional year period by signing', [d('an additional year', 1, 'year', 'year')]],
  ['the Plan runs and for a one-year period following', [d('one-year', 1, 'year', 'year')]],
  ['the Order then carries on on a  month-to-month  footing until',
    [d('month-to-month', 1, 'month', 'month', true)]],
  ['plan carries on from year to year until either side cancels',
    [d('year to year', 1, 'year', 'year', true)]],
  ['on signing this Order and annually after that', [d('annually', 1, 'year', 'annually', true)]],
  ['by giving not less than 45 days\' advance written', [d('45 days', 45, 'day', 'days')]],
  ['XYZ [***] Cases for every twelve-month period beginn', [d('twelve-month', 12, 'month', 'month')]],
  ['Within twenty-four hours of a request,', [d('twenty-four hours', 24, 'hour', 'hours')]],
  ['Reseller over the first three (3) full calendar months after',
    [d('three (3) full calendar months', 3, 'month', 'months')]],
  ['LICENSEE TO BRAMBLE OVER THE SIX (6) MONTHS BEFORE', [d('SIX (6) MONTHS', 6, 'month', 'MONTHS')]],
  ['the Members no less than Thirty (30) business days before',
    [d('Thirty (30) business days', 30, 'business-day', 'days')]],
  ['the default within the sixty (60) day cure window', [d('sixty (60) day', 60, 'day', 'day')]],
  ['offline or unreachable) 24 hours per day, 7 days per week.',
    [d('24 hours', 24, 'hour', 'hours'), d('7 days', 7, 'day', 'days')]],
  // shapes seen in vendor terms
  ['Buyer must write to Supplier within 7 days after the month closes', [d('7 days', 7, 'day', 'days')]],
  ['Availability Goal in two (2) of any three (3) consecutive months, and',
    [d('three (3) consecutive months', 3, 'month', 'months')]],
  ['Supplier will warn Buyer at least 10 business days beforehand',
    [d('10 business days', 10, 'business-day', 'days')]],
  ['we\'ll refund five times the charge for a full hour that is', [d('a full hour', 1, 'hour', 'hour')]],
  // the brief's own phrasings
  ['one hundred and twenty (120) days', [d('one hundred and twenty (120) days', 120, 'day', 'days')]],
  ['seventy-two (72) hours', [d('seventy-two (72) hours', 72, 'hour', 'hours')]],
  ['Ninety (90) days', [d('Ninety (90) days', 90, 'day', 'days')]],
  ['twelve (12) months', [d('twelve (12) months', 12, 'month', 'months')]],
  ['sixty(60) days', [d('sixty(60) days', 60, 'day', 'days')]],
  ['ninety days', [d('ninety days', 90, 'day', 'days')]],
  ['a one-year term', [d('one-year', 1, 'year', 'year')]],
  ['1-year', [d('1-year', 1, 'year', 'year')]],
  ['12-month', [d('12-month', 12, 'month', 'month')]],
  ['three (3) year', [d('three (3) year', 3, 'year', 'year')]],
  ['two (2) years\' notice', [d('two (2) years', 2, 'year', 'years')]],
  ['thirty-day cure period', [d('thirty-day', 30, 'day', 'day')]],
  ['sixty days\' notice', [d('sixty days', 60, 'day', 'days')]],
  ['six months', [d('six months', 6, 'month', 'months')]],
  ['renews for a year', [d('a year', 1, 'year', 'year')]],
  ['one (1) Year', [d('one (1) Year', 1, 'year', 'Year')]],
  ['1 yr', [d('1 yr', 1, 'year', 'yr')]],
  ['3 yrs', [d('3 yrs', 3, 'year', 'yrs')]],
  ['two (2) weeks', [d('two (2) weeks', 2, 'week', 'weeks')]],
  ['5 working days', [d('5 working days', 5, 'business-day', 'days')]],
  ['on a year-to-year basis', [d('year-to-year', 1, 'year', 'year', true)]],
  ['an annual fee', [d('annual', 1, 'year', 'annual', true)]],
  ['within (30) days', [d('(30) days', 30, 'day', 'days')]],
  ['two fiscal years', [d('two fiscal years', 2, 'year', 'years')]],
  ['a thirty (30)-day cure period', [d('thirty (30)-day', 30, 'day', 'day')]],
  ['THIRTY (30) DAYS', [d('THIRTY (30) DAYS', 30, 'day', 'DAYS')]],
  ['thirty (60) days', [d('thirty (60) days', 60, 'day', 'days')]],
  // negatives: ordinals, labels, rates, blanks, kinds of day
  ['the fifteenth (15th) Contract Year', []],
  ['the 15th day of the month', []],
  ['as set out in Section 30 days after', []],
  ['Schedule 1 Year 2000 compliance', []],
  ['[***] days', []],
  ['10:00 a.m. each day', []],
  ['call 1-800-555-1212 within the day', []],
  ['where that date falls on a non-business day, on the following', []],
  ['"Business Day" is any day except a Saturday', []],
  ['twice a year', []],
  ['$100 a month', []],
  ['10% per year', []],
  ['on a day-to-day basis', []],
  ['from time to time', []],
];

describe('extract: durations', () => {
  for (const [input, expected] of ROWS) {
    it(JSON.stringify(input), () => {
      assert.deepEqual(factsOf(input).durations, expected);
    });
  }

  it('links the number it used, with its words and digits', () => {
    const text = 'within thirty (30) days';
    const [duration] = factsOf(text).raw.durations;
    assert.ok(duration.number);
    assert.equal(textOf(text, duration.number.span), 'thirty (30)');
    assert.equal(duration.number.words?.value, 30);
    assert.equal(duration.number.digits?.value, 30);
  });

  it('gives "a year" and "annual" no number', () => {
    const { raw } = factsOf('a year and an annual fee');
    assert.deepEqual(raw.durations.map((d) => d.number), [undefined, undefined]);
  });

  it('keeps durations sorted when the number and word passes interleave', () => {
    const text = 'annual fee; 30 days; month-to-month; a year; 2 years';
    const starts = factsOf(text).raw.durations.map((d) => d.span.start);
    assert.equal(starts.length, 5);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });
});
