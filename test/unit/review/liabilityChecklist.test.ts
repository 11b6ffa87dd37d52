import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

// The limitation-of-liability item tells the buyer what kind of limit the draft
// has, so "met" never hides that there is no amount cap.

const detail = (text: string) => review(text, { format: 'plaintext' }).checklist.find((i) => i.id === 'liability-cap');

describe('review: the limitation-of-liability checklist item', () => {
  it('names the kind of limit and reads the kind into the key term', () => {
    // The cap sentence excepts confidentiality breaches, so no liability rule weakens the item.
    const rows: Array<[string, string, RegExp]> = [
      ['Except for breaches of confidentiality, in no event shall either party\'s aggregate liability exceed the fees paid by Customer in the twelve (12) months before the claim.', 'cap', /capped at the fees paid over 12 months/],
      ['Neither party shall be liable for any indirect, incidental or consequential damages.', 'exclusion', /Indirect and consequential damages excluded/],
      ['Service credits are Customer\'s sole and exclusive remedy for any failure to meet the availability target.', 'remedy', /remedy is made exclusive/],
      ['No action arising out of this Agreement may be brought by either party more than one (1) year after the cause of action has accrued.', 'timeBar', /time limit/],
    ];
    for (const [text, kind, expected] of rows) {
      const result = review(text, { format: 'plaintext' });
      assert.equal(result.keyTerms.liabilityCap?.kind, kind, text);
      assert.match(detail(text)?.detail ?? '', expected, text);
      assert.equal(detail(text)?.state, 'met');
    }
  });
});
