import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import type { ChecklistItem } from '../../../server/src/engine/checklist';
import type { Finding } from '../../../server/src/engine/model';

// A family's checks run wherever its clauses appear: the same vendor text gets the
// same SLA, exit and renewal findings whether it is titled "Order Form" or
// "Services Agreement". The kind decides only whether an absent element is missing.
// The wording is made up.

const BODY = [
  'This order is made between Ferncastle Telecom Inc. ("Provider") and Oakridge Clinics LLC ("Customer").',
  '',
  '1. Subscription Term. The subscription term is twelve (12) months from the Start Date. Fees are USD 4,000 per month.',
  '',
  '2. Availability. Provider will use reasonable efforts to make the hosted platform available 99.0% of the time, measured over each calendar year.',
  '',
  '3. Service Credits. If availability falls below 99.0%, Customer may request a service credit equal to 2% of the monthly fees, by written request within five (5) days after the end of the year.',
  '',
  '4. Remedy. Service credits are Customer\'s sole and exclusive remedy for any failure to meet the availability commitment.',
  '',
  '5. Exit. Customer Data, including call recordings, is hosted by Provider. For ten (10) days after termination Customer may export Customer Data in a format chosen by Provider, at Provider\'s then-current fees.',
  '',
].join('\n');

const ORDER_FORM = `# Order Form\n\n${BODY}`;
const AGREEMENT = `# Services Agreement\n\n${BODY}`;

const familyFindings = (findings: readonly Finding[], family: string): string[] =>
  [...new Set(findings.filter((f) => f.ruleId.startsWith(`${family}/`)).map((f) => f.ruleId))].sort();

/** The checklist and the findings never contradict: a flagged item is weak or missing, an unflagged one is not. */
export function assertAgrees(checklist: readonly ChecklistItem[], findings: readonly Finding[]): void {
  for (const item of checklist) {
    const flagged = findings.some((f) => item.ruleIds.includes(f.ruleId));
    if (flagged) assert.ok(item.state === 'weak' || item.state === 'missing', `${item.id} is ${item.state} beside a finding of its rules`);
    else if (item.ruleIds.length > 0) assert.notEqual(item.state, 'missing', `${item.id} is missing but no finding says so`);
  }
}

describe('review: every document kind gets its families\' checks', () => {
  it('the order form is an order form, and gets the same SLA and exit findings as the agreement', () => {
    const orderForm = review(ORDER_FORM);
    const agreement = review(AGREEMENT);
    assert.equal(orderForm.kind, 'order-form');
    for (const family of ['sla', 'exit', 'renewal']) {
      assert.deepEqual(familyFindings(orderForm.findings, family), familyFindings(agreement.findings, family), family);
    }
    // 99.0 % on reasonable efforts, measured yearly, a 2 % credit claimed within 5 days, the sole remedy.
    const sla = familyFindings(orderForm.findings, 'sla');
    for (const id of ['sla/credit-claim-burden', 'sla/long-measurement-period', 'sla/sole-remedy', 'sla/uptime-below-target', 'sla/weak-credits']) {
      assert.ok(sla.includes(id), `${id} in ${JSON.stringify(sla)}`);
    }
    assert.ok(familyFindings(orderForm.findings, 'exit').length > 0, JSON.stringify(orderForm.findings.map((f) => f.ruleId)));
  });

  it('its checklist judges the SLA and exit items it has, and agrees with its findings', () => {
    const result = review(ORDER_FORM);
    for (const id of ['sla-uptime', 'sla-measurement', 'sla-credits', 'sla-remedies', 'exit-export', 'exit-access', 'exit-fees']) {
      const item = result.checklist.find((i) => i.id === id);
      assert.ok(item && item.state !== 'not-applicable', `${id}: ${item?.state} ${item?.detail}`);
    }
    assertAgrees(result.checklist, result.findings);
    assertAgrees(review(AGREEMENT).checklist, review(AGREEMENT).findings);
  });

  it('an order form that states no service levels is not told it lacks them', () => {
    const plain = '# Order Form\n\nThis order is made between Ferncastle Telecom Inc. ("Provider") and Oakridge Clinics LLC ("Customer").\n\n1. The subscription term is twelve (12) months. Fees are USD 4,000 per month for the hosted platform.\n';
    const result = review(plain);
    assert.equal(result.kind, 'order-form');
    assert.deepEqual(familyFindings(result.findings, 'sla'), []);
    assert.equal(result.checklist.find((i) => i.id === 'sla-uptime')?.state, 'not-applicable');
    assertAgrees(result.checklist, result.findings);
  });
});
