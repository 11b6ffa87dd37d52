import assert from 'node:assert/strict';
import { factsOf, textOf } from './project';

// [input, [span text, value] of each percentage]. CUAD and vendor excerpts are verbatim.
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
  // CUAD
  [' fee in the  amount  of (x)  two  percent (2.0%) of the', [['two  percent (2.0%)', 2]]],
  ['ogether representing at least five per cent (5%) of the', [['five per cent (5%)', 5]]],
  [' indirectly, of at least fifty-one per cent (51%) of the', [['fifty-one per cent (51%)', 51]]],
  ['ommissions up to a maximum of four percent (4%) and four percent (4',
    [['four percent (4%)', 4], ['four percent', 4]]],
  ['amount calculated by multiplying 0.025% by the amount', [['0.025%', 0.025]]],
  ['rcent (68%) or more than seventy-four percent (74%).', [['68%', 68], ['seventy-four percent (74%)', 74]]],
  ['yalty Term by more than [***] percent ([***]%)', []],
  // vendor
  ['That\'s why we guarantee 99.99% monthly uptime', [['99.99%', 99.99]]],
  ['in an amount more than 8% of Cloud Service Fees', [['8%', 8]]],
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
