import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readText, type PartyRole } from '../../../server/src/engine/semantics';
import { ALL_ROWS } from './clauseTable';

const NAMES = new Map<string, PartyRole>([['acme', 'named'], ['licensee', 'customer']]);
const OFFSET = 37;

/** readText on `text` placed at OFFSET: it must not throw, and everything it points at lies inside the sentence. */
function checkInvariants(text: string): void {
  const lower = text.toLowerCase();
  const end = OFFSET + lower.length;
  const reading = readText(lower, { span: { start: OFFSET, end } }, NAMES);
  let previous = OFFSET;
  for (const clause of reading.clauses) {
    assert.ok(clause.span.start >= previous && clause.span.start < clause.span.end && clause.span.end <= end, `clause span ${clause.span.start}-${clause.span.end} in ${JSON.stringify(text)}`);
    assert.equal(clause.lower, lower.slice(clause.span.start - OFFSET, clause.span.end - OFFSET));
    assert.ok(clause.modalAt >= -1 && clause.modalAt < clause.lower.length);
    previous = clause.span.end;
  }
  for (const anchor of reading.timeAnchors) {
    assert.ok(anchor.span.start >= OFFSET && anchor.span.end <= end, `anchor span in ${JSON.stringify(text)}`);
    assert.equal(anchor.text, lower.slice(anchor.span.start - OFFSET, anchor.span.end - OFFSET));
  }
  const clauses = new Set(reading.clauses);
  assert.ok(reading.conditions.every((c) => c.role === 'condition' && clauses.has(c)));
  assert.ok(reading.exceptions.every((c) => (c.role === 'exception' || c.role === 'proviso') && clauses.has(c)));
}

// The table's sentences cut into words and punctuation, to be glued back together at random.
const PIECES = [...new Set(ALL_ROWS.flatMap(([sentence]) => sentence.split(/(?<=[\s,;:()])|(?=[,;:()])/)))];
const MARKS = ['(a)', '(ii)', '(3)', ';', ',', ':', ' provided, however, that ', ' unless ', ' if ', ' but ', ' other than ', ' save as ', ' by ', '(', ')', 'May 1, 2026', ' '];

describe('clause layer: properties', () => {
  it('reads any string without throwing, every span inside its sentence', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkInvariants), { numRuns: 500, seed: 1 });
  });

  it('reads strings made of clause markers and blanks', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...MARKS), { maxLength: 40 }).map((parts) => parts.join('')), checkInvariants), { numRuns: 500, seed: 2 });
  });

  it('reads random recombinations of the table\'s sentences', () => {
    const recombined = fc.array(fc.constantFrom(...PIECES, ...MARKS), { minLength: 1, maxLength: 120 }).map((parts) => parts.join(''));
    fc.assert(fc.property(recombined, checkInvariants), { numRuns: 1000, seed: 3 });
  });

  it('reads a marker repeated over a whole page (no recursion or backtracking runs away)', () => {
    for (const piece of [...MARKS, 'nothing shall prevent ', 'the right, ', 'shall not permit ', ', and the party shall ', 'upon the ', 'before the end of ', 'by either party ']) {
      checkInvariants(piece.repeat(Math.ceil(10_000 / piece.length)));
    }
  });

  it('reads long run-on sentences (a whole page without a full stop)', () => {
    const long = fc.array(fc.constantFrom(...ALL_ROWS.map(([s]) => s.replace(/\.$/, ';'))), { minLength: 20, maxLength: 60 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(long, checkInvariants), { numRuns: 30, seed: 4 });
  });
});
