import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

// The limitation-of-liability item tells the buyer what kind of limit the draft
// has: only a cap of enough months of fees is "met"; any other limit is "found", to check.

const detail = (text: string) => review(text, { format: 'plaintext' }).checklist.find((i) => i.id === 'liability-cap');

describe('review: the limitation-of-liability checklist item', () => {
  it('names the kind of limit and reads the kind into the key term', () => {
    // The cap sentence excepts confidentiality breaches, so no liability rule weakens the item.
    const rows: Array<[string, string, RegExp, string]> = [
      ['Except for breaches of confidentiality, in no event shall either party\'s aggregate liability exceed the fees paid by Customer in the twelve (12) months before the claim.', 'cap', /capped at the fees paid over 12 months/, 'met'],
      ['Neither party shall be liable for any indirect, incidental or consequential damages.', 'exclusion', /Indirect and consequential damages excluded/, 'found'],
      ['The refund under Section 8 is Customer\'s sole and exclusive remedy for any breach of the warranty.', 'remedy', /remedy is made exclusive/, 'found'],
      ['No action arising out of this Agreement may be brought by either party more than one (1) year after the cause of action has accrued.', 'timeBar', /time limit/, 'found'],
    ];
    for (const [text, kind, expected, state] of rows) {
      const result = review(text, { format: 'plaintext' });
      assert.equal(result.keyTerms.liabilityCap?.kind, kind, text);
      assert.match(detail(text)?.detail ?? '', expected, text);
      assert.equal(detail(text)?.state, state, text);
    }
  });
});
