import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../../server/src/engine/review';
import { closeGaps, findHiddenInWords, visibleToWritten, withoutHidden } from '../../../server/src/engine/parse/invisibleChars';
import { applyFix } from '../rules/edits';
import { seededRandom } from '../../seededRandom';

// Issue 12.4: zero-width spaces, soft hyphens and joiners inside words took the
// sample from 16 findings to none. The review now reads the words closed up,
// reports the characters, and puts every other finding and fix on the words as
// written.

const SAMPLE = readFileSync(join(__dirname, '../../fixtures/samples/ccaas-msa.md'), 'utf8');
const MARKS = ['\u200B', '\u00AD', '\u200D', '\u2060'];
const RULE = 'drafting/invisible-characters';

/** The draft with a mark inside every `every`-th word of four letters or more, and where each went. */
function sprinkle(text: string, seed: number, every: number): { text: string; inserted: number[] } {
  const next = seededRandom(seed);
  const inserted: number[] = [];
  let out = '';
  let copied = 0;
  let count = 0;
  for (const match of text.matchAll(/[A-Za-z]{4,}/g)) {
    if (count++ % every !== 0) continue;
    const at = match.index + 1 + Math.floor(next() * (match[0].length - 1));
    out += text.slice(copied, at);
    inserted.push(out.length);
    out += MARKS[Math.floor(next() * MARKS.length)];
    copied = at;
  }
  return { text: out + text.slice(copied), inserted };
}

const strip = (s: string): string => s.replace(/[\u200B\u00AD\u200D\u2060]/g, '');

describe('review: invisible characters inside words', () => {
  const clean = review(SAMPLE);

  for (const every of [1, 3]) {
    it(`finds in the sample with a mark in every ${every === 1 ? 'word' : `${every}rd word`} what it finds in the clean sample`, () => {
      const { text, inserted } = sprinkle(SAMPLE, 12 + every, every);
      const dirty = review(text);
      const toClean = (offset: number): number => offset - inserted.filter((p) => p < offset).length;
      const expected = clean.findings.map((f) => ({ ruleId: f.ruleId, span: f.span, message: f.message }));
      const actual = dirty.findings.filter((f) => f.ruleId !== RULE)
        .map((f) => ({ ruleId: f.ruleId, span: { start: toClean(f.span.start), end: toClean(f.span.end) }, message: strip(f.message) }));
      assert.ok(expected.length >= 10, 'the sample has findings to lose');
      assert.deepEqual(actual, expected);
      assert.ok(dirty.findings.some((f) => f.ruleId === RULE));
    });
  }

  it('offers fixes that, on the draft with marks, give the clean draft\'s fixed text once the marks are gone', () => {
    const { text } = sprinkle(SAMPLE, 99, 2);
    const dirty = review(text).findings.filter((f) => f.ruleId !== RULE);
    assert.equal(dirty.length, clean.findings.length);
    dirty.forEach((finding, i) => {
      finding.fixes.forEach((fix, j) => {
        assert.equal(strip(applyFix(text, fix)), strip(applyFix(SAMPLE, clean.findings[i].fixes[j])), `${finding.ruleId}: ${fix.title}`);
      });
    });
  });

  it('removes every mark with its own quick fix, and then reports nothing', () => {
    const { text } = sprinkle(SAMPLE, 7, 1);
    let fixed = text;
    for (;;) {
      const finding = review(fixed).findings.find((f) => f.ruleId === RULE);
      if (!finding) break;
      fixed = applyFix(fixed, finding.fixes[0]);
    }
    assert.equal(fixed, SAMPLE);
  });

  it('closes up words without changing the length, and maps spans back to the words as written', () => {
    const text = 'a re\u200Bne\u00ADws b';
    const words = findHiddenInWords(text);
    assert.deepEqual(words, [{ span: { start: 2, end: 10 }, hidden: [4, 7] }]);
    const closed = closeGaps(text, words);
    assert.equal(closed, 'a renews   b');
    assert.equal(withoutHidden(text, words), 'a renews b');
    const toWritten = visibleToWritten(words);
    assert.deepEqual(toWritten({ start: 2, end: 8 }), { start: 2, end: 10 }, 'the word whole');
    assert.deepEqual(toWritten({ start: 4, end: 6 }), { start: 5, end: 7 }, '"ne"');
    assert.deepEqual(toWritten({ start: 0, end: 1 }), { start: 0, end: 1 }, 'before the word');
    assert.deepEqual(toWritten({ start: 9, end: 10 }), { start: 11, end: 12 }, 'after the word');
    assert.deepEqual(toWritten({ start: 4, end: 4 }), { start: 5, end: 5 }, 'an insertion');
  });

  it('leaves marks at the edge of a word and joiners between emoji alone', () => {
    assert.deepEqual(findHiddenInWords('\u200Bword\u200B. \u{1F468}\u200D\u{1F469} end.\u00AD'), []);
  });
});
