import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import { playbookSchema } from '../../../server/src/engine/playbook/schema';
import type { ChecklistItem } from '../../../server/src/engine/checklist';

// What each checklist state means: "met" is judged against the playbook, never
// "found"; information items say found / not found; every item states its test.
// Each case is a made-up sentence in a made-up agreement.

const draft = (...clauses: string[]) => `# Master Services Agreement\n\n## 1. Terms\n\n${clauses.map((c, i) => `1.${i + 1} ${c}`).join('\n\n')}\n`;
const item = (text: string, id: string, options: Parameters<typeof review>[1] = {}): ChecklistItem => {
  const found = review(text, options).checklist.find((i) => i.id === id);
  assert.ok(found, id);
  return found;
};

describe('checklist: what each state means', () => {
  it('every item states its test, with the playbook\'s figures', () => {
    const checklist = review(draft('Customer shall pay the fees.')).checklist;
    for (const i of checklist) assert.match(i.test, /^(?:Met: .+\. Weak: |Found: .+(?:For information|\. Weak: ))/, `${i.id}: ${i.test}`);
    const playbook = playbookSchema.parse({ renewal: { maxTermMonths: 6 }, liability: { minCapMonths: 24 } });
    const own = review(draft('Customer shall pay the fees.'), { playbook }).checklist;
    assert.match(own.find((i) => i.id === 'renewal-term')?.test ?? '', /at most 6 months/);
    assert.match(own.find((i) => i.id === 'liability-cap')?.test ?? '', /24 months/);
  });

  // The playbook's default also wants data-protection breaches outside the general cap.
  const CARVE_OUT = 'A party\'s liability for breach of its data-protection or confidentiality obligations is unlimited.';

  it('a liability cap is met only at the playbook\'s months of fees; below it is weak, with "1 month" in the singular', () => {
    const twelve = item(draft('Each party\'s total liability shall not exceed the fees paid by Customer in the twelve (12) months before the claim.', CARVE_OUT), 'liability-cap');
    assert.deepEqual([twelve.state, twelve.detail], ['met', 'Liability capped at the fees paid over 12 months']);
    const one = item(draft('Vendor\'s total liability shall not exceed the fees paid by Customer in the one (1) month before the claim.', CARVE_OUT), 'liability-cap');
    assert.equal(one.state, 'weak');
    assert.match(one.detail, /capped at 1 month of fees; your playbook asks for at least 1 year/);
    const stricter = item(draft('Each party\'s total liability shall not exceed the fees paid by Customer in the twelve (12) months before the claim.', CARVE_OUT), 'liability-cap', { playbook: playbookSchema.parse({ liability: { minCapMonths: 24 } }) });
    assert.equal(stricter.state, 'weak');
  });

  it('a cap that leaves data-protection breaches under it is weak, whatever its size', () => {
    const twelve = item(draft('Each party\'s total liability shall not exceed the fees paid by Customer in the twelve (12) months before the claim.'), 'liability-cap');
    assert.deepEqual([twelve.state, twelve.detail], ['weak', 'Data-protection and confidentiality breaches fall under the general liability cap.']);
  });

  it('a limit with no amount cap, or a fixed amount, is information to check, never met', () => {
    const exclusion = item(draft('Neither party is liable for indirect, special or consequential damages.'), 'liability-cap');
    assert.deepEqual([exclusion.state, exclusion.detail], ['found', 'Indirect and consequential damages excluded; no amount cap found']);
    const amount = item(draft('Vendor\'s aggregate liability shall not exceed USD 250,000.', CARVE_OUT), 'liability-cap');
    assert.equal(amount.state, 'found');
    assert.match(amount.detail, /USD 250,000: compare it with 12 months of fees by hand/);
  });

  it('a sole-remedy sentence about service credits is not the liability cap', () => {
    const text = draft('Provider will make the hosted platform available 99.9% of the time in each calendar month.', 'Service credits are Customer\'s sole and exclusive remedy for any failure to meet the availability target.');
    const result = review(text);
    assert.equal(result.keyTerms.liabilityCap, null);
    const cap = result.checklist.find((i) => i.id === 'liability-cap');
    assert.deepEqual([cap?.state, cap?.detail], ['not-found', 'No limitation of liability found: the vendor\'s liability is not capped']);
  });

  it('information items are found or not found, never met or not applicable', () => {
    const none = review(draft('Customer shall pay the fees.')).checklist;
    for (const id of ['minimum-commitment', 'governing-law', 'expiration-date']) {
      assert.equal(none.find((i) => i.id === id)?.state, 'not-found', id);
    }
    const law = item(draft('This Agreement is governed by the laws of the State of Oregon.'), 'governing-law');
    assert.equal(law.state, 'found');
  });

  it('the right to leave without cause is met when the customer holds it, weak when only the vendor does, missing when nobody does', () => {
    const customer = item(draft('Customer may terminate this Agreement for convenience on thirty (30) days\' written notice.'), 'termination-for-convenience');
    assert.deepEqual([customer.state, customer.detail], ['met', 'The customer may end the agreement without cause on 30 days\' notice']);
    const vendor = item(draft('Provider may terminate this Agreement for convenience on thirty (30) days\' written notice.', 'Customer shall pay the fees.'), 'termination-for-convenience');
    assert.equal(vendor.state, 'weak');
    const nobody = item(draft('Customer shall pay the fees.'), 'termination-for-convenience');
    assert.deepEqual([nobody.state, nobody.detail], ['missing', 'The customer has no right to end the agreement without cause.']);
  });

  it('a data processing agreement is not told it lacks a right to leave: its term follows the main agreement', () => {
    const dpa = '# Data Processing Addendum\n\n## 1. Term\n\n1.1 This Addendum lasts as long as the Agreement, under which Customer pays the fees.\n';
    const result = review(dpa);
    assert.ok(!result.findings.some((f) => f.ruleId === 'commercial/no-termination-for-convenience'));
    assert.equal(result.checklist.find((i) => i.id === 'termination-for-convenience')?.state, 'not-applicable');
  });

  it('an availability figure is no minimum commitment; a seat floor is one', () => {
    const uptime = item(draft('The hosted platform will be available at least 99.99 % of the time in each calendar month.'), 'minimum-commitment');
    assert.equal(uptime.state, 'not-found');
    const seats = item(draft('Customer commits to purchase a minimum of two hundred (200) agent seats for the Subscription Term.'), 'minimum-commitment');
    assert.equal(seats.state, 'weak', 'a seat floor with no way down');
    const flexible = item(draft('Customer commits to purchase a minimum of two hundred (200) agent seats.', 'Customer may reduce the minimum seat commitment by up to 20% at each anniversary of the Effective Date.'), 'minimum-commitment');
    assert.equal(flexible.state, 'found', flexible.detail);
  });

  it('each severity keeps its own response time: Severity 1 in 15 minutes is not read as the next severity\'s hour', () => {
    const sla = '# Service Level Agreement\n\n## 1. Availability\n\n1.1 Vendor will make the platform available 99.95% of the time in each calendar month.\n\n## 2. Support\n\n2.1 Vendor will respond to Severity 1 tickets within fifteen (15) minutes and to Severity 2 tickets within one (1) hour.\n';
    const responses = review(sla).keyTerms.sla?.supportResponse.map((r) => [r.severity, r.hours]);
    assert.deepEqual(responses, [['severity 1', 0.25], ['severity 2', 1]]);
  });

  it('an availability figure left to another paper is weak, not met', () => {
    const text = '# Service Level Agreement\n\n## 1. Availability\n\n1.1 Vendor will make the platform available for no less than the Committed Availability in each calendar month.\n\n1.2 Service credits are set out in the Order Form.\n';
    const uptime = item(text, 'sla-uptime');
    assert.notEqual(uptime.state, 'met', uptime.detail);
  });

  it('weak and missing items always have a finding behind them, unless the state is the item\'s own judgement', () => {
    const result = review(draft('Vendor\'s total liability shall not exceed the fees paid by Customer in the one (1) month before the claim.'));
    for (const i of result.checklist.filter((c) => c.state === 'missing')) {
      assert.ok(result.findings.some((f) => i.ruleIds.includes(f.ruleId)), `${i.id} is missing with no finding`);
    }
  });
});
