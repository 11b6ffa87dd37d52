import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

const read = (text: string) => review(text, { format: 'plaintext' }).keyTerms.minimumCommitment ?? null;

// From CUAD's "Minimum Commitment" spans and SaaS order forms.
const COMMITMENTS: readonly string[] = [
  'Diplomat agrees to pay KI, Inc. the minimum royalties set forth below as a minimum guarantee against royalties.',
  'Exact agrees it shall spend at least eighty million dollars ($80,000,000) toward Marketing and Promotion.',
  'The Distributor\'s single purchase order amount shall be a minimum of five units.',
  'Customer commits to purchase a minimum annual commitment of USD 250,000 in Services during each Contract Year.',
  'The Company shall produce no less than forty (40) original episodes of the Show per year.',
];
const NOT_COMMITMENTS: readonly string[] = [
  'The Joint Steering Committee shall meet as needed.',
  'Supplier shall maintain insurance with a minimum coverage of $1,000,000.',
  'Customer shall give at least thirty (30) days notice of termination.',
  'All such materials shall be submitted to Chase at least seven (7) days prior to the date of first intended use.',
  'For the avoidance of doubt, there are no minimum fees or utilization commitments under this Agreement.',
  '2. This License does not include a minimum annual royalty payable by THI to Marv.',
  'For purposes hereof, a "change of control" shall mean the sale of at least fifty percent (50%) of the assets of Naked.',
];

describe('key terms: minimum commitment', () => {
  for (const text of COMMITMENTS) it(`finds: ${text.slice(0, 70)}`, () => assert.ok(read(text)));
  for (const text of NOT_COMMITMENTS) it(`ignores: ${text.slice(0, 70)}`, () => assert.equal(read(text), null));

  it('reads the committed amount', () => {
    const m = read('Customer commits to purchase a minimum annual commitment of USD 250,000 in Services.');
    assert.equal(m?.amount, 250_000);
  });
});
