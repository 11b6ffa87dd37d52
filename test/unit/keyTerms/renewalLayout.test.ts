import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import type { RenewalTerms } from '../../../server/src/engine/keyTerms/types';

// Renewal clauses written for these tests (not taken from any contract): sentences a
// PDF copy cut in two or padded with spaces, notices listed after a colon, a stated
// automatic renewal next to words about agreement, a refusal notice for a renewal one
// party may choose, "renewable" terms, and the traps around them.

interface Read {
  readonly renewal: RenewalTerms | null;
  readonly grantText: string | null;
  readonly noticeText: string | null;
}

function read(text: string): Read {
  const renewal = review(text, { format: 'plaintext' }).keyTerms.renewal;
  const slice = (s: { start: number; end: number } | null | undefined): string | null => (s ? text.slice(s.start, s.end) : null);
  return { renewal, grantText: slice(renewal?.span), noticeText: slice(renewal?.noticeSpan) };
}

describe('renewal key terms: a grant a page break cut in two', () => {
  const cut = [
    '4.1 This Agreement begins on the Start Date and runs for a first term of five years. Thereafter, this',
    '',
    '',
    '',
    '          Agreement shall continue month to month, until ended by either party upon the following written notice to the other: ninety (90) days for',
    '',
    '          customers on the standard plan and thirty (30) days for all other customers.',
  ].join('\n');

  it('reads the pieces as one sentence: automatic, month to month, the first listed notice', () => {
    const { renewal, grantText, noticeText } = read(cut);
    assert.ok(renewal);
    assert.equal(renewal.automatic, true);
    assert.equal(renewal.termMonths, 1);
    assert.equal(renewal.termBasis, 'month-to-month');
    assert.equal(renewal.noticeDays, 90);
    assert.equal(noticeText, 'ninety (90) days');
    assert.ok(grantText?.startsWith('Thereafter, this'));
  });

  it('does not join a piece that ends in a full word', () => {
    const text = 'Fees are due each quarter. The Vendor may not raise prices\n\n\nThis Agreement shall renew automatically for successive one-year terms.';
    const { renewal, grantText } = read(text);
    assert.ok(renewal);
    assert.ok(grantText?.startsWith('This Agreement shall renew'), grantText ?? '');
  });

  it('does not join pieces with words between them', () => {
    const text = 'The Services are provided by the\n\nPage 4\n\nThis Agreement shall renew automatically for successive one-year terms.';
    const { grantText } = read(text);
    assert.ok(grantText?.startsWith('This Agreement shall renew'), grantText ?? '');
  });
});

describe('renewal key terms: layout spaces and listed notices', () => {
  it('reads a notice cue that runs of spaces pushed far from its number', () => {
    const text = `The term renews automatically for successive one-year periods unless a party serves a notice of${' '.repeat(70)}ninety (90) days on the other party.`;
    const { renewal } = read(text);
    assert.equal(renewal?.noticeDays, 90);
  });

  it('a colon that introduces something other than notice is no notice period', () => {
    const text = 'This Agreement renews automatically for successive terms of the following length: twelve (12) months.';
    const { renewal } = read(text);
    assert.ok(renewal);
    assert.equal(renewal.noticeDays, null);
    assert.equal(renewal.termMonths, 12);
  });
});

describe('renewal key terms: a stated automatic renewal beside words about agreement', () => {
  it('"shall automatically renew … unless … notice" is automatic despite a parenthetical about mutual extension', () => {
    const text =
      'The engagement starts on the Start Date and lasts until the third anniversary of that date (that period, as it may be lengthened by mutual written agreement of the parties or automatically, the "Service Period"), and shall automatically renew for successive one-year periods, unless the Client gives 60 days\' notice of termination before any such renewal period.';
    const { renewal, noticeText } = read(text);
    assert.ok(renewal);
    assert.equal(renewal.automatic, true);
    assert.equal(renewal.byAgreement, false);
    assert.equal(renewal.termMonths, 12);
    assert.equal(renewal.noticeDays, 60);
    assert.equal(noticeText, '60 days');
  });

  it('a mutual renewal without a stop notice stays one both parties must agree to', () => {
    const text = 'This Agreement may be renewed for successive one-year terms by mutual written agreement of the parties, which shall not renew automatically.';
    const { renewal } = read(text);
    assert.ok(renewal);
    assert.equal(renewal.automatic, false);
    assert.equal(renewal.byAgreement, true);
  });
});

describe('renewal key terms: the notice that refuses a renewal one party may choose', () => {
  const grant = 'Upon expiry of the initial term, the Franchisee shall have the right to obtain a successor franchise for one further term of ten (10) years by giving the Franchisor nine (9) months\' notice before the end of the term.';

  it('reads the other side\'s notice of non-renewal as the notice that stops the renewal', () => {
    const text = `${grant}\n\nThe Franchisee must also sign the then-current form of agreement.\n\nThe Franchisor may, for good cause, elect not to renew. The Franchisor shall notify the Franchisee of its non-renewal not less than four (4) months prior to the expiration of the term.`;
    const { renewal, noticeText } = read(text);
    assert.ok(renewal);
    assert.equal(renewal.automatic, false);
    assert.equal(renewal.exerciseNoticeDays, 274);
    assert.equal(noticeText, 'four (4) months');
    assert.ok(renewal.noticeDays !== null && renewal.noticeDays >= 120 && renewal.noticeDays <= 123);
  });

  it('prefers the sentence that imposes the notice over a condition restating it', () => {
    const text = `${grant}\n\n(c) the Franchisor has not given notice of its election not to renew five (5) months before the end of the term.\n\nThe Franchisor shall notify the Franchisee of the non-renewal no later than four (4) months prior to the expiration of the term.`;
    const { noticeText } = read(text);
    assert.equal(noticeText, 'four (4) months');
  });

  it('a notice of deficiencies that could lead to a refusal is not a notice of non-renewal', () => {
    const text = `${grant}\n\nAt least one (1) year before the expiration of the term, the Franchisor will give the Franchisee written notice of any deficiencies that could cause the Franchisor not to renew.`;
    const { renewal } = read(text);
    assert.ok(renewal);
    assert.equal(renewal.noticeDays, null);
    assert.equal(renewal.noticeSpan, null);
  });

  it('an insurer\'s notice of non-renewal of a policy is not about the agreement', () => {
    const text = `${grant}\n\nThe Franchisee's insurance policy shall require the insurer to give notice of non-renewal thirty (30) days prior to the expiration of the policy.`;
    const { renewal } = read(text);
    assert.equal(renewal?.noticeDays, null);
  });
});

describe('renewal key terms: renewable terms and renewals of other things', () => {
  it('"shall be renewable … for one-year terms" is a renewal someone must choose, with its length', () => {
    const text = 'If the Reseller meets its targets, this Agreement shall be renewable on a yearly basis for one (1) year terms on the same conditions.';
    const { renewal } = read(text);
    assert.ok(renewal);
    assert.equal(renewal.automatic, false);
    assert.equal(renewal.termMonths, 12);
  });

  it('renewable notes or energy are no renewal of the agreement', () => {
    assert.equal(read('The Company issues renewable unsecured notes for a term of two (2) years under the Note Program.').renewal, null);
    assert.equal(read('The Supplier sells renewable energy certificates to the Buyer for the term of this Agreement.').renewal, null);
  });

  it('renewing "a licence" from someone else is not renewing this agreement', () => {
    const text = 'If the Reseller renews or extends a licence for third-party software, the Reseller may obtain rights for the renewal period for the benefit of the Customer.';
    assert.equal(read(text).renewal, null);
  });
});

describe('renewal key terms: the period the term is named after', () => {
  it('an evergreen continuation is not as long as the first period its parenthetical names "the Term"', () => {
    const text = 'This Agreement starts on the Start Date and remains in force until the end of the tenth (10th) Contract Year, and shall continue thereafter until terminated by either party on sixty (60) days\' prior written notice (such ten (10) Contract Year period, as it may be extended, is referred to as the "Term").';
    const { renewal } = read(text);
    assert.ok(renewal);
    assert.equal(renewal.termBasis, 'evergreen');
    assert.equal(renewal.termMonths, null);
    assert.equal(renewal.noticeDays, 60);
  });

  it('a renewal period named "Renewal Term" keeps its length', () => {
    const text = 'This Agreement shall renew automatically for successive two (2) year periods, each such period being referred to as the "Renewal Term".';
    assert.equal(read(text).renewal?.termMonths, 24);
  });
});
