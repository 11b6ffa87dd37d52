import assert from 'node:assert/strict';
import { factsOf } from './project';

// [input, [span text, amount, currency] of each amount]. Every row is made up; the second group copies
// the shapes (cut-off excerpts, words with figures, Swiss separators, redactions) of amounts seen in contracts.
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
  // shapes seen in contracts
  ['annex: 3.2.1.4.2. US $250,000 (non-cancellabl', [['US $250,000', 250_000, 'USD']]],
  [' shall: (a) pay Brightwell 120,004 Euros in four (4) equ', [['120,004 Euros', 120_004, 'EUR']]],
  ['rightwell a yearly charge of 12,000 U.S. Dollars, due withi', [['12,000 U.S. Dollars', 12_000, 'USD']]],
  ['y a flat minimum amount of fifty (50) euros for reimburse', [['fifty (50) euros', 50, 'EUR']]],
  ['ndred U.S. Dollars ($6,500) on each occasion', [['$6,500', 6500, 'USD']]],
  ['Six Thousand Five Hundred U.S. Dollars ($6,500) on each occasion',
    [['Six Thousand Five Hundred U.S. Dollars ($6,500)', 6500, 'USD']]],
  [' million (9,000,000 USD) (the "Transfer Price"', [['9,000,000 USD', 9_000_000, 'USD']]],
  ['n Contract Year 2023 $12MM $12MM $12MM $9MM',
    [['$12MM', 12_000_000, 'USD'], ['$12MM', 12_000_000, 'USD'], ['$12MM', 12_000_000, 'USD'],
      ['$9MM', 9_000_000, 'USD']]],
  ['n a sum of at least five million dollars ($5,000,000.00) for each claim',
    [['five million dollars ($5,000,000.00)', 5_000_000, 'USD']]],
  ['fundable, non-creditable amount of USD 3\'750\'000 (in words:', [['USD 3\'750\'000', 3_750_000, 'USD']]],
  ['will pay Northwind $0.02 (two cents) for each', [['$0.02', 0.02, 'USD']]],
  // negatives
  ['fees for 2011 come to $[*]. Fee reports are', []],
  ['s of ***** dollars ($*****) will be repaid to', []],
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
