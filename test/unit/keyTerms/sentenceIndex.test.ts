import assert from 'node:assert/strict';
import { parseContract } from '../../../server/src/engine/parse';
import type { Contract } from '../../../server/src/engine/model';
import {
  documentSentences, intersectionOf, lowerText, sentencesHolding, sentencesMentioning, sentencesMentioningAll, sharedValue, stems, textMentions,
} from '../../../server/src/engine/keyTerms/sentenceIndex';

// The readers skip every sentence the stem index leaves out, so the index must
// never leave out a sentence that holds a stem: these tests pin that down.

const FRUIT = stems('apple', 'app', 'banana', 'cherry');
const BANANA = stems('banana');
const CHERRY = stems('cherr');
const DURIAN = stems('durian');

function contractOf(text: string): Contract {
  return parseContract(text, 'markdown');
}

function textsOf(contract: Contract, indexes: readonly number[]): string[] {
  const sentences = documentSentences(contract);
  return indexes.map((i) => contract.normalized.slice(sentences[i].sentence.span.start, sentences[i].sentence.span.end));
}

describe('sentence index', () => {
  const draft = 'The APPLE is ripe. A pear is not.\n\nBananas and cherries grow here. Nothing else does.\n\nA pineapple, an *apple* pie.';

  it('finds every sentence that holds a stem, whatever its case, and no other', () => {
    const contract = contractOf(draft);
    assert.deepEqual(textsOf(contract, sentencesMentioning(contract, FRUIT)), ['The APPLE is ripe.', 'Bananas and cherries grow here.', 'A pineapple, an *apple* pie.']);
    assert.deepEqual(textsOf(contract, sentencesMentioning(contract, DURIAN)), []);
  });

  it('finds a stem inside a word and a shorter stem at the same place as a longer one', () => {
    const contract = contractOf('Pineapples only. An app store.');
    assert.deepEqual(textsOf(contract, sentencesMentioning(contract, stems('app'))), ['Pineapples only.', 'An app store.']);
    assert.deepEqual(textsOf(contract, sentencesMentioning(contract, stems('apple'))), ['Pineapples only.']);
  });

  it('intersects groups: sentences with a stem of each', () => {
    const contract = contractOf(draft);
    assert.deepEqual(textsOf(contract, sentencesMentioningAll(contract, BANANA, CHERRY)), ['Bananas and cherries grow here.']);
    assert.deepEqual(intersectionOf(5, [0, 2, 4], [2, 3, 4], [4, 2]), [2, 4]);
  });

  it('gives every sentence when lower-casing changes the text length, so offsets cannot drift', () => {
    // "İ" lower-cases to two code units.
    const contract = contractOf('İstanbul office. No fruit here. Nothing at all.');
    assert.notEqual(lowerText(contract).length, contract.normalized.length);
    assert.deepEqual(sentencesMentioning(contract, DURIAN), [0, 1, 2]);
    assert.equal(textMentions(contract, DURIAN), true);
  });

  it('tells whether the text holds a stem anywhere, headings included', () => {
    const contract = contractOf('# Durian Terms\n\nThe parties agree.');
    assert.deepEqual(sentencesMentioning(contract, DURIAN).length <= 1, true);
    assert.equal(textMentions(contract, DURIAN), true);
    assert.equal(textMentions(contractOf('The parties agree.'), DURIAN), false);
  });

  it('finds the sentences that hold a fact whole', () => {
    const contract = contractOf('Pay within thirty (30) days. Then nothing. Renew for one (1) year.');
    assert.deepEqual(textsOf(contract, sentencesHolding(contract, contract.facts.durations)), ['Pay within thirty (30) days.', 'Renew for one (1) year.']);
  });

  it('keeps what it computes per contract object, never across contracts', () => {
    const a = contractOf(draft);
    const b = contractOf(draft);
    let builds = 0;
    const build = (): number => ++builds;
    assert.equal(sharedValue(a, 'test/value', build), 1);
    assert.equal(sharedValue(a, 'test/value', build), 1);
    assert.equal(sharedValue(b, 'test/value', build), 2);
    assert.notEqual(documentSentences(a), documentSentences(b));
  });
});
