import assert from 'node:assert/strict';
import type { DurationUnit, NumberFact } from '../../../server/src/engine/model';
import {
  formatDuration, formatNumber, numberToWords, styleOf, type NumberStyle,
} from '../../../server/src/engine/extract';
import { factsOf } from './project';

const WORDS: readonly (readonly [number, string])[] = [
  [0, 'zero'], [1, 'one'], [7, 'seven'], [12, 'twelve'], [19, 'nineteen'], [20, 'twenty'], [30, 'thirty'],
  [45, 'forty-five'], [72, 'seventy-two'], [99, 'ninety-nine'], [100, 'one hundred'], [101, 'one hundred one'],
  [120, 'one hundred twenty'], [180, 'one hundred eighty'], [365, 'three hundred sixty-five'],
  [1000, 'one thousand'], [1001, 'one thousand one'], [2500, 'two thousand five hundred'],
  [9999, 'nine thousand nine hundred ninety-nine'], [25_000, 'twenty-five thousand'],
  [1_300_000, 'one million three hundred thousand'], [99.9, 'ninety-nine point nine'],
  [99.95, 'ninety-nine point nine five'], [0.5, 'zero point five'],
];

const DURATIONS: readonly (readonly [number, DurationUnit, NumberStyle, boolean, string])[] = [
  [1, 'year', 'words-and-digits', false, 'one (1) year'],
  [60, 'day', 'words-and-digits', false, 'sixty (60) days'],
  [12, 'month', 'digits', false, '12 months'],
  [1, 'month', 'digits', false, '1 month'],
  [90, 'day', 'words', false, 'ninety days'],
  [72, 'hour', 'words-and-digits', true, 'Seventy-two (72) hours'],
  [10, 'business-day', 'words-and-digits', false, 'ten (10) business days'],
  [1, 'business-day', 'words', true, 'One business day'],
  [2, 'week', 'digits', false, '2 weeks'],
  [180, 'day', 'words-and-digits', false, 'one hundred eighty (180) days'],
  [1000, 'hour', 'words-and-digits', false, 'one thousand (1,000) hours'],
  [1.5, 'hour', 'digits', false, '1.5 hours'],
  [1.5, 'hour', 'words-and-digits', false, 'one point five (1.5) hours'],
];

describe('extract: numberToWords', () => {
  for (const [n, words] of WORDS) {
    it(`${n} → ${words}`, () => assert.equal(numberToWords(n), words));
  }
  it('falls back to digits for what it cannot write, never throwing', () => {
    assert.equal(numberToWords(-1), '-1');
    assert.equal(numberToWords(Number.NaN), 'NaN');
    assert.equal(numberToWords(5e12), '5,000,000,000,000');
    assert.equal(numberToWords(1e-7), '1e-7');
  });
  it('writes words the extractor reads back to the same value', () => {
    const samples = [0.5, 99.9, 99.95, 1_300_000, 7_000_000, 25_250_000];
    for (let n = 0; n <= 2100; n += 7) samples.push(n);
    for (const n of samples) {
      const [number] = factsOf(numberToWords(n)).raw.numbers;
      assert.equal(number?.value, n, numberToWords(n));
    }
  });
});

describe('extract: formatNumber and formatDuration', () => {
  it('formats a number in each style', () => {
    assert.equal(formatNumber(30, 'words-and-digits'), 'thirty (30)');
    assert.equal(formatNumber(30, 'digits'), '30');
    assert.equal(formatNumber(30, 'words'), 'thirty');
    assert.equal(formatNumber(30, 'words', true), 'Thirty');
    assert.equal(formatNumber(5000, 'digits'), '5,000');
    assert.equal(formatNumber(99.95, 'words-and-digits'), 'ninety-nine point nine five (99.95)');
    assert.equal(formatNumber(-3, 'words'), '-3');
  });
  for (const [value, unit, style, capitalize, expected] of DURATIONS) {
    it(`${value} ${unit} as ${style} → ${expected}`, () => {
      assert.equal(formatDuration(value, unit, style, capitalize), expected);
    });
  }
});

describe('extract: styleOf', () => {
  const styleIn = (text: string): NumberStyle => {
    const [number] = factsOf(text).raw.numbers as NumberFact[];
    return styleOf(number);
  };
  it('tells the three styles apart', () => {
    assert.equal(styleIn('thirty (30) days'), 'words-and-digits');
    assert.equal(styleIn('30 days'), 'digits');
    assert.equal(styleIn('thirty days'), 'words');
  });
  it('round-trips a duration in the style it was written in', () => {
    for (const text of ['sixty (60) days', '60 days', 'sixty days']) {
      const [duration] = factsOf(text).raw.durations;
      assert.ok(duration.number);
      assert.equal(formatDuration(duration.value, duration.unit, styleOf(duration.number)), text);
    }
  });
});
