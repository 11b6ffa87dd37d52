import assert from 'node:assert/strict';
import type { Facts, Span } from '../../../server/src/engine/model';
import { extractFacts } from '../../../server/src/engine/extract';
import { seededRandom } from '../../seededRandom';

// Pieces that sit on the extractors' edges, glued together at random.
const PIECES = [
  'thirty', '(30)', '(', ')', 'days', 'day', '-', 'year', 'one', 'hundred', 'and', 'seventy-two', 'point', 'nine',
  'percent', '%', 'per', 'cent', '$', 'US', 'USD', '1,000', '99.9', '2024', '01', '/', '15th', 'of', 'March', 'May',
  ',', '.', 'a', 'an', 'additional', 'Business', 'calendar', 'to', 'month', 'annual', 'Section', '§', '[***]', '__',
  '+1', '555', '12.3', "2'500", 'million', 'MM', '€', 'thousand', 'fifteenth', 'twenty-', 'first', 'Jan', 'U.S.',
  ' ', ' ', ' ', '\n', '\n\n', '', '',
];


function allSpans(facts: Facts): (readonly [string, Span])[] {
  const spans: (readonly [string, Span])[] = [];
  for (const [kind, list] of Object.entries(facts) as [string, readonly { span: Span }[]][]) {
    for (const fact of list) spans.push([kind, fact.span]);
  }
  for (const n of facts.numbers) {
    if (n.words) spans.push(['words', n.words.span]);
    if (n.digits) spans.push(['digits', n.digits.span]);
  }
  for (const d of facts.durations) spans.push(['unit', d.unitSpan]);
  return spans;
}

function checkInvariants(text: string): void {
  const facts = extractFacts(text);
  // Messages are built only on failure: the long inputs have 100,000+ facts.
  const fail = (why: string): never => assert.fail(`${why} in ${JSON.stringify(text.slice(0, 200))}`);
  for (const [kind, span] of allSpans(facts)) {
    if (!(span.start >= 0 && span.start < span.end && span.end <= text.length)) {
      fail(`${kind} span ${span.start}-${span.end} out of bounds`);
    }
  }
  for (const [kind, list] of Object.entries(facts) as [string, readonly { span: Span }[]][]) {
    for (let i = 1; i < list.length; i++) {
      if (list[i - 1].span.start > list[i].span.start) fail(`${kind} out of order`);
    }
  }
  for (let i = 1; i < facts.numbers.length; i++) {
    if (facts.numbers[i - 1].span.end > facts.numbers[i].span.start) fail('numbers overlap');
  }
  for (const number of facts.numbers) if (!Number.isFinite(number.value)) fail('a number is not finite');
  for (const date of facts.dates) if (!/^\d{4}-\d{2}-\d{2}$/.test(date.iso)) fail(`bad ISO date ${date.iso}`);
}

describe('extract: properties', () => {
  it('any mix of tricky pieces yields in-bounds, ordered, non-overlapping facts', () => {
    const next = seededRandom(20240131);
    for (let round = 0; round < 2000; round++) {
      const count = 1 + Math.floor(next() * 12);
      let text = '';
      for (let i = 0; i < count; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      checkInvariants(text);
    }
  });

  it('copes with empty text and text without facts', () => {
    assert.deepEqual(extractFacts(''), { numbers: [], durations: [], percents: [], money: [], dates: [] });
    checkInvariants('   \n\n  ');
    checkInvariants('The parties agree as follows.');
  });

  it('finishes on long runs of the patterns a backtracking matcher would choke on', () => {
    for (const unit of ['one hundred and ', '((((', '1,1,1,', '1-2-', 'a a ', 'twenty-', '$$$', '__, ']) {
      const text = unit.repeat(10_000);
      checkInvariants(text);
    }
  });

  it('keeps offsets of the original text when it has CRLF line ends and non-ASCII letters', () => {
    const text = 'Café\r\nterm: twelve (12) months\r\nfee: €500';
    const facts = extractFacts(text);
    assert.equal(text.slice(facts.durations[0].span.start, facts.durations[0].span.end), 'twelve (12) months');
    assert.equal(text.slice(facts.money[0].span.start, facts.money[0].span.end), '€500');
  });
});
