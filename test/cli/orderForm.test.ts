import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCliBuilt, runCli } from './runCli';

// An order form that carries SLA terms gets the SLA checks, and its checklist
// never calls "not applicable" an item the findings flag. Made-up wording.

const ORDER_FORM = [
  '# Order Form', '',
  'This order is made between Ferncastle Telecom Inc. ("Provider") and Oakridge Clinics LLC ("Customer").', '',
  '1. Subscription Term. The subscription term is twelve (12) months from the Start Date. Fees are USD 4,000 per month.', '',
  '2. Availability. Provider will use reasonable efforts to make the hosted platform available 99.0% of the time, measured over each calendar year.', '',
  '3. Service Credits. If availability falls below 99.0%, Customer may request a service credit equal to 2% of the monthly fees, by written request within five (5) days after the end of the year.', '',
  '4. Remedy. Service credits are Customer\'s sole and exclusive remedy for any failure to meet the availability commitment.', '',
].join('\n');

interface JsonRun { files: { kind: string; findings: { ruleId: string }[]; checklist: { id: string; state: string; ruleIds: string[] }[] }[] }

describe('cli: an order form with SLA terms', function () {
  this.timeout(60000);
  before(assertCliBuilt);

  it('reports its SLA findings, and its checklist agrees with them', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-review-order-'));
    writeFileSync(join(folder, 'order-form.md'), ORDER_FORM);
    const run = await runCli(['--format', 'json', 'order-form.md'], { cwd: folder });
    const file = (JSON.parse(run.stdout) as JsonRun).files[0];
    assert.equal(file.kind, 'order-form');
    const ids = file.findings.map((f) => f.ruleId);
    for (const id of ['sla/uptime-below-target', 'sla/long-measurement-period', 'sla/weak-credits', 'sla/credit-claim-burden', 'sla/sole-remedy']) {
      assert.ok(ids.includes(id), `${id} in ${JSON.stringify(ids)}`);
    }
    for (const item of file.checklist) {
      if (item.ruleIds.some((id) => ids.includes(id))) assert.ok(['weak', 'missing'].includes(item.state), `${item.id} is ${item.state}`);
    }
  });
});
