import assert from 'node:assert/strict';
import { repairLayout } from '../../../server/src/engine/parse/layoutRepair';
import { review } from '../../../server/src/engine/review';

// Made-up text with the marks scanning and filing leave behind.
describe('layout repair before parsing', () => {
  const CASES: ReadonlyArray<readonly [string, string]> = [
    ['for a term of one (I) year', 'for a term of one (1) year'],
    ['until the fifth (5t h) anniversary', 'until the fifth (5th ) anniversary'],
    ['signed on March 18. 2027 by', 'signed on March 18, 2027 by'],
    ['a fee of 1O0 dollars in 2O27', 'a fee of 100 dollars in 2027'],
    ['upon [REDACTED] notice', 'upon [********] notice'],
    ['upon [* * *] notice', 'upon [*****] notice'],
    ['a fee of [●] per seat', 'a fee of [*] per seat'],
    ['a fee of ███ per seat', 'a fee of [*] per seat'],
  ];
  for (const [input, expected] of CASES) {
    it(`repairs ${JSON.stringify(input)}`, () => {
      const out = repairLayout(input);
      assert.equal(out, expected);
      assert.equal(out.length, input.length);
    });
  }

  it('leaves ordinary text alone', () => {
    const text = 'Once in 2027 the Customer (I) may order 15 seats; the Provider owes 3 hours. See Section 4.2(b).';
    assert.equal(repairLayout(text), text);
  });

  it('lets the readers see a scanned term: "one (I) year" is read as twelve months', () => {
    const r = review('This Agreement is made on January 5, 2027. The initial term of this Agreement is one (I) year from the date above.', { format: 'plaintext' });
    assert.equal(r.keyTerms.initialTermMonths, 12);
  });

  it('joins a sentence a page number or filing stamp split, and leaves page numbers between paragraphs alone', () => {
    const split = 'The Reseller may terminate this Agreement at any time on\n\n                 -7-\n\nsixty (60) days\' written notice.\n\nPage 8 of 20\n\nThe Reseller shall\nSource: ACME HOLDINGS, 10-K, 3/1/2024\nkeep records.';
    const out = repairLayout(split);
    assert.equal(out.length, split.length);
    assert.match(out, /at any time on +sixty \(60\) days/);
    assert.match(out, /notice\.\n\nPage 8 of 20\n\nThe Reseller/);
    assert.match(out, /shall +keep records/);
    const r = review(split, { format: 'plaintext' });
    assert.equal(r.keyTerms.terminationForConvenience?.noticeDays, 60);
  });
});

