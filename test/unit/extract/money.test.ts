import assert from 'node:assert/strict';
import { factsOf } from './project';

// [input, [span text, amount, currency] of each amount]. CUAD excerpts are verbatim.
const ROWS: readonly (readonly [string, readonly (readonly [string, number, string])[]])[] = [
  ['$5,000', [['$5,000', 5000, 'USD']]],
  ['USD 5,000', [['USD 5,000', 5000, 'USD']]],
  ['US$1,000,000', [['US$1,000,000', 1_000_000, 'USD']]],
  ['$1.2 million', [['$1.2 million', 1_200_000, 'USD']]],
  ['EUR 10,000', [['EUR 10,000', 10_000, 'EUR']]],
  ['€500', [['€500', 500, 'EUR']]],
  ['£1,000', [['£1,000', 1000, 'GBP']]],
  ['5,000 dollars', [['5,000 dollars', 5000, 'USD']]],
  ['one thousand dollars ($1,000)', [['one thousand dollars ($1,000)', 1000, 'USD']]],
  ['USD $250', [['USD $250', 250, 'USD']]],
  ['C$75', [['C$75', 75, 'CAD']]],
  // CUAD
  ['schedule: 5.4.1.1.1. US $100,000 (non-refundabl', [['US $100,000', 100_000, 'USD']]],
  [' will: (a) pay OntoChem 100,002 Euros in six (6) equ', [['100,002 Euros', 100_002, 'EUR']]],
  ['ntoChem an annual fee of 10,000 U.S. Dollars, payable withi', [['10,000 U.S. Dollars', 10_000, 'USD']]],
  ['y a minimum fixed sum of forty (40) euros for compensati', [['forty (40) euros', 40, 'EUR']]],
  ['ndred U.S. Dollars ($7,500) each time', [['$7,500', 7500, 'USD']]],
  ['Seven Thousand Five Hundred U.S. Dollars ($7,500) each time',
    [['Seven Thousand Five Hundred U.S. Dollars ($7,500)', 7500, 'USD']]],
  [' million (7,000,000 USD) (the "Compensation Fee"', [['7,000,000 USD', 7_000_000, 'USD']]],
  ['n Program Year 2021 $10MM $10MM $10MM $8MM',
    [['$10MM', 10_000_000, 'USD'], ['$10MM', 10_000_000, 'USD'], ['$10MM', 10_000_000, 'USD'],
      ['$8MM', 8_000_000, 'USD']]],
  ['n an amount no less than ten million dollars ($10,000,000.00) per occurrence',
    [['ten million dollars ($10,000,000.00)', 10_000_000, 'USD']]],
  ['fundable and non-deductible sum of USD 2\'500\'000 (in words:', [['USD 2\'500\'000', 2_500_000, 'USD']]],
  ['agrees to pay Galactcomm $0.01 (one cent) per', [['$0.01', 0.01, 'USD']]],
  // negatives
  ['alties for 2008 are $[*]. Royalty statements', []],
  ['s of ***** dollars ($*****) shall be refunded', []],
  ['ced in US dollars ("USD"). Forthwith', []],
  ['a 10% fee', []],
];

describe('extract: money', () => {
  for (const [input, expected] of ROWS) {
    it(JSON.stringify(input), () => {
      assert.deepEqual(factsOf(input).money.map((m) => [m.text, m.amount, m.currency]), expected);
    });
  }

  it('does not read an amount of money as a duration or a percentage', () => {
    const facts = factsOf('a fee of $5,000 per month, 10 dollars a year');
    assert.deepEqual(facts.durations, []);
    assert.deepEqual(facts.percents, []);
  });
});
