import fc from 'fast-check';
import { draftArbitrary, fixtureLines } from '../../properties/drafts';
import { checkDraft } from '../../properties/invariants';

// The property suite of issue 12 (a few thousand cases here; `npm run fuzz` runs
// 100,000): random and mutated drafts, in both formats. The engine never throws,
// every finding and edit lies inside the document on character boundaries, and
// every fix applies and changes only its ranges. Seeds are fixed so a failure
// replays; the fuzz run takes a seed from its command line.

describe('robustness: properties of any draft', function () {
  this.timeout(600000);
  const lines = fixtureLines();

  it('small random and mutated drafts (CRLF, NBSP, invisible characters, emoji, lone surrogates, lists, tables)', () => {
    const drafts = draftArbitrary({ extraLines: lines, maxParts: 8, maxMutations: 4, longLine: 300 });
    fc.assert(fc.property(drafts, fc.boolean(), (text, markdown) => checkDraft(text, markdown ? 'markdown' : 'plaintext')), { numRuns: 1000, seed: 12 });
  });

  it('drafts with 100 KB lines, deep lists and long tables', () => {
    const drafts = draftArbitrary({ extraLines: lines, maxParts: 4, maxMutations: 1, longLine: 100_000 });
    fc.assert(fc.property(drafts, fc.boolean(), (text, markdown) => checkDraft(text, markdown ? 'markdown' : 'plaintext')), { numRuns: 8, seed: 13 });
  });
});
