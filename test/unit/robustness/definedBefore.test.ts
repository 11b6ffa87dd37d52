import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFINED_BEFORE } from '../../../server/src/engine/keyTerms/effectiveDate';
import { review } from '../../../server/src/engine/review';

// Issue 12.5: DEFINED_BEFORE was cubic: three optional whitespace runs in a row
// before its `$` were split every way on a long gap that failed at the end. The
// rewrite puts each run inside the optional part it leads; this shows it accepts
// exactly what the old pattern accepted (on inputs short enough for the old one).

const OLD = /(?:effective|commencement|start)\s+date"?\s*(?:(?:of|for|under)\s+(?:[a-z]+\s+){0,3}?(?:this|the)\s+(?:agreement|contract|franchise|addendum|amendment|order|schedule))?\s*(?:shall\s+mean|means|shall(?:\s+be)?|will(?:\s+be)?|is|[:-])?\s*(?:12:01\s+a\.?m\.?[a-z ]{0,40})?$/;

const TOKENS = ['effective', 'commencement', 'start', 'date', '"', 'of', 'for', 'under', 'this', 'the', 'agreement', 'order', 'shall', 'mean', 'means', 'be', 'will', 'is', ':', '-', '12:01', 'a.m.', 'am', 'eastern', 'x', 'lease', ' ', '  ', '\t', '\n'];

describe('robustness: the effective-date cue pattern (issue 12.5)', () => {
  it('accepts the same cues as before', () => {
    const cue = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((parts) => parts.join(' ').replace(/ {3,}/g, '  '));
    fc.assert(fc.property(cue, (text) => assert.equal(DEFINED_BEFORE.test(text), OLD.test(text), JSON.stringify(text))), { numRuns: 5000, seed: 5 });
    for (const text of ['effective date', 'the effective date of this agreement shall be', 'commencement date:', 'start date under the lease of the order is 12:01 a.m. eastern time']) {
      assert.equal(DEFINED_BEFORE.test(text), OLD.test(text), text);
    }
  });

  it('a draft of dates after long gaps still reads its effective date', () => {
    const gap = ' '.repeat(250);
    const text = `Master Agreement\n\nThe Effective Date${gap}x 1 March 2026.\n\n"Effective Date" means${gap}2 April 2026.\n`;
    const result = review(text, { format: 'plaintext' });
    assert.equal(result.keyTerms.effectiveDate, '2026-04-02');
  });
});
