import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import type { RenewalTerms } from '../../../server/src/engine/keyTerms/types';

// Non-renewal notices written for these tests (not taken from any contract):
// lengths that were redacted or left blank, continuations a party may end,
// copy typos, and the traps around them.

interface Read {
  readonly renewal: RenewalTerms | null;
  readonly noticeText: string | null;
}

function read(text: string): Read {
  const renewal = review(text, { format: 'plaintext' }).keyTerms.renewal;
  const span = renewal?.noticeSpan;
  return { renewal, noticeText: span ? text.slice(span.start, span.end) : null };
}

describe('renewal key terms: a notice whose length is blank', () => {
  const rows: readonly (readonly [string, string])[] = [
    ['This Agreement shall renew automatically for successive one-year periods unless a party gives notice of non-renewal [***] before the end of the then-current term.', '[***]'],
    ['The Term renews automatically for further twelve (12) month periods unless either party notifies the other no later than [* * *] days prior to the expiration of the Term.', '[* * *] days'],
    ['This Agreement will renew automatically for successive two (2) year terms unless either party gives written notice at least [***] ([***]) days before the end of the current term.', '[***] ([***]) days'],
    ["This Agreement renews automatically for successive one (1) year periods unless either party gives ______ days' prior written notice of non-renewal.", '______ days'],
    ['Upon expiry of the Initial Term this Agreement [*****] unless a notice of non-renewal is given by either party [*****] prior to the expiry of the then-current term.', '[*****]'],
  ];
  for (const [text, blank] of rows) {
    it(text.slice(0, 90), () => {
      const { renewal, noticeText } = read(text);
      assert.ok(renewal);
      assert.equal(renewal.automatic, true);
      assert.equal(renewal.noticeDays, null);
      assert.equal(noticeText, blank);
    });
  }

  it('finds a blank notice in a termination clause far from the grant', () => {
    const text = [
      '2. TERM. This Agreement shall renew automatically for successive one (1) year renewal terms after the Initial Term.',
      '3. PRICES. The prices in Schedule A apply for the whole Term.',
      '4. INSURANCE. Each party keeps the insurance required by law.',
      '5. RECORDS. Each party keeps complete books of account.',
      '18. TERMINATION. The Customer may terminate by written notice delivered at least [* * *] prior to the expiration date of the Initial Term.',
    ].join('\n\n');
    const { renewal, noticeText } = read(text);
    assert.ok(renewal);
    assert.equal(renewal.noticeDays, null);
    assert.equal(noticeText, '[* * *]');
  });

  it('prefers a stated length to a blank', () => {
    const { renewal } = read('This Agreement renews automatically for successive one-year terms unless either party gives notice of non-renewal at least sixty (60) days prior to the end of the term; the fee for [***] prior notice is waived.');
    assert.equal(renewal?.noticeDays, 60);
  });

  it('leaves the notice unset when the blank is the renewal length, not a notice', () => {
    const { renewal } = read('This Agreement shall renew automatically for successive periods of [***] years unless either party gives notice of non-renewal.');
    assert.ok(renewal);
    assert.equal(renewal.noticeSpan, null);
  });

  it('does not take a blank notice in a neighbour about prices for the non-renewal notice', () => {
    const { renewal } = read('This Agreement renews automatically for successive one-year terms. The Supplier may change its prices on [***] prior written notice before any renewal.');
    assert.ok(renewal);
    assert.equal(renewal.noticeSpan, null);
  });

  it('does not take the blank deadline of an option for a stop notice', () => {
    const { renewal } = read('The Customer has the option to renew this Agreement for one (1) additional year by written notice given [***] prior to the end of the Initial Term.');
    assert.ok(renewal);
    assert.equal(renewal.automatic, false);
    assert.equal(renewal.noticeSpan, null);
    assert.equal(renewal.exerciseNoticeDays, null);
  });
});

describe('renewal key terms: continuations a party may stop', () => {
  it('reads "may be renewed … unless a party gives notice of non-renewal" as automatic', () => {
    const { renewal } = read('This Agreement may be renewed for additional periods of one (1) year unless either party gives notice of non-renewal at least sixty (60) days before the end of the current term.');
    assert.ok(renewal);
    assert.equal(renewal.automatic, true);
    assert.equal(renewal.noticeDays, 60);
  });

  it('passes over a termination at any time during the initial term and a page number to the notice that ends the extension', () => {
    const text = [
      '16.1 The initial term of this Agreement runs for three (3) years from the Effective Date, with an automatic renewal for an indefinite period thereafter (the "Extended Term").',
      '16.2 The Buyer may terminate this Agreement at any time during the Initial Term or the Extended Term upon forty-five (45) days written notice.',
      '12',
      '16.3 The Seller may terminate this Agreement only during the Extended Term, upon written notice of not less than three (3) months.',
    ].join('\n\n');
    const { renewal, noticeText } = read(text);
    assert.ok(renewal);
    assert.equal(renewal.automatic, true);
    assert.equal(noticeText, 'three (3) months');
  });

  it('reads the notice that ends an evergreen continuation at any time', () => {
    const text = 'The initial term is one (1) year from the Effective Date, and this Agreement shall thereafter continue until terminated. Either party may terminate it after the initial term at any time upon thirty (30) days written notice.';
    const { renewal } = read(text);
    assert.ok(renewal);
    assert.equal(renewal.noticeDays, 30);
  });

  it('reads a notice period with a stray space after its hyphen ("30- days")', () => {
    const { renewal } = read('This Agreement renews automatically for successive one-year terms unless either party gives notice of non-renewal at least 30- days before the end of the then-current term.');
    assert.equal(renewal?.noticeDays, 30);
  });
});

describe('renewal key terms: a blank notice length downstream', () => {
  const text = 'This Agreement shall renew automatically for successive one-year periods unless a party gives notice of non-renewal [***] before the end of the then-current term.';

  it('the checklist shows the clause and says its length is blank, naming no number', () => {
    const result = review(text, { format: 'plaintext' });
    const item = result.checklist.find((i) => i.id === 'renewal-notice');
    assert.ok(item);
    assert.ok(item.span);
    assert.equal(text.slice(item.span.start, item.span.end), '[***]');
    assert.match(item.detail, /length blank/);
    assert.doesNotMatch(item.detail, /\d/);
    assert.equal(item.state, 'weak', 'a notice of unknown length cannot be met');
  });

  it('no notice rule fires and no deadline is computed', () => {
    const result = review(`The Effective Date is March 1, 2026. The initial term is three (3) years. ${text}`, { format: 'plaintext' });
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'renewal/long-notice-period' || f.ruleId === 'renewal/narrow-notice-window'), []);
    assert.equal(result.keyTerms.nonRenewalNoticeDeadline, null);
  });
});
