import assert from 'node:assert/strict';
import { postTerminationFound } from './postTerminationFound';

// More ways contracts put a duty after the end: "and/or" between modal and
// verb, "the right but not the obligation to", the agreement going on to govern
// a sell-off (far from the duty), a cross-reference whose caption names an excluded matter, a
// royalty owed a few words after "pay", licences granted under the agreement
// that continue, "from the end of the Term", and sections that run together
// on one line under an "Effects of Termination" title; grants made now that
// run past the end; recovering one's property from the other's premises;
// "N days after termination to sell", assigning numbers and assets, winding down.

const found = postTerminationFound;

describe('keyTerms.exit post-termination phrasings', () => {
  const duties: readonly string[] = [
    'For two (2) years after the expiration or termination of this Agreement, Distributor shall keep and/or maintain its sales records.',
    'Upon expiration of this Agreement, Licensor shall have the right but not the obligation to purchase the remaining stock of Products at cost.',
    'Upon termination, Reseller shall be entitled, for a period of ninety (90) days after termination, to complete the customer orders accepted before that date and to deliver the Products so ordered to the customers named in those orders at the agreed prices, and this Agreement shall continue to govern those deliveries.',
    'Except for a termination under Section 9.2 (Confidential Information), upon expiration of this Agreement Distributor may continue to sell the Products in its inventory.',
    'If after termination of this Agreement either party sells a similar device, it will pay to the other party a royalty of two percent of Net Sales.',
    'Upon expiration of this Agreement, the licenses granted to Reseller under this Agreement shall continue on a royalty-free basis.',
    'Athlete hereby grants to Company the right to use her name and likeness during the Term and for six (6) months after the Term to sell off the Products.',
    'Upon termination of this Agreement, Owner shall be entitled to enter the premises where its equipment is kept and recover any and all such equipment.',
    'Distributor shall have ninety (90) days after termination to sell its remaining stock of Products.',
    'Upon termination, the Franchisee shall assign to the Franchisor all telephone numbers used in the business.',
    'Upon any expiration or termination, the parties shall work together in good faith to wind down the joint programs.',
    'Vendor shall honour the warranty for a period of six (6) months from the end of the Term and shall provide repairs at no charge.',
  ];
  for (const text of duties) {
    it(`finds ${JSON.stringify(text.slice(0, 80))}`, () => {
      assert.deepEqual(found(text), [text]);
    });
  }

  const lookalikes: readonly string[] = [
    // Insurance kept up after the end is cover, not a service.
    'Each party shall maintain product liability insurance during the Term and for three (3) years thereafter.',
    // A right to end the agreement is not a duty after it.
    'Upon expiration of the Initial Term, either party shall have the right, but not the obligation, to terminate this Agreement.',
    // The agreement itself going on is a renewal, not a duty after the end.
    'Upon expiration of the Initial Term, this Agreement shall continue for successive one (1) year periods.',
    // A grant that ends with the agreement does not run past it.
    'Licensor hereby grants to Licensee a non-exclusive license, which license shall terminate upon termination of this Agreement.',
    // Recovering costs is a remedy, not a step in winding down.
    'Upon termination for breach, the non-breaching party shall be entitled to recover its reasonable costs of collection.',
    // Stopping use and destroying labels is de-branding, which CUAD leaves out.
    'Upon termination of this Agreement, Distributor shall cease all use of the Marks and shall destroy all unused labels bearing the Marks.',
    // Assigning the agreement itself is not a step after its end.
    'Following termination of the Supply Agreement, Buyer may assign this Agreement to any of its affiliates.',
    // The end of a quarter is not the end of the agreement.
    'Within thirty (30) days after the end of each calendar quarter, Licensee shall deliver a royalty report.',
  ];
  for (const text of lookalikes) {
    it(`ignores ${JSON.stringify(text.slice(0, 80))}`, () => {
      assert.deepEqual(found(text), []);
    });
  }

  it('reads the duties of an inline "Effects of Termination" section down to the next section', () => {
    const text = [
      '9.3 Termination for Breach. Either party may terminate this Agreement for a material breach. 9.4 Effects of Termination. 9.4.1 Return of Stock.',
      'Distributor shall return all unsold Products to Vendor at Vendor\'s cost. 9.4.2 Open Orders. Vendor shall fill the orders accepted before the notice.',
      '9.5 Notices. Each party shall deliver notices to the address on the signature page.',
    ].join(' ');
    assert.deepEqual(found(text), [
      'Distributor shall return all unsold Products to Vendor at Vendor\'s cost.',
      'Vendor shall fill the orders accepted before the notice.',
    ]);
  });

  it('reads a section titled with an underline, as typed in older filings', () => {
    const text = '8.3   Duties Upon Termination.   ---------------\n\n(a) Distributor may continue to support End-Users licensed before that date.';
    assert.deepEqual(found(text), ['(a) Distributor may continue to support End-Users licensed before that date.']);
  });

  it('leaves a "Transition Services" section alone: there it is the service itself', () => {
    const text = '2.1 Transition Services. Provider shall perform the services listed in Exhibit A during the term.';
    assert.deepEqual(found(text), []);
  });
});
