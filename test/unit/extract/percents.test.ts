import assert from 'node:assert/strict';
import { factsOf, textOf } from './project';

// [input, [span text, value] of each percentage]. Every row is made up; the
// second and third groups copy the shapes of percentages seen in contracts and vendor terms.
const ROWS: readonly (readonly [string, readonly (readonly [string, number])[]])[] = [
  ['10%', [['10%', 10]]],
  ['10 %', [['10 %', 10]]],
  ['ten percent (10%)', [['ten percent (10%)', 10]]],
  ['ninety-nine point nine percent (99.9%)', [['ninety-nine point nine percent (99.9%)', 99.9]]],
  ['ninety-nine point nine five percent', [['ninety-nine point nine five percent', 99.95]]],
  ['99.95 percent', [['99.95 percent', 99.95]]],
  ['five per cent', [['five per cent', 5]]],
  ['5 percent', [['5 percent', 5]]],
  ['20% (twenty percent)', [['20% (twenty percent)', 20]]],
  // shapes seen in contracts
  [' charge  equal  to (y)  two  percent (2.0%) of all', [['two  percent (2.0%)', 2]]],
  ['olders holding in all at least five per cent (5%) of any', [['five per cent (5%)', 5]]],
  [' through others, of no less than fifty-one per cent (51%) of its', [['fifty-one per cent (51%)', 51]]],
  ['ebates capped at four percent (4%) and four percent (4',
    [['four percent (4%)', 4], ['four percent', 4]]],
  ['sum found by applying 0.025% to the balance', [['0.025%', 0.025]]],
  ['rcent (61%) nor above seventy-four percent (74%).', [['61%', 61], ['seventy-four percent (74%)', 74]]],
  ['the Fee Period by over [***] percent ([***]%)', []],
  // shapes seen in vendor terms
  ['That\'s how we can promise 99.99% uptime each month', [['99.99%', 99.99]]],
  ['to a total above 8% of the Platform Fees', [['8%', 8]]],
  // negatives
  ['5 percentage points', []],
  ['the 5th percentile', []],
  ['[●]% of the Fees', []],
];

describe('extract: percents', () => {
  for (const [input, expected] of ROWS) {
    it(JSON.stringify(input), () => {
      assert.deepEqual(factsOf(input).percents.map((p) => [p.text, p.value]), expected);
    });
  }

  it('links the number, so words and digits can be compared', () => {
    const text = 'ten percent (20%)';
    const [percent] = factsOf(text).raw.percents;
    assert.ok(percent.number?.words && percent.number.digits);
    assert.equal(percent.number.words.value, 10);
    assert.equal(percent.number.digits.value, 20);
    assert.equal(textOf(text, percent.number.digits.span), '20');
  });
});
