import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

const read = (text: string) => review(text, { format: 'plaintext' }).keyTerms.minimumCommitment ?? null;

// From CUAD's "Minimum Commitment" spans and SaaS order forms.
const COMMITMENTS: readonly string[] = [
  'Diplomat agrees to pay KI, Inc. the minimum royalties set forth below as a minimum guarantee against royalties.',
  'Exact agrees it shall spend at least eighty million dollars ($80,000,000) toward Marketing and Promotion.',
  'Each single order placed by the Reseller shall be for a minimum of eight units.',
  'Customer commits to purchase a minimum annual commitment of USD 250,000 in Services during each Contract Year.',
  'The Company shall produce no less than forty (40) original episodes of the Show per year.',
];
const NOT_COMMITMENTS: readonly string[] = [
  'The Joint Steering Committee shall meet as needed.',
  'Supplier shall maintain insurance with a minimum coverage of $1,000,000.',
  'Customer shall give at least thirty (30) days notice of termination.',
  'All such artwork shall be sent to Loxley at least ten (10) days before it is first used.',
  'For the avoidance of doubt, there are no minimum fees or utilization commitments under this Agreement.',
  '4. This Licence carries no minimum yearly royalty owed by Ostrava to Pell.',
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

// Made-up sentences for the phrasings added from how minimums are drafted, and the traps beside them.
describe('key terms: minimum commitment, drafting variants', () => {
  const FOUND: readonly string[] = [
    'If the Dealer fails to achieve annual sales of $250,000 in any Contract Year, the Supplier may end the Dealer\'s exclusivity on written notice.',
    'Should net purchases by the Reseller in any calendar year fall below 5,000 units, the Company may terminate this Agreement upon thirty (30) days\' notice.',
    'The Distributor agrees to meet the quarterly sales targets set out in Schedule 2.',
    'If the Agent sells less than half of the Annual Quota, the Principal may appoint other agents in the Territory.',
    'The first two months of each rolling forecast shall be binding purchase orders of the Buyer.',
    'Quantities stated in the Forecast for the first ninety days will be deemed to constitute a binding commitment of the Purchaser.',
    'The Station shall broadcast an average of at least twelve (12) promotional spots per week.',
    'Each Licensee shall distribute the newsletter in at least the following quantities:',
  ];
  const IGNORED: readonly string[] = [
    'If the Provider fails to meet the service level targets in any month, the Customer may claim service credits.',
    'Each Principal Owner shall sign an undertaking to guarantee the payment and performance of all obligations of the Franchisee.',
    'Each purchase order shall state, at minimum, the item, the quantity, the price and the delivery date.',
    'Any provision that cannot be so interpreted shall be deemed to satisfy the minimum requirements of applicable law.',
    'Each arbitrator shall have not less than ten (10) years of experience in commercial disputes.',
    'The Steering Committee shall hold at least one meeting per calendar quarter.',
    'Vendor shall issue its invoice at least [***] before the delivery date.',
    'You are not guaranteed that any particular amount of the Fund will be spent in your area.',
    'A Forecast is an estimate only and will not be deemed to constitute a binding purchase order.',
    'The Contractor shall inspect the premises at least once per month.',
    'The project managers shall confer at least two (2) times each calendar year.',
    'Late invoices bear a minimum fixed sum of forty (40) euros for recovery costs.',
  ];
  for (const text of FOUND) it(`finds: ${text.slice(0, 70)}`, () => assert.ok(read(text)));
  for (const text of IGNORED) it(`ignores: ${text.slice(0, 70)}`, () => assert.equal(read(text), null));
});
