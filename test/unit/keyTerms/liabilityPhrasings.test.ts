import assert from 'node:assert/strict';
import { readLimitSentence, type LimitKind } from '../../../server/src/engine/keyTerms/liability/limitSentence';
import { review } from '../../../server/src/engine/review';

// Phrasings of a limitation of liability, written for these tests, each with the
// kind of limit it states; and sentences that only look like one.

const kindOf = (sentence: string): LimitKind | null => readLimitSentence(sentence.toLowerCase())?.kind ?? null;
const read = (text: string) => review(text, { format: 'plaintext' }).keyTerms.liabilityCap ?? null;

const PHRASINGS: ReadonlyArray<readonly [LimitKind, string]> = [
  // A long run of qualifiers between "liability" and its ceiling.
  ['cap', 'Notwithstanding any other provision, Vendor\'s liability to Buyer for any special, incidental or consequential damages resulting from any claim under this Agreement or connected with it, whether or not Vendor was told that such damages might occur, shall not exceed two million dollars ($2,000,000) in total.'],
  ['cap', 'The Agent shall not be liable for any loss, claim, damage or expense, nor be required to contribute any amount under Section 7 or this Section 8, which in the aggregate exceeds the fees paid to the Agent under this Agreement.'],
  ['cap', 'The maximum liability of a Party to the other Party under this Agreement will be [***] (the "Liability Cap").'],
  ['cap', 'Each party shall be liable for physical damage to the other party\'s premises caused by its staff up to a maximum aggregate amount of five hundred thousand dollars.'],
  ['cap', 'The total liquidated damages payable under this Section shall not exceed ten percent (10%) of the order value.'],
  // A cap measured by insurance is still a cap.
  ['cap', 'The Supplier\'s liability for each occurrence shall not exceed the amount its insurance policies actually pay out for that occurrence.'],
  ['exclusion', 'A party in breach shall only be liable to the other for the direct damages its breach causes.'],
  ['cap', 'The Reseller\'s liability under this Agreement is capped at two hundred thousand euros.'],
  // Asides in brackets push the negation away from "liability".
  ['exclusion', 'Neither the Seller nor the Buyer (which for this clause includes their affiliates, directors, officers, staff, contractors and agents) shall have any liability to the other for any punitive or consequential damages arising from this Agreement.'],
  ['exclusion', 'Under no circumstances shall either party be liable to the other in contract, tort (including negligence) or otherwise for loss (whether direct or indirect) of profits or revenue.'],
  // "Responsible" for indirect losses, and indirect losses far after "liability".
  ['exclusion', 'In no event will either party be responsible to the other for special, indirect or consequential damages.'],
  ['exclusion', 'None of the Seller, the Buyer or any member of their groups shall in any event have any liability to the other or to any member of the other\'s group under this Agreement for any indirect, punitive or consequential damages.'],
  ['exclusion', 'The Sponsor agrees to waive any and all suits, claims, losses, demands, damages, costs and expenses of any kind (including incidental or punitive damages) it may have against the Team.'],
  ['exclusion', 'Under no circumstances will either Party be liable towards the other for [***].'],
  ['exclusion', 'Nothing in this clause excludes or limits either party\'s liability for death or personal injury caused by its negligence.'],
  ['timeBar', 'No claim arising under this Agreement may be brought by either party more than two (2) years after the claim arose.'],
  ['timeBar', 'No suit arising from this Agreement may be instituted by the Licensee later than six months after the breach.'],
  ['remedy', 'Repair or replacement of the faulty unit is the Buyer\'s sole and exclusive remedy for a breach of this warranty.'],
];

const NOT_LIMITS: readonly string[] = [
  // An indemnity that lists losses "including but not limited to" negates nothing.
  'Supplier shall indemnify Customer against all claims, including but not limited to losses, liabilities, damages and costs arising from its breach.',
  // A carve-out inside an indemnity, not a limitation.
  '(a) Each party shall defend the other against claims (excluding any product liability claim) brought by a third party.',
  // Indemnity procedure: the indemnifier is not liable for settlements it did not approve.
  'The Indemnifying Party shall not be liable for any settlement made without its written consent or for damages caused by the Indemnified Party\'s own negligence.',
  // Survival: nothing is limited.
  'Termination shall not relieve either party of any liability for damages accrued before the date of termination.',
  // A redacted term unrelated to any limitation.
  'This section is not meant to reach strict liability claims about the Product, nor any claim under clause (iii) [***].',
  'The right to terminate under this Section shall not be construed as an exclusive remedy.',
  // A caption names the clause but limits nothing.
  '14.6 Sole Remedy',
  '(d) EXCLUSIVE REMEDIES.',
  // A duty to insure, not a cap.
  'Contractor shall carry general liability insurance with limits of not less than $1,000,000 per occurrence, and its deductible shall not exceed $25,000.',
  // A jury waiver: "indirectly" is not an indirect loss.
  'Each party waives any right to a jury trial in any litigation arising directly or indirectly out of this Agreement.',
  // "Sole obligation" to pay what is due is not a remedy clause.
  'On termination, the Buyer\'s sole obligation shall be to pay the undisputed amounts then due.',
];

describe('key terms: liability limitation phrasings', () => {
  for (const [kind, sentence] of PHRASINGS) {
    it(`reads a ${kind}: ${sentence.slice(0, 60)}`, () => assert.equal(kindOf(sentence), kind));
  }
  for (const sentence of NOT_LIMITS) {
    it(`ignores: ${sentence.slice(0, 60)}`, () => assert.equal(kindOf(sentence), null));
  }

  it('finds a responsible-for-indirect-losses exclusion in a whole draft', () => {
    const cap = read('Fees are due monthly. In no event will either party be responsible to the other for indirect damages.');
    assert.ok(cap);
    assert.equal(cap.excludesIndirect, true);
  });

  it('says no indirect loss is excluded when the only limit is a sole remedy', () => {
    const cap = read('Repair of the faulty unit is the Buyer\'s sole and exclusive remedy for a breach of this warranty.');
    assert.ok(cap);
    assert.equal(cap.excludesIndirect, false);
    assert.equal(cap.feesBased, false);
  });

  it('does not call a cap worded "in no event … exceed" an exclusion of indirect losses', () => {
    const cap = read('In no event will the Vendor\'s liability arising from this Agreement exceed the amounts paid by the Customer.');
    assert.ok(cap);
    assert.equal(cap.feesBased, true);
    assert.equal(cap.excludesIndirect, false);
  });

  it('reports a cap before an exclusion, and the exclusion in the cap sentence', () => {
    const text = 'Repair is the Buyer\'s sole remedy for defects. Neither party shall be liable for consequential damages, and each party\'s total liability shall not exceed the fees paid in the prior twelve (12) months.';
    const cap = read(text);
    assert.ok(cap);
    assert.ok(text.slice(cap.span.start, cap.span.end).startsWith('Neither party'));
    assert.equal(cap.feesBased, true);
    assert.equal(cap.excludesIndirect, true);
    assert.equal(cap.sentences.length, 2);
  });
});
