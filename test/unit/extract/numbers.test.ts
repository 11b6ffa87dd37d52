import assert from 'node:assert/strict';
import { factsOf } from './project';

interface Expected {
  readonly text: string;
  readonly value: number;
  readonly words?: readonly [string, number];
  readonly digits?: readonly [string, number];
}

const both = (text: string, words: string, wordsValue: number, digits: string, digitsValue: number): Expected =>
  ({ text, value: digitsValue, words: [words, wordsValue], digits: [digits, digitsValue] });
const digitsOnly = (text: string, value: number, digits = text): Expected => ({ text, value, digits: [digits, value] });
const wordsOnly = (text: string, value: number): Expected => ({ text, value, words: [text, value] });

// [input, numbers expected in order]. Every row is made up; the contract-shaped
// group copies the shapes of numbers seen in contracts (a word and its digits without brackets, addresses).
const ROWS: readonly (readonly [string, readonly Expected[]])[] = [
  ['at least thirty (30) days', [both('thirty (30)', 'thirty', 30, '30', 30)]],
  ['one hundred eighty (180) days', [both('one hundred eighty (180)', 'one hundred eighty', 180, '180', 180)]],
  ['one hundred and twenty (120) days',
    [both('one hundred and twenty (120)', 'one hundred and twenty', 120, '120', 120)]],
  ['seventy-two (72) hours', [both('seventy-two (72)', 'seventy-two', 72, '72', 72)]],
  ['Ninety (90) days', [both('Ninety (90)', 'Ninety', 90, '90', 90)]],
  ['sixty(60) days', [both('sixty(60)', 'sixty', 60, '60', 60)]],
  ['NINETY-NINE (99)', [both('NINETY-NINE (99)', 'NINETY-NINE', 99, '99', 99)]],
  ['thirty (60) days', [both('thirty (60)', 'thirty', 30, '60', 60)]],
  ['30 (thirty) days', [both('30 (thirty)', 'thirty', 30, '30', 30)]],
  ['five thousand two hundred fifty', [wordsOnly('five thousand two hundred fifty', 5250)]],
  ['twenty one', [wordsOnly('twenty one', 21)]],
  ['ninety days', [wordsOnly('ninety', 90)]],
  ['1,000 hours', [digitsOnly('1,000', 1000)]],
  ['99.9 and 0.025', [digitsOnly('99.9', 99.9), digitsOnly('0.025', 0.025)]],
  ['(30) days', [digitsOnly('(30)', 30, '30')]],
  ['thirty and sixty', [wordsOnly('thirty', 30), wordsOnly('sixty', 60)]],
  ['$1.2 million', [digitsOnly('1.2 million', 1_200_000)]],
  ['SAMPLE 30days', [digitsOnly('30', 30)]],
  // shapes seen in contracts
  ['if posted five 5 days after sending', [wordsOnly('five', 5), digitsOnly('5', 5)]],
  ['Fax no. (503) 771-2468', []],
  ['Portland, OR 97204-3311 Telephone: (503) 771-2469', []],
  ['Nothing in this Section 14  may be read as', []],
  ['duties under Section 8 as regards', []],
  // negatives
  ['the fifteenth (15th) Contract Year', []],
  ['the twenty-first day', []],
  ['one-third of the fees', []],
  ['Schedule 1', []],
  ['Exhibit 3, Article 4, Clause 7, Annex 2, Appendix 5, § 8, No. 6, #2', []],
  ['Section 12.3(a)', []],
  ['+1 415 555 0100', []],
  ['1-800-555-1212', []],
  ['[***] ([***]) days', []],
  ['20__', []],
  ['24x7 support and MP3 files and Q1', []],
  ['30-60 days', []],
  ['at 10:00 a.m.', []],
  ['v2.0 of the API', []],
];

describe('extract: numbers', () => {
  for (const [input, expected] of ROWS) {
    it(JSON.stringify(input), () => {
      assert.deepEqual(factsOf(input).numbers, expected);
    });
  }

  it('does not count the day, month or year of a date as numbers', () => {
    assert.deepEqual(factsOf('effective January 1, 2024 for 30 days').numbers, [digitsOnly('30', 30)]);
  });

  it('reads numbers case-insensitively', () => {
    const values = factsOf('Thirty, THIRTY, thirty, tHiRtY').numbers.map((n) => n.value);
    assert.deepEqual(values, [30, 30, 30, 30]);
  });
});
