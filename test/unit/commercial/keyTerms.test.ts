import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import type { CommercialKeyTerms } from '../../../server/src/engine/keyTerms/commercial/types';

// keyTerms.commercial read from made-up sentences: each term found, refused, and bounded by conditions.

function read(...sentences: string[]): CommercialKeyTerms {
  const commercial = review(sentences.join('\n\n'), { format: 'plaintext' }).keyTerms.commercial;
  assert.ok(commercial);
  return commercial;
}

describe('key terms: commercial, minimum commitment', () => {
  it('reads a monthly spend owed whatever is used', () => {
    const m = read('Customer commits to a minimum monthly spend of USD 30,000, payable regardless of actual usage.').minimumCommitment;
    assert.equal(m?.kind, 'spend');
    assert.equal(m?.amount, 30_000);
    assert.equal(m?.currency, 'USD');
    assert.equal(m?.period, 'month');
    assert.equal(m?.regardlessOfUsage, true);
    assert.equal(m?.reducible, false);
  });

  it('reads seats and a yearly period', () => {
    const m = read('Customer shall purchase a minimum of two hundred (200) agent seats in each contract year.').minimumCommitment;
    assert.equal(m?.kind, 'seats');
    assert.equal(m?.period, 'year');
  });

  it('reads a commitment to a minimum of named seats', () => {
    assert.equal(read('Customer commits to a minimum of one hundred twenty (120) named agent seats for the Term.').minimumCommitment?.kind, 'seats');
  });

  it('a permission to lower the commitment makes it reducible', () => {
    const m = read('Customer commits to a minimum annual spend of USD 100,000.', 'Customer may lower the committed spend by up to fifteen percent at each anniversary.').minimumCommitment;
    assert.equal(m?.reducible, true);
  });

  it('unused amounts that roll over make it reducible', () => {
    assert.equal(read('Customer commits to a minimum of 50,000 minutes per month.', 'Unused committed minutes shall roll over into the following month.').minimumCommitment?.reducible, true);
  });

  it('a refused reduction is no way down', () => {
    assert.equal(read('Customer commits to a minimum annual spend of USD 100,000.', 'Customer may not reduce the committed spend during the Term.').minimumCommitment?.reducible, false);
  });

  it('a commitment the sentence refuses commits nothing', () => {
    assert.equal(read('On the usage plan, Customer will not be committed to purchase any minimum volume, and pays only for what it uses.').minimumCommitment, null);
  });

  it('a minimum still owed after any termination survives it', () => {
    const m = read('Customer commits to a minimum monthly spend of USD 20,000.', 'On any termination of this Agreement, Customer shall pay the minimum monthly spend for the remainder of the Term.').minimumCommitment;
    assert.equal(m?.survivesTermination, true);
  });

  it('a minimum excused when Customer leaves for the vendor\'s breach does not survive', () => {
    const m = read('Customer commits to a minimum monthly spend of USD 20,000.', 'On termination, Customer shall pay the minimum monthly spend for the remainder of the Term, except where Customer terminates for Provider\'s material breach.').minimumCommitment;
    assert.equal(m?.survivesTermination, false);
  });
});

describe('key terms: commercial, usage pricing', () => {
  it('overage at list prices', () => {
    assert.equal(read('Overage above the committed volume is billed at Provider\'s then-current list prices.').trueUp?.priced, 'list');
  });
  it('overage at the order form rates', () => {
    assert.equal(read('Overage above the committed volume is billed at the same unit price as the committed volume.').trueUp?.priced, 'fixed');
  });
  it('overage with no price', () => {
    assert.equal(read('Provider will invoice any overage above the committed volume quarterly.').trueUp?.priced, 'unstated');
  });
  it('a refused overage charge prices nothing', () => {
    assert.equal(read('Customer shall not be charged for any overage during the first ninety days.').trueUp, null);
  });

  it('per-minute and per-message charges without a cap', () => {
    const c = read('Outbound calls are billed per minute and text messages per message at the rates in Schedule 2.').consumption;
    assert.deepEqual(c?.units, ['minutes', 'messages']);
    assert.equal(c?.capped, false);
  });
  it('usage charges that shall not exceed an amount are capped', () => {
    const c = read('Virtual agent sessions are charged per session at USD 0.40.', 'Usage charges in any month shall not exceed USD 8,000.').consumption;
    assert.equal(c?.capped, true);
  });
  it('calling credits are prepaid usage', () => {
    assert.deepEqual(read('Calling credits are sold in blocks of USD 1,000 and charged as calls are made.').consumption?.units, ['calling credits']);
  });

  it('concurrent agents counted at any one time, billed on the peak', () => {
    const s = read('"Agent" means a concurrent user logged in to the Service at any one time.', 'Agent fees are billed on the peak number of Agents in each month.').seatModel;
    assert.equal(s?.model, 'concurrent');
    assert.equal(s?.counting, 'peak');
  });
  it('named users', () => {
    assert.equal(read('Fees are charged per named user per month.').seatModel?.model, 'named');
  });
  it('priced per seat with no model', () => {
    assert.equal(read('Customer shall pay USD 95 per seat per month.').seatModel?.model, 'unstated');
  });

  it('lists add-ons priced outside the fees, once each', () => {
    const names = read('Workforce management and speech analytics are available for an additional fee.', 'AI virtual agents are priced separately.').addOns.map((a) => a.name);
    assert.deepEqual(names, ['workforce management', 'analytics', 'speech and text analytics', 'AI']);
  });
  it('a module Customer is not charged for is no add-on', () => {
    assert.deepEqual(read('Customer shall not be charged any additional fee for the analytics dashboards.').addOns, []);
  });
});

describe('key terms: commercial, leaving', () => {
  it('reads an early-termination charge and its formula', () => {
    const e = read('If Customer ends this Agreement early, Customer shall pay an early termination fee equal to the largest monthly invoice times the number of months remaining in the Term.').earlyTermination;
    assert.equal(e?.monthsRemaining, true);
    assert.equal(e?.formula, 'the largest monthly invoice times the number of months remaining in the term');
  });
  it('a refused early-termination charge is none', () => {
    assert.equal(read('Provider shall not charge any early termination fee.').earlyTermination, null);
  });
  it('a refund the vendor owes for the rest of the term is no charge', () => {
    assert.equal(read('On termination for Provider\'s breach, Provider shall refund the prepaid fees for the remainder of the Term.').earlyTermination, null);
  });
  it('fees accelerated for the customer\'s own breach are no price of leaving', () => {
    assert.equal(read('If Provider terminates for Customer\'s material breach, Customer shall pay the fees for the remainder of the Term.').earlyTermination, null);
  });

  it('non-cancellable fees in one word', () => {
    assert.equal(read('All payment obligations under an Order Form are non-cancellable.').feesCancellable?.cancellable, false);
  });
  it('fees the layer reads as refused cancellation', () => {
    assert.equal(read('Subscription fees are not cancellable once the order is signed.').feesCancellable?.cancellable, false);
  });
  it('a right to cancel an order', () => {
    assert.equal(read('Customer may cancel any order form on thirty days notice.').feesCancellable?.cancellable, true);
  });
});

describe('key terms: commercial, liability cap', () => {
  it('reads months of fees and the carve-outs', () => {
    const l = read(
      'Each party\'s aggregate liability shall not exceed the fees paid in the six (6) months before the claim.',
      'The foregoing limit shall not apply to a party\'s indemnities or to Customer\'s payment obligations.',
    ).liabilityCap;
    assert.equal(l?.feesMonths, 6);
    assert.deepEqual(l?.carveOuts, ['indemnities', 'payment obligations']);
    assert.equal(l?.dataBreach, null);
  });
  it('an exception for confidentiality takes data out of the cap', () => {
    const l = read('Except for breaches of confidentiality, neither party\'s total liability shall exceed the fees paid in the twelve (12) months before the claim.').liabilityCap;
    assert.deepEqual(l?.carveOuts, ['confidentiality']);
    assert.equal(l?.dataBreach?.uncapped, true);
  });
  it('a section named by number is read with its title', () => {
    const l = read(
      '7. Privacy and Data Protection',
      '7.1 Provider shall process personal data only on Customer\'s instructions.',
      '8. Liability',
      '8.1 Each party\'s total liability shall not exceed the fees paid in the twelve (12) months before the claim.',
      '8.2 The limit in Section 8.1 shall not apply to a breach of Section 7.',
    ).liabilityCap;
    assert.ok(l?.carveOuts.includes('data protection'));
  });
  it('a separate, higher cap for data breaches', () => {
    const l = read(
      'Each party\'s total liability shall not exceed the fees paid in the twelve (12) months before the claim.',
      'Each party\'s total liability for breach of its data protection obligations shall not exceed three (3) times the fees paid in the twelve (12) months before the claim.',
    ).liabilityCap;
    assert.equal(l?.dataBreach?.uncapped, false);
    assert.equal(l?.dataBreach?.multiple, 3);
  });
  it('a cap on free products only is not the general cap', () => {
    assert.equal(read('Provider\'s total liability for any free trial shall not exceed USD 100.').liabilityCap, null);
  });
});

describe('key terms: exit, telephone numbers', () => {
  const porting = (...sentences: string[]) => review(sentences.join('\n\n'), { format: 'plaintext' }).keyTerms.exit?.numberPorting ?? null;
  it('numbers that remain the vendor\'s property are not portable', () => {
    assert.equal(porting('Provider shall assign DID numbers to Customer.', 'The telephone numbers remain the property of Provider.')?.portable, 'no');
  });
  it('a refused port is read from the clause layer', () => {
    assert.equal(porting('Provider will not port the hotline numbers to any other carrier.')?.portable, 'no');
  });
  it('a duty to port is a right for the customer', () => {
    assert.equal(porting('Provider shall assign toll-free numbers to Customer.', 'At the end of the Term, Provider shall port the numbers to the carrier Customer names.')?.portable, 'yes');
  });
  it('numbers provided with nothing said about porting', () => {
    assert.equal(porting('Provider shall assign toll-free numbers to Customer for the contact centre.')?.portable, 'unstated');
  });
  it('a person\'s telephone number in a notice clause is no service number', () => {
    assert.equal(porting('Notices shall give the sender\'s name, telephone number and postal address.'), null);
  });
});

describe('checklist: the life-of-contract figures', () => {
  const item = (...sentences: string[]) => review(sentences.join('\n\n'), { format: 'plaintext' }).checklist.find((i) => i.id === 'life-of-contract-cost');
  it('works out the minimum over the initial term and the cost of leaving at month 12', () => {
    const found = item(
      'The initial term of this Agreement is thirty-six (36) months from the Effective Date.',
      'Customer commits to a minimum monthly spend of USD 10,000.',
      'If Customer ends this Agreement early, Customer shall pay an early termination fee equal to the monthly minimum times the number of months remaining in the Term.',
    );
    assert.equal(found?.state, 'found', 'information: the playbook takes no position on the total');
    assert.equal(found?.detail, 'Minimum spend over the 36-month initial term: USD 360,000; leaving at month 12 still costs about USD 240,000 (the minimum for the 24 months left)');
  });
  it('says nothing it cannot work out', () => {
    assert.equal(item('Customer commits to a minimum monthly spend of USD 10,000.')?.state, 'not-found');
  });
});
