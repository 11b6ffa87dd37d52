import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { review } from '../../../server/src/engine/review';
import type { SlaTerms } from '../../../server/src/engine/keyTerms/sla/types';

function sla(text: string, format: 'markdown' | 'plaintext' = 'plaintext'): SlaTerms | null {
  return review(text, { format }).keyTerms.sla;
}

function must(text: string): SlaTerms {
  const terms = sla(text);
  assert.ok(terms, `no keyTerms.sla for: ${text}`);
  return terms;
}

describe('keyTerms.sla: real phrasings', () => {
  it('reads a monthly guarantee', () => {
    const t = must("That's why we guarantee 99.99% monthly uptime to teams on the Enterprise plan.");
    assert.equal(t.uptimePercent, 99.99);
    assert.equal(t.measurementPeriod, 'month');
    assert.equal(t.commitment, 'commitment');
  });

  it('reads uptime measured quarterly and credits in days of service capped per quarter', () => {
    const t = must('The Service will be available 99.9% of the time, measured each calendar quarter. If Availability falls below 99.9% in a quarter, Customer will receive a Service Credit of three (3) days of service. Service Credits shall not exceed fifteen (15) days of service per quarter.');
    assert.equal(t.measurementPeriod, 'quarter');
    assert.deepEqual(t.credits.map((c) => [c.belowPercent, c.creditPercent, c.basis]), [[99.9, 10, 'days-of-service']]);
    assert.equal(t.maxCreditPercent, 16.67);
    assert.equal(t.maxCreditBasis, 'cap');
  });

  it('reads "10x" credits per hour of outage as hours of service', () => {
    const t = must('If our uptime drops below 99.99%, we will provide an automatic credit. For any given day where an outage exceeds 5 minutes, we will credit your account 10x for a full hour. That is the full limit of our liability under this SLA.');
    assert.equal(t.credits[0]?.basis, 'hours-of-service');
    assert.equal(t.creditsAutomatic, true);
    assert.equal(t.soleRemedy, true);
  });

  it('reads credits that depend on outage length rather than uptime', () => {
    const t = must('Service Credits: for an outage of more than four (4) hours, Customer receives a credit of 5% of the monthly fees; for an outage of more than twelve (12) hours, 10%.');
    assert.deepEqual(t.credits.map((c) => [c.outageHours, c.creditPercent]), [[4, 5], [12, 10]]);
    assert.equal(t.maxCreditPercent, 10);
  });

  it('reads an efforts promise measured quarterly with maintenance excluded in the same sentence', () => {
    const t = must('Provider will use commercially reasonable efforts to make the Services available 99.5% of the time in each calendar quarter, excluding scheduled maintenance.');
    assert.equal(t.uptimePercent, 99.5);
    assert.equal(t.commitment, 'efforts');
    assert.equal(t.measurementPeriod, 'quarter');
    assert.deepEqual(t.exclusions.map((e) => [e.kind, e.capped, e.noticeRequired]), [['scheduled-maintenance', false, false]]);
  });

  it('treats "available at all times" as unquantified', () => {
    const t = must('Provider shall ensure the Service is available at all times.');
    assert.equal(t.uptimePercent, null);
    assert.equal(t.commitment, 'unquantified');
  });

  it('takes the lower guarantee beside a best-efforts target', () => {
    const t = must('Provider will use best efforts to achieve 99.999% availability and guarantees availability of at least 99.9% in each month.');
    assert.equal(t.uptimePercent, 99.9);
    assert.equal(t.uptimeTargetPercent, 99.999);
  });

  it('reads an (A - B) / A formula measured in a calendar month', () => {
    const t = must('Uptime is calculated as (Available Minutes - Downtime Minutes) / Available Minutes, measured in a calendar month, and shall be at least 99.95%.');
    assert.equal(t.uptimePercent, 99.95);
    assert.equal(t.measurementPeriod, 'month');
  });

  it('reads credits only on request within N days', () => {
    const t = must('Service Credits. To receive a Service Credit, Customer must notify Provider within 7 days of the end of the month in which the Service Credit was earned.');
    assert.equal(t.claimWindowDays, 7);
    assert.equal(t.creditsAutomatic, false);
  });

  it('does not read billing or calling credits as an SLA', () => {
    assert.equal(sla('Fees are non-refundable and no credits will be issued for partial months of service. Unused calling credits expire at the end of each billing period.'), null);
  });

  it('does not read a warranty remedy as an SLA sole remedy', () => {
    const t = must('The Service will be available 99.9% of each month. If the Services do not conform to the warranty, Customer\'s sole and exclusive remedy is re-performance of the Services.');
    assert.equal(t.soleRemedy, false);
  });

  it('reads a whole SLA whose figures sit on an order form: placeholders are not stated in this document, not missing', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/wholeDrafts/service-level-schedule.md'), 'utf8');
    const result = review(text, { format: 'markdown' });
    const t = result.keyTerms.sla;
    assert.ok(t);
    assert.equal(t.uptimePercent, null);
    assert.equal(t.uptimeStatedElsewhere, 'Committed Availability');
    assert.equal(t.supportResponseStatedElsewhere, 'Committed Response Time');
    assert.equal(t.commitment, 'efforts');
    assert.equal(t.measurementPeriod, 'month');
    assert.equal(t.maxCreditPercent, 8);
    assert.equal(t.claimWindowDays, 7);
    assert.equal(t.soleRemedy, true);
    assert.equal(t.chronicFailureExit, true);
    assert.deepEqual(t.exclusions.map((e) => e.kind), ['scheduled-maintenance', 'third-party', 'force-majeure']);
    const ids = result.findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('sla/no-uptime-commitment'), 'the Committed Availability is not missing');
    assert.ok(!ids.includes('sla/no-support-response-times'), 'the Committed Response Time is not missing');
    assert.ok(!ids.includes('sla/no-chronic-failure-exit'));
    const uptime = result.checklist.find((i) => i.id === 'sla-uptime');
    assert.notEqual(uptime?.state, 'missing');
    assert.match(uptime?.detail ?? '', /not stated in this document/);
  });
});
