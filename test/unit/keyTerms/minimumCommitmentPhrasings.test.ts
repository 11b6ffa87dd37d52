import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

const read = (text: string) => review(text, { format: 'plaintext' }).keyTerms.minimumCommitment ?? null;

// Made-up sentences for supply, stock, forecast-share, lot-size and delivery
// minimums, and for floors that are not purchases or volumes.

describe('key terms: minimum commitment, supply and volume phrasings', () => {
  const FOUND: readonly string[] = [
    'The Manufacturer shall supply a minimum of 20,000 handsets for the launch promotion.',
    'Buyer shall order for delivery in each calendar quarter a quantity of Units equal to at least eighty percent (80%) of the amount forecast for that quarter.',
    'The Distributor shall purchase not less than 75% of its annual requirements of the Products from the Company.',
    'The Supplier shall hold finished goods at a minimum level of three (3) weeks of supply of each Product.',
    'All Products must be ordered in the minimum and/or standard lot size quantities shown in the Price List.',
    'The Publisher will use reasonable efforts to deliver traffic at a monthly minimum of:',
    'If the Network has not delivered 500,000 impressions by the end of the Term, the Advertiser may extend the campaign at no cost.',
    'After the first renewal, the number of new stores to be opened to maintain exclusivity rises from 10 to 20.',
  ];
  const IGNORED: readonly string[] = [
    'The branch office shall be open at least forty (40) hours per week.',
    'The Purchaser may seek an injunction without posting a bond or, if a bond is required, at the minimum amount legally required.',
    'Each report shall include, at a minimum the part number and the quantity on hand.',
    'Repairs shall be carried out to at least the standards adopted for the Supplier\'s own equipment.',
    'The Parent shall guarantee payment of any of the obligations of the Subsidiary under this Agreement.',
    'The restaurant shall be open for business a minimum of the hours shown in Schedule 1.',
    'The Vendor shall provide a minimum of thirty (30) days of on-site training.',
  ];
  for (const text of FOUND) it(`finds: ${text.slice(0, 70)}`, () => assert.ok(read(text)));
  for (const text of IGNORED) it(`ignores: ${text.slice(0, 70)}`, () => assert.equal(read(text), null));
});

describe('key terms: minimum commitment, floors on what is bought or paid', () => {
  const FOUND: readonly string[] = [
    'In each Contract Year, the Customer shall purchase Products having an aggregate value of at least $500,000.',
    'The Distributor shall order no fewer than 10,000 Units in each Contract Year.',
    'The Customer agrees to purchase not fewer than 500 seats during the Initial Term.',
    'Under this schedule the Distributor buys at least 2,000 units from the Company.',
    'In no event shall the royalties payable for any Contract Year be less than $50,000.',
    'The royalties paid for each calendar year shall not be less than fifty thousand dollars ($50,000).',
  ];
  const IGNORED: readonly string[] = [
    'The Supplier shall give no fewer than ten (10) business days prior notice of any shipment delay.',
    'The fees for any renewal term shall not be less favourable to the Customer than those for the Initial Term.',
  ];
  for (const text of FOUND) it(`finds: ${text.slice(0, 70)}`, () => assert.ok(read(text)));
  for (const text of IGNORED) it(`ignores: ${text.slice(0, 70)}`, () => assert.equal(read(text), null));
});
