import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

const read = (text: string) => review(text, { format: 'plaintext' }).keyTerms.terminationForConvenience ?? null;

// From CUAD's "Termination For Convenience" spans: [text, party, notice days].
const RIGHTS: ReadonlyArray<readonly [string, string, number | null]> = [
  ['Either party may terminate this Agreement, without cause, upon ninety (90) days prior written notice to the other party.', 'either', 90],
  ['This Contract may also be terminated by either party upon seventy-five (75) days written notice.', 'either', 75],
  ['Brenmoor may terminate this Agreement at any time upon sixty (60) days\' written notice to Supplier.', 'named', 60],
  ['Customer may terminate this Agreement for convenience upon thirty (30) days\' written notice to Provider.', 'customer', 30],
  ['COMPANY may, in its unfettered discretion, terminate this Agreement at any time after first giving CONTENT PROVIDER ten (10) days advance notice thereof.', 'named', 10],
  ['This Agreement shall continue in effect until either Party informs the other Party with thirty (30) day prior written notice of termination of this Agreement.', 'either', 30],
  ['Either party may terminate this Agreement prior to expiration of the Term: (i) upon thirty (30) days prior written notice, or (ii) immediately upon written notice to the other party if the other party files for bankruptcy.', 'either', 30],
  ['HALDEN may, at any time after the second anniversary of the Effective Date, terminate this Agreement with or without cause upon not less than one hundred and twenty (120) days prior written notice to VESTRA.', 'named', 120],
  ['Orrin may terminate all or any part of this agreement for convenience at any time by giving the Contractor at least 3 months prior written notice.', 'named', 91],
];
const NOT_RIGHTS: readonly string[] = [
  'Either party may terminate this Agreement upon thirty (30) days written notice if the other party materially breaches this Agreement and fails to cure such breach.',
  'This Contract may be terminated by either party with cause upon twenty (20) days written notice.',
  'This Agreement may not be terminated by either Party at any time for its own convenience.',
  'Either party may give notice of non-renewal at least sixty (60) days prior to the end of the then-current term.',
  'Customer shall also have the right to cancel orders for any quantities of Product affected by any Triggering Event effective upon notice to Manufacturer.',
  'If the parties cannot agree on a Work Order within 3 months after the Effective Date, either party may, in its sole discretion, terminate this Agreement by written notice.',
  'Meridian may, at its sole and absolute discretion, provide call termination through one or more termination carriers.',
  'Company will make reasonable efforts to procure a policy, which is non-cancelable, except upon thirty (30) days advance notice to the Distributor.',
];

describe('key terms: termination for convenience', () => {
  for (const [text, party, days] of RIGHTS) {
    it(`finds: ${text.slice(0, 70)}`, () => {
      const t = read(text);
      assert.ok(t);
      assert.equal(t.party, party);
      assert.equal(t.noticeDays, days);
    });
  }
  for (const text of NOT_RIGHTS) it(`ignores: ${text.slice(0, 70)}`, () => assert.equal(read(text), null));
});

// Made-up sentences for the phrasings added from how termination clauses are drafted.

describe('key terms: termination for convenience, drafting variants', () => {
  const FOUND: readonly string[] = [
    'The Reseller shall be entitled, at its sole discretion, to terminate this Agreement upon sixty (60) days\' prior written notice.',
    'After the first year this Agreement continues month to month until terminated by either party upon thirty (30) days\' written notice.',
    'This Agreement may be terminated by the Licensor at any time, in its sole discretion, before the Closing; provided, however, that it ends automatically upon the termination of the Purchase Agreement.',
    'Acme may terminate this Agreement, [***] upon [***] to Beta.',
    'Publisher retains the right at all times during the Term to stop distributing the Service and to terminate this Agreement on at least sixty (60) days\' prior notice without any liability to Affiliate, other than fees accrued pursuant to Section 5.',
    'Following expiry of the initial period, either party may terminate this Agreement by giving not less than three months\' notice in writing.',
    'Buyer shall have the right to terminate this Agreement at any time on thirty (30) days\' written notice, in which case Buyer shall pay:',
    'This Agreement may be terminated at will by either party upon sixty (60) days written notice.',
  ];
  const IGNORED: readonly string[] = [
    'Either party may terminate this Agreement by notice if the other ceases for any reason to carry on business.',
    'Supplier reserves the right to suspend or terminate the Services ten (10) days after written notice of any invoice that is past due.',
    'Investor may terminate this Agreement on thirty (30) days\' written notice; provided that Investor agrees not to terminate this Agreement unless the capital of the Company falls below the agreed level.',
    'Either party may terminate this Agreement at the expiration of the Initial Term by giving ninety (90) days notice.',
    'Unless either party gives notice of non-renewal before the end of the Initial Term, this Agreement continues from year to year until terminated by either party by written notice.',
    'Provider may terminate this Agreement upon notice to Customer where required by law.',
    'The Company may end the engagement of the Consultant upon written notice following the death or disability of the Consultant.',
  ];
  for (const text of FOUND) it(`finds: ${text.slice(0, 70)}`, () => assert.ok(read(text)));
  for (const text of IGNORED) it(`ignores: ${text.slice(0, 70)}`, () => assert.equal(read(text), null));

  it('reads a list by its items: the lead-in and the free item are both reported', () => {
    const text = 'This Agreement may be terminated as follows:\n(a) by the Customer for any reason on sixty (60) days\' written notice to the Supplier;\n(b) by either party if the other party commits a material breach.\n';
    const t = read(text);
    assert.ok(t);
    assert.equal(t.sentences.length, 2);
    assert.match(text.slice(t.sentences[0].start, t.sentences[0].end), /as follows/);
    assert.match(text.slice(t.sentences[1].start, t.sentences[1].end), /for any reason/);
  });

  it('ignores a lead-in whose items are all causes, even though the lead-in names a notice', () => {
    const text = 'The Agent may terminate this Agreement by giving notice at any time before the Closing as follows:\n(a) if trading on any national exchange is suspended;\n(b) if the Company fails to deliver the Shares.\n';
    assert.equal(read(text), null);
  });
});
