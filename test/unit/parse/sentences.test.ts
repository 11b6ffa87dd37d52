import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContract } from '../../../server/src/engine/parse';
import { splitSentences } from '../../../server/src/engine/parse/sentences';
import type { SourceFormat } from '../../../server/src/engine/model';
import { seededRandom } from '../../seededRandom';

// The splitter looks for terminators inside the clause only (issue 12: searching
// the rest of the document from every clause made a draft of list items without
// full stops quadratic). Speed is for `npm run bench`; these tests pin the
// output: the same sentences as before the change, and sentences that depend on
// the clause alone, never on the text around it.

const FIXTURES = join(__dirname, '../../fixtures');
const GOLDEN = join(FIXTURES, 'parse/sentence-spans.golden.json');

/** Drafts whose sentence spans were recorded before the search was bounded. */
function goldenDrafts(): Record<string, { text: string; format: SourceFormat }> {
  const sample = readFileSync(join(FIXTURES, 'samples/ccaas-msa.md'), 'utf8');
  const items: string[] = ['# Schedule 4 - Numbers to port', ''];
  for (let i = 0; i < 400; i++) items.push(`- Number ${i}: +1 555 01${String(i).padStart(2, '0')} (main line, U.S. office ${i % 7})`);
  items.push('', 'The Customer may add numbers. See Sec. 4 and Exh. B. Done!');
  const list = items.join('\n');
  return {
    'sample (markdown)': { text: sample, format: 'markdown' },
    'sample (plain text, CRLF)': { text: sample.replace(/\n/g, '\r\n'), format: 'plaintext' },
    'list items without full stops': { text: list, format: 'markdown' },
  };
}

function sentenceSpans(text: string, format: SourceFormat): number[][] {
  return parseContract(text, format).clauses.flatMap((c) => c.sentences.map((s) => [s.span.start, s.span.end]));
}

const CLAUSE_PIECES = [
  'The Provider shall', ' renew', ' the term', '. ', '? ', '! ', '...', ' U.S. ', ' e.g. ', ' Inc. ', ' J. Smith', ' 99.9% ',
  ' 12.3 ', '."', '.) ', '.**', ' "Quoted." ', ' (a) ', '\n', '\r\n', ' ', 'Fees', ' apply', '. the', '. 5 ', '. \u00c9t',
  ' Sec. 4', ' etc. And', '.', 'x'.repeat(40), ';', ',',
];
const OUTSIDE_PIECES = ['. ', 'No stop here ', 'Ends. Then ', '\n', '?', '! A ', 'x'];

function randomFrom(pieces: readonly string[], next: () => number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += pieces[Math.floor(next() * pieces.length)];
  return out;
}

describe('parse: sentences', () => {
  it('splits the recorded drafts exactly as before the search was bounded', () => {
    const actual = Object.fromEntries(Object.entries(goldenDrafts()).map(([name, d]) => [name, sentenceSpans(d.text, d.format)]));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, `${JSON.stringify(actual)}\n`);
    const expected = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, number[][]>;
    assert.deepEqual(Object.keys(actual), Object.keys(expected));
    for (const name of Object.keys(expected)) {
      assert.ok(expected[name].length > 10, `${name}: the golden file holds sentences`);
      assert.deepEqual(actual[name], expected[name], name);
    }
  });

  it('gives a clause the same sentences whatever text surrounds it (2,000 seeded cases)', () => {
    const next = seededRandom(1212);
    for (let round = 0; round < 2000; round++) {
      const clause = randomFrom(CLAUSE_PIECES, next, 1 + Math.floor(next() * 30));
      const before = randomFrom(OUTSIDE_PIECES, next, Math.floor(next() * 5));
      const after = randomFrom(OUTSIDE_PIECES, next, Math.floor(next() * 5));
      const bodyOffset = Math.floor(next() * Math.min(4, clause.length + 1));
      const alone = splitSentences(clause, 0, clause.length, bodyOffset).map((s) => [s.span.start, s.span.end]);
      const inside = splitSentences(before + clause + after, before.length, before.length + clause.length, before.length + bodyOffset)
        .map((s) => [s.span.start - before.length, s.span.end - before.length]);
      assert.deepEqual(inside, alone, `round ${round}: ${JSON.stringify({ before, clause, after })}`);
    }
  });

  it('ends a sentence at the end of its clause, never in the text after it', () => {
    const text = 'Item one without a stop\nItem two. Next';
    const sentences = splitSentences(text, 0, 'Item one without a stop'.length);
    assert.deepEqual(sentences.map((s) => text.slice(s.span.start, s.span.end)), ['Item one without a stop']);
  });
});
