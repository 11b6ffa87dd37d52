import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import type { RenewalTerms } from '../../../server/src/engine/keyTerms/types';

// Renewal phrasings written for these tests (not taken from any contract), each
// with the reading a lawyer would give it, and the traps that look like a
// renewal but are not one.

const renewalOf = (text: string): RenewalTerms | null => review(text, { format: 'plaintext' }).keyTerms.renewal;

describe('renewal key terms: options a party exercises', () => {
  it('reads "X may, by written notice …, extend the term" as an option with its length and exercise notice', () => {
    const r = renewalOf('The Buyer may, by written notice to the Supplier given at least sixty (60) days before the term ends, extend the term of this Agreement by up to one (1) year.');
    assert.ok(r);
    assert.equal(r.automatic, false);
    assert.equal(r.termMonths, 12);
    assert.equal(r.noticeDays, null);
    assert.equal(r.exerciseNoticeDays, 60);
  });

  it('reads a right to a successor franchise as a renewal option', () => {
    const r = renewalOf('When the initial term of this Agreement expires, the Franchisee shall have the right to obtain a successor franchise for one further term of ten (10) years.');
    assert.ok(r);
    assert.equal(r.automatic, false);
    assert.equal(r.termMonths, 120);
  });

  it('reads an option to continue the relationship for further terms', () => {
    const r = renewalOf('When this Agreement expires, the Dealer has the option to continue the dealership for two (2) more terms of five (5) years each.');
    assert.ok(r);
    assert.equal(r.automatic, false);
    assert.equal(r.termMonths, 60);
  });
});

describe('renewal key terms: automatic renewals drafted loosely', () => {
  it('does not take "unless otherwise mutually agreed" for a renewal both parties must agree', () => {
    const r = renewalOf('If no new contract is signed by then, this Agreement shall automatically stay in force for a renewal term of twelve (12) months (unless otherwise mutually agreed by the parties).');
    assert.ok(r);
    assert.equal(r.automatic, true);
    assert.equal(r.termMonths, 12);
  });

  it('reads a length with a stray space before its hyphen ("two (2) -year")', () => {
    const r = renewalOf('This Agreement will automatically renew for a further two (2) -year period unless either party objects in writing.');
    assert.ok(r);
    assert.equal(r.termMonths, 24);
  });

  it('reads a notice period whose unit the draft left out as days', () => {
    const r = renewalOf('This Agreement renews automatically for successive one-year terms. Either party may prevent a renewal by written notice of non-renewal given no less than 90 prior to the end of the then-current term.');
    assert.ok(r);
    assert.equal(r.termMonths, 12);
    assert.equal(r.noticeDays, 90);
  });

  it('does not turn a bare number that is no notice period into days', () => {
    const r = renewalOf('This Agreement renews automatically for successive one-year terms unless either party gives notice under Section 90 prior to the end of the then-current term.');
    assert.ok(r);
    assert.equal(r.noticeDays, null);
  });

  it('shows the operative renewal clause rather than the definition that restates it', () => {
    const definition = '"Term" shall mean an initial term of three years, automatically renewable thereafter for successive 2-year terms unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.';
    const clause = 'The Term shall automatically renew thereafter for successive 2-year terms unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.';
    const text = `1. DEFINITIONS\n\n${definition}\n\n2. TERM\n\n${clause}\n`;
    const r = renewalOf(text);
    assert.ok(r);
    assert.ok(r.span.start >= text.indexOf(clause), 'the span should start in the term clause');
    assert.equal(r.termMonths, 24);
    assert.equal(r.noticeDays, 60);
  });
});

describe('renewal key terms: notice periods phrased in other ways', () => {
  const grant = 'The Agreement renews automatically for further periods of one (1) year';
  const rows: ReadonlyArray<readonly [string, number]> = [
    [`${grant} unless a party gives notice that it will not renew within forty-five (45) days of the expiration of the current period.`, 45],
    [`${grant}, with a notice period of two (2) months.`, 61],
    [`${grant} unless a party sends notice of termination during the sixty (60) day period before the end of the current period.`, 60],
    [`${grant}. A party that does not wish to renew must say so in writing at least four (4) months before the current period ends.`, 122],
  ];
  for (const [text, days] of rows) {
    it(text.slice(grant.length, grant.length + 80), () => {
      const r = renewalOf(text);
      assert.ok(r);
      assert.equal(r.automatic, true);
      assert.equal(r.termMonths, 12);
      assert.equal(r.noticeDays, days);
    });
  }

  it('takes "unless a notice of non-renewal is given" as an automatic renewal even when its verb is blanked out', () => {
    const r = renewalOf('When the Initial Term ends, this Agreement [***] unless a notice of non-renewal is given by either party at least thirty (30) days before the end of the Initial Term.');
    assert.ok(r);
    assert.equal(r.automatic, true);
    assert.equal(r.noticeDays, 30);
  });
});

describe('renewal key terms: a notice far from the renewal', () => {
  const draft = (termination: string): string =>
    `2. TERM\n\nThis Agreement renews automatically for further one (1) year terms (each a "Renewal Term").\n\n3. PAYMENT\n\nThe Client pays each invoice within thirty days. Invoices are sent monthly. Interest runs on late sums. Prices exclude tax.\n\n4. ENDING THIS AGREEMENT\n\n${termination}\n`;
  const rows: ReadonlyArray<readonly [string, number]> = [
    ['A party may end this Agreement effective at the end of the Initial Term or any Renewal Term upon seventy-five (75) days prior written notice.', 75],
    ['A party may end this Agreement by written notice served at least forty (40) days prior to the expiration of the term.', 40],
    ['A party may prevent a renewal by written notice served at least fifty (50) days before the end of such term.', 50],
  ];
  for (const [termination, days] of rows) {
    it(termination.slice(0, 80), () => {
      const r = renewalOf(draft(termination));
      assert.ok(r);
      assert.equal(r.noticeDays, days);
    });
  }

  it('does not take a notice to terminate for convenience at any time for the renewal notice', () => {
    const r = renewalOf(draft('A party may end this Agreement for convenience at any time upon thirty (30) days written notice.'));
    assert.ok(r);
    assert.equal(r.noticeDays, null);
  });
});

describe('renewal key terms: traps', () => {
  const traps: readonly string[] = [
    // An obligation extended by a delay, not the agreement renewed.
    "The Supplier's time for performance shall be extended for a period equal to the time lost because of the event.",
    // "thereafter continue" about a program of work, not the agreement.
    'If the Distributor fails to start the repairs within ten (10) days and thereafter continue them diligently, the Company may end this Agreement.',
    // A status extended to new products.
    "The Reseller's preferred status will be extended on the same terms to each new product line the Company launches.",
    // Each year needs a vote of the board: nothing renews by itself.
    'After its first two years this Agreement shall continue from year to year only if such continuance is approved each year by the Board of Directors.',
    // The only length is the first term; the extension is left to a later agreement.
    'The Agreement starts on the Effective Date and, unless extended by mutual agreement of the parties, shall continue in effect for twenty-four (24) months following the Effective Date.',
  ];
  for (const trap of traps) {
    it(trap.slice(0, 80), () => {
      assert.equal(renewalOf(trap), null);
    });
  }
});
