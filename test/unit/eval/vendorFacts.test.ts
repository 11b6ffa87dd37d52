import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureVendorFacts } from '../../eval/vendorFacts';

// The vendor-clause measure compares hand-read facts with key terms; these use
// made-up clauses so the comparison itself is what is tested.

describe('eval: vendor clause facts', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'vendor-facts-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const measure = (rows: object[]) => {
    const file = join(dir, 'clauses.jsonl');
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
    return measureVendorFacts(file);
  };
  const resultFor = (rows: object[], fact: string) => measure(rows).results.find((r) => r.fact === fact);

  it('compares a day count stated in business days with the calendar days the engine reports', () => {
    const text = 'Processor shall notify Controller at least 10 business days before engaging any new Subprocessor, and Controller may object to the new Subprocessor.';
    const asStated = resultFor([{ vendor: 'v', topic: 'dpa', text, facts: { subprocessor_change_notice_days: 10, notice_day_type: 'business days' } }], 'subprocessor_change_notice_days');
    assert.deepEqual([asStated?.right, asStated?.total], [1, 1]);
    const wrongUnit = resultFor([{ vendor: 'v', topic: 'dpa', text, facts: { subprocessor_change_notice_days: 10 } }], 'subprocessor_change_notice_days');
    assert.deepEqual([wrongUnit?.right, wrongUnit?.total], [0, 1], 'without the day type, 10 is taken as calendar days and the reading of 14 is wrong');
  });

  it('counts a wrong reading as a miss with what was expected and what was read', () => {
    const { results, misses } = measure([{ vendor: 'Acme', topic: 'sla_uptime', text: 'The Service will be available 99.5% of the time in each calendar month.', facts: { uptime_pct: 99.9 } }]);
    assert.deepEqual(results.map((r) => [r.fact, r.right, r.total]), [['uptime_pct', 0, 1]]);
    assert.deepEqual(misses.map((m) => [m.vendor, m.expected, m.read]), [['Acme', 99.9, 99.5]]);
  });
});
