import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';

const read = (text: string) => review(text, { format: 'plaintext' }).keyTerms.terminationForConvenience ?? null;
const reported = (text: string): string[] => (read(text)?.sentences ?? []).map((s) => text.slice(s.start, s.end));

// Made-up termination lists: a lead-in that names causes can still end with an
// item that is a bare right on notice, and the list ends where its lead-in's
// sibling clause or the next heading begins.

describe('key terms: termination for convenience, lists of causes', () => {
  it('finds a free last item after a lead-in ending "if:"', () => {
    const text = [
      '(c) The Licensor shall have the right (but not the obligation) to terminate this Agreement if:',
      '(i) the Licensee is in material breach and does not cure the breach within thirty (30) days;',
      '(ii) the Licensee becomes insolvent; or',
      '(iii) upon the Licensor giving the Licensee at least ninety (90) days\' advance written notice of termination.',
      '(d) The Licensee may assign this Agreement with consent.',
    ].join('\n\n');
    const found = reported(text);
    assert.equal(found.length, 2);
    assert.match(found[1], /^\(iii\) upon the Licensor giving/);
  });

  it('reads a list across a page number', () => {
    const text = [
      'Vendor shall have the right to terminate this Agreement if:',
      '(a) Customer fails to pay any invoice when due;',
      '- 4 -',
      '(b) upon Vendor giving Customer sixty (60) days\' written notice of termination.',
    ].join('\n\n');
    assert.ok(read(text));
  });

  it('finds a free item after a lead-in ending "for:"', () => {
    const text = [
      'Upon the occurrence of any of the following, the Supplier may terminate this Agreement by giving the Distributor written notice of termination for:',
      '(a) any failure of the Distributor to meet its obligations under Section 4;',
      '(b) the insolvency of the Distributor; or',
      '(c) the Supplier giving the Distributor sixty (60) days\' advance written notice of termination at any time after the first Contract Year.',
    ].join('\n\n');
    assert.ok(read(text));
  });

  it('stops at the lead-in\'s next sibling clause', () => {
    const text = [
      '(b) Either party may terminate this Agreement immediately if:',
      '(i) the other party becomes insolvent; or',
      '(ii) the other party breaches Section 7.',
      '(c) Either party may give notice to the other party of any change of its address.',
    ].join('\n\n');
    assert.equal(read(text), null);
  });

  it('stops at the next heading', () => {
    const text = [
      'Either party may terminate this Agreement immediately upon written notice if any one of the following events occurs:',
      '(a) the other party becomes insolvent; or',
      '(b) the other party ceases to carry on business.',
      '9.5 CONSEQUENCES OF TERMINATION.',
      '9.6 Each party shall return the materials of the other within ten (10) days after notice of termination.',
    ].join('\n\n');
    assert.equal(read(text), null);
  });

  it('does not read "termination of this Agreement for any reason" as a free right', () => {
    const text = [
      'Either party may terminate this Agreement immediately upon written notice if any one of the following events occurs:',
      '(a) the other party becomes insolvent; or',
      '(b) the other party ceases to carry on business.',
      'Upon expiration or termination of this Agreement for any reason: (a) all licences end, and (b) each party shall return the other party\'s materials.',
    ].join('\n\n');
    assert.equal(read(text), null);
  });

  it('still reads notice of "termination for any or no reason" as free', () => {
    // "immediately" alone would make it one for cause; only the free reason saves it.
    assert.ok(read('Either party may terminate this Agreement immediately by written notice of termination for any or no reason.'));
  });
});

describe('key terms: termination for convenience, rights with an aside', () => {
  const FOUND: readonly string[] = [
    'The Distributor shall have the right (but not the obligation) to terminate this Agreement upon sixty (60) days\' written notice to the Company.',
    'The Sponsor shall have the right at any time before 30 June 2025 to terminate this Agreement by giving written notice of termination to the Team.',
  ];
  for (const text of FOUND) it(`finds: ${text.slice(0, 70)}`, () => assert.ok(read(text)));
});

describe('key terms: termination for convenience, own wish and later alternatives', () => {
  const FOUND: readonly string[] = [
    // The only condition is the party's own wish.
    'In the event that the Sponsor desires to terminate this Agreement before the End Date, it shall give the Team at least sixty (60) days\' prior written notice of its intention to terminate.',
    // The first alternative is for cause, the second a bare right on notice.
    'This Agreement may be terminated by the Licensor at any time if the Licensee challenges the Marks; by either party upon ninety (90) days\' written notice to the other party; or by the Licensee if the Licensor breaches Section 3.',
  ];
  const IGNORED: readonly string[] = [
    'If the Customer fails to pay, the Supplier may terminate this Agreement upon ten (10) days\' written notice.',
    'This Agreement may be terminated by the Licensor at any time if the Licensee challenges the Marks; by either party upon thirty (30) days\' written notice if the other party breaches this Agreement.',
    'This Agreement shall not be terminable by the Licensor for any reason before the termination of the Supply Agreement.',
  ];
  for (const text of FOUND) it(`finds: ${text.slice(0, 70)}`, () => assert.ok(read(text)));
  for (const text of IGNORED) it(`ignores: ${text.slice(0, 70)}`, () => assert.equal(read(text), null));
});

describe('key terms: termination for convenience, conditions that are not causes', () => {
  const FOUND: readonly string[] = [
    'So long as no default exists and is continuing under this Agreement, either party may terminate this Agreement at any time upon thirty (30) days\' written notice to the other party.',
    'This Agreement may be terminated by either Party with a notification period of three (3) months.',
  ];
  const IGNORED: readonly string[] = [
    'Whenever applicable law permits the Carrier to terminate this Agreement for a single site, the Carrier may, at its option, terminate this Agreement in part.',
    'This Agreement runs for an initial term of two (2) years and continues thereafter until terminated by either party giving six (6) months\' prior written notice.',
    'The Buyer may terminate this Agreement by notice if for any reason other than force majeure the Seller fails to deliver on time.',
  ];
  for (const text of FOUND) it(`finds: ${text.slice(0, 70)}`, () => assert.ok(read(text)));
  for (const text of IGNORED) it(`ignores: ${text.slice(0, 70)}`, () => assert.equal(read(text), null));
});
