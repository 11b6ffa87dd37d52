import assert from 'node:assert/strict';
import { review } from '../../../server/src/engine/review';
import type { SlaTerms } from '../../../server/src/engine/keyTerms/sla/types';

// Shapes found in vendors' own SLAs and terms (issue 17), each written for this test:
// formulas, examples and past results are no commitment, disclaimers promise nothing,
// two-way tables carry the credits, terms set in another document are set there.

const slaOf = (text: string, format: 'markdown' | 'plaintext' = 'plaintext'): SlaTerms | null => review(text, { format }).keyTerms.sla;
const rulesOf = (text: string, format: 'markdown' | 'plaintext' = 'plaintext'): string[] => review(text, { format }).findings.map((f) => f.ruleId);

describe('keyTerms.sla: vendors\' own paper', () => {
  it('reads a formula\'s 100% as no commitment and keeps the committed tiers', () => {
    const t = slaOf('Monthly Availability = (Minutes in the Month - Minutes of Downtime) / Minutes in the Month x 100%. Vendor commits to Monthly Availability of 99.5% for the Standard plan and 99.9% for the Premium plan.');
    assert.equal(t?.uptimePercent, 99.5);
    assert.equal(t?.commitment, 'commitment');
  });

  it('reads "subtracting from 100%" as part of a definition, not a target', () => {
    const t = slaOf('Vendor shall make the Service available 99.8% of each month. Uptime is worked out by subtracting from 100% the share of five-minute periods in which the Service was down.');
    assert.equal(t?.uptimePercent, 99.8);
    assert.equal(t?.uptimeTargetPercent, null);
  });

  it('reads a past result and a worked example as no commitment', () => {
    const t = slaOf('The platform has historically achieved 99.995% uptime. Vendor guarantees uptime of 99.7% per calendar month. For example, if the Service is down for 40 minutes in April, availability for April is 99.91%.');
    assert.equal(t?.uptimePercent, 99.7);
    assert.equal(t?.uptimeTargetPercent, null);
  });

  it('reads a disclaimer that the service will always be available as no promise', () => {
    const rules = rulesOf('This is a hosted cloud service. VENDOR DOES NOT WARRANT THAT THE SERVICE WILL ALWAYS BE AVAILABLE, UNINTERRUPTED OR FREE OF ERRORS.');
    assert.ok(!rules.includes('sla/no-chronic-failure-exit'), rules.join(' '));
    assert.equal(slaOf('Vendor makes no promise that the platform will be available at all times or uninterrupted.')?.commitment ?? 'none', 'none');
  });

  it('reads a voucher table after a sentence about compensation as the credits', () => {
    const t = slaOf('# Service Level Agreement\n\nVendor will make the Service available at least 99.9% of each month.\n\nIf availability falls short, Customer receives compensation as follows.\n\n| Achieved availability | Value of voucher |\n|---|---|\n| 99.0% or more but below 99.9% | 10% of the monthly fee |\n| below 99.0% | 30% of the monthly fee |\n', 'markdown');
    assert.deepEqual(t?.credits.map((c) => [c.belowPercent, c.creditPercent]), [[99.9, 10], [99, 30]]);
  });

  it('reads a two-way credit table cell by cell (achieved level by row, one column per guaranteed level)', () => {
    const text = '# Service Level Agreement\n\nService credits, as a share of the monthly fee, depend on the plan and the availability achieved:\n\n| Achieved availability | Basic plan (99.5%) | Plus plan (99.9%) |\n|---|---|---|\n| below 99.9% but at least 99.5% | 0% | 10% |\n| below 99.5% but at least 99.0% | 10% | 20% |\n| below 99.0% | 25% | 40% |\n';
    const t = slaOf(text, 'markdown');
    assert.deepEqual(t?.credits.map((c) => [c.belowPercent, c.creditPercent]), [[99.9, 10], [99.5, 10], [99.5, 20], [99, 25], [99, 40]]);
    assert.equal(t?.maxCreditPercent, 40);
    assert.ok(!rulesOf(text, 'markdown').includes('sla/weak-credits'));
  });

  it('reports service levels set in another document as set there, not missing', () => {
    const text = 'SUBSCRIPTION AGREEMENT\n\n1. Definitions. "SLA" means the service levels for the hosted Platform, as found in Attachment 2.\n\n2. Availability. Vendor will make the Platform available to Customer in accordance with the SLA.';
    const r = review(text, { format: 'plaintext' });
    assert.equal(r.keyTerms.sla?.setElsewhere, 'SLA (Attachment 2)');
    assert.deepEqual(r.findings.filter((f) => f.ruleId.startsWith('sla/')).map((f) => f.ruleId), []);
    const item = r.checklist.find((i) => i.id === 'sla-uptime');
    assert.equal(item?.state, 'weak');
    assert.match(item?.detail ?? '', /Set elsewhere: SLA \(Attachment 2\); check that document/);
  });

  it('names the address of service levels published online', () => {
    const t = slaOf('MASTER SUBSCRIPTION AGREEMENT\n\n1. Fees. Customer shall pay the fees in each Order Form within thirty days.\n\n2. Service levels. The service level agreement at https://vendor.example/sla applies to the hosted Services.\n\n3. Term. This Agreement lasts one year.');
    assert.equal(t?.setElsewhere, 'service level agreement at https://vendor.example/sla');
  });

  it('still flags a hosted service that names no service levels anywhere', () => {
    assert.ok(rulesOf('MASTER SUBSCRIPTION AGREEMENT\n\n1. Services. Vendor provides the hosted Platform to Customer.\n\n2. Fees. Customer shall pay the fees in each Order Form within thirty days.\n\n3. Term. This Agreement lasts one year.').includes('sla/no-uptime-commitment'));
    assert.ok(!rulesOf('# Premium Support Plans\n\nCustomers of the hosted cloud service may buy support. Severity 1 tickets get a first response within one hour.', 'markdown').includes('sla/no-uptime-commitment'));
  });

  it('reads the levels of a credit table whose last credit is 100% of the fees, not a 100% commitment', () => {
    const t = slaOf('# Database SLA\n\nThis SLA covers the hosted database.\n\n| Monthly Uptime Percentage | Service Credit Percentage |\n|---|---|\n| Below 99.9% but at least 99.0% | 10% |\n| Below 99.0% but at least 95.0% | 25% |\n| Below 95.0% | 100% |\n', 'markdown');
    assert.equal(t?.uptimePercent, 99.9);
    assert.equal(t?.maxCreditPercent, 100);
  });

  it('keeps a measurement period the draft names for service levels set elsewhere', () => {
    const text = 'MASTER SUBSCRIPTION AGREEMENT\n\n1. Fees. Customer shall pay the fees in each Order Form within thirty days.\n\n2. Uptime. Our quarterly uptime commitment for the hosted cloud service is provided in the Enterprise Service Level Agreement.\n\n3. Confidentiality. Each party shall keep the other party\'s Confidential Information secret.\n\n4. Limitation of Liability. Neither party is liable for indirect damages.\n\n5. Term. This Agreement lasts one year.';
    const r = review(text, { format: 'plaintext' });
    assert.equal(r.keyTerms.sla?.setElsewhere, 'the Service Level Agreement');
    assert.deepEqual(r.findings.filter((f) => f.ruleId.startsWith('sla/')).map((f) => f.ruleId), ['sla/long-measurement-period']);
  });

  it('leaves a sole remedy for IP infringement alone, even under a heading about remedies', () => {
    const text = '# Service Level Agreement\n\nVendor shall keep the hosted Service available 99.95% of each month.\n\n## Sole Remedy\n\nThis indemnity section states the sole and exclusive remedy for claims that the Service infringes third-party rights.\n';
    assert.equal(slaOf(text, 'markdown')?.soleRemedy, false);
  });

  it('reads a claim due within hours as a claim window, and "excluding maintenance" as a maintenance carve-out', () => {
    const t = slaOf('# Service Level Agreement\n\nThe Service will be available 99.99% of each calendar month, excluding maintenance. Customer may receive a service credit of 5% of the monthly fee, provided Customer notifies Vendor in writing within 24 hours of the downtime.\n\nHosting tiers: Availability: 99.9% (ex scheduled downtime).\n', 'markdown');
    assert.equal(t?.claimWindowDays, 1);
    assert.deepEqual(t?.exclusions.map((e) => [e.kind, e.capped]), [['scheduled-maintenance', false]]);
  });

  it('reads a right to terminate after repeated misses as the buyer\'s exit only when the buyer holds it', () => {
    const vendors = '# Service Level Agreement\n\nVendor shall keep the hosted Service available 99.95% of each month.\n\nIf Vendor suspends the Services under the service levels more than twice in a calendar month, Vendor may terminate this Agreement on written notice.\n';
    assert.equal(slaOf(vendors, 'markdown')?.chronicFailureExit, false);
    const buyers = '# Service Level Agreement\n\nVendor shall keep the hosted Service available 99.95% of each month.\n\nIf availability falls below the service level in three consecutive months, Customer may terminate this Agreement on written notice.\n';
    assert.equal(slaOf(buyers, 'markdown')?.chronicFailureExit, true);
  });
});
