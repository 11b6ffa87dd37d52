import assert from 'node:assert/strict';
import { sentenceAt } from '../../../server/src/engine/classify/topics';
import type { Sentence } from '../../../server/src/engine/model';

// Readers map a match offset back to its sentence; offsets between sentences and
// drafts with none (headings only) must answer "no sentence", never throw.

const sentence = (start: number, end: number): Sentence => ({ span: { start, end } });

describe('classify: sentenceAt', () => {
  const sentences = [sentence(0, 10), sentence(12, 20), sentence(20, 31)];

  it('finds the sentence holding an offset, first and last included', () => {
    assert.equal(sentenceAt(sentences, 0), sentences[0]);
    assert.equal(sentenceAt(sentences, 9), sentences[0]);
    assert.equal(sentenceAt(sentences, 20), sentences[2]);
    assert.equal(sentenceAt(sentences, 30), sentences[2]);
  });

  it('answers undefined between sentences, after the last and when there are none', () => {
    assert.equal(sentenceAt(sentences, 11), undefined);
    assert.equal(sentenceAt(sentences, 31), undefined);
    assert.equal(sentenceAt([], 0), undefined);
  });
});
