import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

// Made-up sentences for the shapes the clause layer reads for termination for
// convenience: who holds the right, whether it is refused, and what binds it.
const read = (text: string) => review(text, { format: 'plaintext' }).keyTerms.terminationForConvenience ?? null;

describe('key terms: termination for convenience on the clause layer', () => {
  const FOUND: ReadonlyArray<readonly [string, string]> = [
    ['The Reseller can terminate this Agreement on forty-five (45) days\' written notice to Northwind.', 'customer'],
    ['Licensee can terminate this Agreement by giving sixty (60) days\' written notice.', 'customer'],
    ['Either party wishing to terminate this Agreement shall give the other party ninety (90) days\' written notice.', 'either'],
    ['This Agreement can be terminated by either party on thirty (30) days\' notice in writing.', 'either'],
    ['The Customer may in its discretion and at its option terminate this Agreement at any time on ten (10) days\' notice.', 'customer'],
    ['After the first contract year, either party may terminate this Agreement upon four (4) months\' written notice.', 'either'],
    ['The Distributor shall have the right at any time prior to 30 June 2027 to terminate this Agreement by written notice.', 'customer'],
    ['So long as no payment default is continuing, either party may terminate this Agreement upon thirty (30) days\' written notice.', 'either'],
    ['This Agreement shall remain in force until either party notifies the other in writing, on sixty (60) days\' notice, that it terminates this Agreement.', 'either'],
    ['In the event that the Client wishes to terminate this Agreement early, the Client shall give the Provider three (3) months\' written notice.', 'customer'],
    ['Each Member will have the right to withdraw from the Joint Venture at any time on ninety (90) days\' notice.', 'either'],
    // The act in other words: "end this Agreement", "terminable", "elect to terminate".
    ['Either party may end this Agreement, without stating a reason, by giving the other four (4) months\' notice in writing.', 'either'],
    ['This Agreement is terminable by either party on forty (40) days\' written notice.', 'either'],
    ['The Distributor may elect to terminate this Agreement upon seventy-five (75) days\' written notice if the Distributor decides to stop carrying the Goods.', 'customer'],
    // A condition that is the holder's own business judgment, with an aside inside it.
    ['If the Licensee determines, in its reasonable commercial judgment, that selling the Device is no longer worthwhile, the Licensee may terminate this Agreement upon ninety (90) days\' written notice.', 'customer'],
    // The end of a calendar period or an anniversary is not the end of the term.
    ['The Broker may, at its sole option, terminate this Agreement effective at the end of any calendar quarter by written notice given at least forty (40) days beforehand.', 'named'],
    ['Either party may terminate this Agreement by giving the other at least nine (9) months\' written notice, which may not take effect before the third anniversary of the Effective Date.', 'either'],
  ];
  const IGNORED: readonly string[] = [
    'If the Licensor determines that the Licensee has failed to meet the sales targets, the Licensor may terminate this Agreement upon thirty (30) days\' notice.',
    'Either party may end this Agreement upon written notice if the other party commits a material breach.',
    'Neither party may terminate this Agreement for convenience.',
    'The Customer shall not be entitled to terminate this Agreement before the end of the Initial Term.',
    'This Agreement may be terminated at any time by the mutual written agreement of the parties.',
    'If the Supplier becomes insolvent, the Customer may terminate this Agreement on written notice.',
    'The Supplier may terminate this Agreement by written notice in any of the following events: (a) the Customer fails to pay; or (b) the Customer breaches Section 4.',
    'On the occurrence of any event that would permit the Vendor to terminate this Agreement, the Vendor may, in its discretion, suspend the Services on notice.',
    'The Agent may terminate this Agreement by notice at any time before Closing (i) if trading in the shares is suspended, or (ii) if the Company fails to deliver the shares.',
    'This Agreement continues for an initial term of one (1) year and indefinitely after that until terminated by either party giving six (6) months\' notice.',
  ];
  for (const [text, party] of FOUND) {
    it(`finds: ${text.slice(0, 70)}`, () => {
      const t = read(text);
      assert.ok(t, 'no right found');
      assert.equal(t.party, party);
    });
  }
  for (const text of IGNORED) it(`ignores: ${text.slice(0, 70)}`, () => assert.equal(read(text), null));
});
