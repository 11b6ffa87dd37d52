import assert from 'node:assert/strict';
import { postTerminationFound } from './postTerminationFound';
import { parseContract } from '../../../server/src/engine/parse';
import { readExit } from '../../../server/src/engine/keyTerms/exit/readExit';

// Sentences that sit after the end but promise nothing: a denial whose modal
// hides inside "shall not be entitled to", and survival clauses written
// without the word "survive" (they keep other terms alive, nobody has to act).

const found = postTerminationFound;

describe('keyTerms.exit post-termination boilerplate', () => {
  const lookalikes: readonly string[] = [
    'If this Agreement expires or is terminated, the Reseller shall not be entitled to receive any refund of the setup charge.',
    'If Buyer terminates this Agreement under Section 8.2, Buyer shall not be obligated to continue to purchase the Components.',
    'Upon termination of this Agreement, Vendor shall never be required to deliver further updates.',
    'Upon expiry of this Agreement, all rights and obligations of the parties shall terminate except those in Sections 4, 7 and 9.',
    'Upon termination, all obligations hereunder shall cease except for the following: Articles II (Definitions) and X (Notices).',
    'The provisions listed below will remain in effect after termination and the parties will continue to be bound thereby: Sections 3 and 5.',
    "Supplier's obligations under this Section 6.1 shall continue after the expiration of this Agreement.",
    'The warranties and covenants of each party herein shall continue in full force and effect notwithstanding the termination of this Agreement.',
  ];
  for (const text of lookalikes) {
    it(`ignores ${JSON.stringify(text.slice(0, 80))}`, () => {
      assert.deepEqual(found(text), []);
    });
  }

  const duties: readonly string[] = [
    // "not" before another verb does not deny the promise that follows it.
    'Upon termination, Reseller shall not accept new orders but shall be entitled to complete the orders it accepted before that date.',
    // Being bound by payment terms during a sell-off is a live duty, not survival boilerplate.
    'Following termination, Distributor shall be entitled to continue to sell its remaining stock for sixty (60) days and shall continue to be bound by its payment obligations for those sales.',
    // Survival that says what the duty is for still counts.
    "Supplier's obligations under Section 6.1 shall survive termination to the extent necessary for Supplier to complete open purchase orders.",
  ];
  for (const text of duties) {
    it(`finds ${JSON.stringify(text.slice(0, 80))}`, () => {
      assert.deepEqual(found(text), [text]);
    });
  }
});

describe('keyTerms.exit partial termination', () => {
  const lookalikes: readonly string[] = [
    'Buyer may terminate an order in part; in the event of such a termination, Seller shall continue performance of the nonterminated portion of that order.',
    'If Customer terminates any Statement of Work in part, Consultant shall continue the work not terminated under the remaining milestones.',
  ];
  for (const text of lookalikes) {
    it(`ignores ${JSON.stringify(text.slice(0, 80))}`, () => {
      const contract = parseContract(text, 'plaintext');
      assert.deepEqual(readExit(contract).postTerminationSentences, []);
    });
  }

  it('still reads completing the orders placed before the agreement ended', () => {
    const text = 'Upon termination of this Agreement, Seller shall complete and deliver all purchase orders accepted before the termination date.';
    const contract = parseContract(text, 'plaintext');
    assert.equal(readExit(contract).postTerminationSentences.length, 1);
  });
});
