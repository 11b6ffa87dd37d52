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

// [input, durations expected in order]. Rows marked CUAD or vendor are short verbatim excerpts of the corpus.
const ROWS: readonly (readonly [string, readonly Expected[]])[] = [
  // CUAD
  ['of intent not to renew at least six (6) months prior to', [d('six (6) months', 6, 'month', 'months')]],
  [' No later than one hundred eighty (180) days prior to', [d('one hundred eighty (180) days', 180, 'day', 'days')]],
  ['posed filing at least ten (10) Business Days prior to', [d('ten (10) Business Days', 10, 'business-day', 'Days')]],
  [' shall not be more than three  business days prior to', [d('three  business days', 3, 'business-day', 'days')]],
  ['032619) at least fourteen (14) calendar days prior to', [d('fourteen (14) calendar days', 14, 'day', 'days')]],
  ['s for Products at least forty-five (45) days prior to', [d('forty-five (45) days', 45, 'day', 'days')]],
  ['h election at least sixty          (60) days prior to', [d('sixty          (60) days', 60, 'day', 'days')]],
  ['intention not to renew, no less than 12 months prior to', [d('12 months', 12, 'month', 'months')]],
  ['ction 6.3 Volume Forecasts. At least 30 days prior to', [d('30 days', 30, 'day', 'days')]],
  ['year ending not more than [***] ([***]) months prior to', []],
  ['ed, from Aimmune at least [***] ([***]) days prior to', []],
  ['Agreement shall automatically renew for  consecutive one (1) year', [d('one (1) year', 1, 'year', 'year')]],
  ['agreement shall automatically renew for successive five (5)-year', [d('five (5)-year', 5, 'year', 'year')]],
  ['eement shall be automatically renewed for an additional one year', [d('one year', 1, 'year', 'year')]],
  [' The Term shall automatically renew thereafter for successive 5-year', [d('5-year', 5, 'year', 'year')]],
  ['ment shall automatically renew for successive one-year terms unless', [d('one-year', 1, 'year', 'year')]],
  ['the Term for an additional year period by entering', [d('an additional year', 1, 'year', 'year')]],
  ['this Agreement is in force and for a one-year period after', [d('one-year', 1, 'year', 'year')]],
  ['eement will remain in effect on a  month-to-month  basis until',
    [d('month-to-month', 1, 'month', 'month', true)]],
  ['ment will renew automatically from year to year unless cancelled',
    [d('year to year', 1, 'year', 'year', true)]],
  ['on execution of this Agreement and annually thereafter', [d('annually', 1, 'year', 'annually', true)]],
  ['upon not less than 45 days\' prior written', [d('45 days', 45, 'day', 'days')]],
  ['AOV [***] Units for each twelve-month period commenc', [d('twelve-month', 12, 'month', 'month')]],
  ['Within twenty-four hours of a request,', [d('twenty-four hours', 24, 'hour', 'hours')]],
  ['Partner during the first three (3) full calendar months following',
    [d('three (3) full calendar months', 3, 'month', 'months')]],
  ['PARTNER TO IPASS DURING THE SIX (6) MONTHS PRECEDING', [d('SIX (6) MONTHS', 6, 'month', 'MONTHS')]],
  ['ng Participants at least Thirty (30) business days prior to',
    [d('Thirty (30) business days', 30, 'business-day', 'days')]],
  ['such breach within said sixty (60) day cure period', [d('sixty (60) day', 60, 'day', 'day')]],
  ['ng down or inaccessible) 24 hours per day, 7 days per week.',
    [d('24 hours', 24, 'hour', 'hours'), d('7 days', 7, 'day', 'days')]],
  // vendor clauses
  ['Customer must notify Provider within 7 days of the end of the month', [d('7 days', 7, 'day', 'days')]],
  ['Target Uptime for two (2) out of any three (3) consecutive months and',
    [d('three (3) consecutive months', 3, 'month', 'months')]],
  ['Provider will inform Customer at least 10 business days in advance',
    [d('10 business days', 10, 'business-day', 'days')]],
  ['we\'ll credit your account 10x for a full hour that is', [d('a full hour', 1, 'hour', 'hour')]],
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
  ['if such day is not a business day, on the next', []],
  ['"Business Day" means a day, other than a Saturday', []],
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
