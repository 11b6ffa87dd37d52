import assert from 'node:assert/strict';
import { buildStemScanner } from '../../../server/src/engine/keyTerms/stemScanner';
import { seededRandom } from '../../seededRandom';

// The one pass that finds every reader's stems must find exactly what a plain
// indexOf search finds: occurrences inside words, overlapping each other, and
// stems that are prefixes or suffixes of other stems.

function byIndexOf(stems: readonly string[], text: string): string[] {
  const out: string[] = [];
  stems.forEach((stem, i) => {
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) out.push(`${i}@${at}`);
  });
  return out.sort();
}

function byScanner(stems: readonly string[], text: string): string[] {
  const out: string[] = [];
  buildStemScanner(stems).scan(text, (i, at) => out.push(`${i}@${at}`));
  return out.sort();
}

describe('key terms: the stem scanner', () => {
  it('finds stems inside words, overlapping, and as prefixes or suffixes of each other', () => {
    const stems = ['term', 'terminat', 'determin', 'renew', 'new', 'ewa', 'aa', 'a'];
    const text = 'the determination to terminate or renew anew; aaa, renewal';
    assert.deepEqual(byScanner(stems, text), byIndexOf(stems, text));
    assert.ok(byScanner(stems, text).includes('2@4'), 'determin inside determination');
  });

  it('reports occurrences in the order they end', () => {
    const ends: number[] = [];
    const scanner = buildStemScanner(['notice', 'ice', 'not']);
    scanner.scan('a notice', (i, at) => ends.push(at + scanner.stems[i].length));
    assert.deepEqual(ends, [...ends].sort((a, b) => a - b));
    assert.equal(ends.length, 3);
  });

  it('agrees with indexOf on 500 random stem sets and texts over a small alphabet', () => {
    const random = seededRandom(7);
    const word = (max: number) => Array.from({ length: 1 + Math.floor(random() * max) }, () => 'abc é'[Math.floor(random() * 5)]).join('');
    for (let round = 0; round < 500; round++) {
      const stems = [...new Set(Array.from({ length: 1 + Math.floor(random() * 6) }, () => word(4).trim()).filter(Boolean))];
      const text = word(60);
      assert.deepEqual(byScanner(stems, text), byIndexOf(stems, text), `stems ${JSON.stringify(stems)} in ${JSON.stringify(text)}`);
    }
  });

  it('finds nothing in text holding none of the stems, or in empty text', () => {
    assert.deepEqual(byScanner(['audit', 'inspect'], 'no such words here'), []);
    assert.deepEqual(byScanner(['audit'], ''), []);
  });
});
