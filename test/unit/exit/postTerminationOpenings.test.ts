import assert from 'node:assert/strict';
import { postTerminationFound } from './postTerminationFound';

// Further after-the-end phrasings: an opening that places the whole sentence
// in a period after the end (any verb then counts), survival that says what
// the surviving terms are for, an auditor appointed after the end, a right to
// keep using what was placed before the end, "Proprietary Marks" (a franchise
// name, not confidential material), and list items that take their modal from
// the lead-in ("Distributor shall: (a) … (b) …"). Against: keeping one's own
// rights, plain survival, litigation help, a power of attorney, denials,
// waivers and bans, and the term clause running until the end.

const found = postTerminationFound;

describe('keyTerms.exit post-termination openings, survival and lists', () => {
  const duties: readonly string[] = [
    'For eighteen (18) months following termination of this Agreement, Licensee shall state on its website that it is not connected with Licensor.',
    'The Reseller\'s duties under Section 4 shall survive termination of this Agreement to the extent necessary for the Reseller to complete any orders pending on that date.',
    'The obligation to pay the usage fee shall survive the expiration of this Agreement and will continue for as long as Licensee keeps using the Software.',
    'During the Term and for two (2) years thereafter, Licensor shall have the right to appoint an independent accountant to audit the books of Licensee.',
    'Upon termination, Sponsor will stop using the Athlete\'s name, except that Sponsor shall have the right to use the name in advertisements already placed.',
    'Within thirty (30) days after termination, you shall cancel every business name registration that includes the Proprietary Marks and shall furnish us with proof that you have done so.',
  ];
  for (const text of duties) {
    it(`finds ${JSON.stringify(text.slice(0, 80))}`, () => {
      assert.deepEqual(found(text), [text]);
    });
  }

  const lookalikes: readonly string[] = [
    'If this Agreement is terminated for any reason, each party shall retain all rights in its own trademarks and logos.',
    'Sections 6 and 8 survive the termination of this Agreement to the extent necessary to give effect to them.',
    'After termination, the Consultant will cooperate with the Company in any litigation concerning matters on which the Consultant worked.',
    'The power of attorney granted above is coupled with an interest and shall continue in full force and effect following the termination of this Agreement.',
    'For one (1) year after termination of this Agreement, Licensee shall not use any name confusingly similar to the Licensed Name.',
    'For three (3) years after the expiration of this Agreement, the terms of Section 9 shall remain in effect.',
    'Upon termination, Licensee shall no longer have the right to use the Marks.',
    // A waiver or a ban is the opposite of a duty to do something.
    'Agent waives any right it may have to receive compensation from Principal upon the expiration of this Agreement.',
    'Upon expiration of this Agreement, Retailer shall be prohibited from selling any goods that bear the Designer\'s name.',
    // The term clause: the agreement running until it ends is not a duty after the end.
    'This Agreement begins on the Effective Date and shall continue for an initial term of two (2) years, and after that until either party gives notice to end it on or after the expiry of the initial term.',
    'This Agreement shall begin on the Effective Date and shall continue until the termination of the Supply Agreement, except that if a Termination Election is made under the Supply Agreement this Agreement shall end one year later.',
  ];
  for (const text of lookalikes) {
    it(`ignores ${JSON.stringify(text.slice(0, 80))}`, () => {
      assert.deepEqual(found(text), []);
    });
  }

  it('reads list items that take their modal from the lead-in', () => {
    const text = [
      'Upon termination of this Agreement, the Distributor shall:',
      '',
      '(a) stop marketing the Products;',
      '',
      '(b) deliver to Supplier a list of open customer orders within ten (10) days.',
    ].join('\n');
    assert.deepEqual(found(text), ['(b) deliver to Supplier a list of open customer orders within ten (10) days.']);
  });

  it('leaves list items alone when the lead-in holds no modal', () => {
    const text = [
      'Upon termination of this Agreement, the following terms apply:',
      '',
      '(a) deliveries in transit on that date are unaffected;',
      '',
      '(b) deliver to Supplier a list of open customer orders within ten (10) days.',
    ].join('\n');
    assert.deepEqual(found(text), []);
  });
});
