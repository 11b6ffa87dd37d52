import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCliBuilt, REPO_ROOT, runCli } from './runCli';

// A lawyer's folder holds several vendors' drafts: the CLI reads the ones of the
// reviewed draft's deal only, and says which it took and which it ignored.

const SAMPLE = join(REPO_ROOT, 'test', 'fixtures', 'samples', 'ccaas-msa.md');
const OTHER_MSA = [
  '# Master Services Agreement', '',
  'This agreement is made between Bluefin Voice Systems Ltd ("Provider") and Harbor Retail Group LLC ("Customer").', '',
  '## 9. Exit', '',
  '9.1 For ninety (90) days after termination, Customer may export all Customer Data, including call recordings, in WAV and CSV formats at no additional charge.', '',
].join('\n');
const OTHER_DPA = [
  '# Data Processing Addendum', '',
  'This addendum is made between Bluefin Voice Systems Ltd ("Provider") and Harbor Retail Group LLC ("Customer").', '',
  '1. Provider shall store Customer Data only in the European Union.', '',
  '2. Provider shall notify Customer of a Security Incident within 24 hours.', '',
].join('\n');

interface JsonRun { files: { path: string; findings: { ruleId: string }[]; checklist: { id: string; state: string; detail: string }[]; deal: { path: string; member: boolean; reason: string }[] }[] }

async function reviewIn(folder: string, name: string): Promise<JsonRun['files'][number]> {
  const run = await runCli(['--format', 'json', name], { cwd: folder });
  return (JSON.parse(run.stdout) as JsonRun).files[0];
}

describe('cli: a folder holding two deals\' drafts', function () {
  this.timeout(60000);
  before(assertCliBuilt);

  it('another vendor\'s MSA and DPA hide none of the sample\'s findings, and the output says why they were ignored', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'contract-review-deal-'));
    copyFileSync(SAMPLE, join(alone, 'northwind-msa.md'));
    const folder = mkdtempSync(join(tmpdir(), 'contract-review-deal-'));
    copyFileSync(SAMPLE, join(folder, 'northwind-msa.md'));
    writeFileSync(join(folder, 'bluefin-msa.md'), OTHER_MSA);
    writeFileSync(join(folder, 'bluefin-dpa.md'), OTHER_DPA);

    const before = await reviewIn(alone, 'northwind-msa.md');
    const after = await reviewIn(folder, 'northwind-msa.md');
    assert.deepEqual(after.findings.map((f) => f.ruleId), before.findings.map((f) => f.ruleId));
    assert.ok(after.findings.some((f) => f.ruleId === 'exit/no-data-export'));
    assert.deepEqual(after.checklist.filter((i) => /bluefin/.test(i.detail)), []);
    assert.deepEqual(after.deal.map((d) => [d.path, d.member]), [['bluefin-dpa.md', false], ['bluefin-msa.md', false]]);

    const text = await runCli(['northwind-msa.md'], { cwd: folder });
    assert.match(text.stderr, /ignored: {3}bluefin-dpa\.md \(it names other parties \(Bluefin Voice Systems Ltd, Harbor Retail Group LLC\)\)/);
  });

  it('the other vendor\'s DPA is read for its own MSA, and msa-v1.md is not read for msa-v2.md', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-review-deal-'));
    writeFileSync(join(folder, 'bluefin-msa.md'), OTHER_MSA);
    writeFileSync(join(folder, 'bluefin-dpa.md'), OTHER_DPA);
    copyFileSync(SAMPLE, join(folder, 'msa-v2.md'));
    writeFileSync(join(folder, 'msa-v1.md'), `${OTHER_MSA.replace(/Bluefin Voice Systems Ltd/, 'Northwind Contact Cloud, Inc.')}`);

    const bluefin = await reviewIn(folder, 'bluefin-msa.md');
    assert.deepEqual(bluefin.deal.filter((d) => d.member).map((d) => d.path), ['bluefin-dpa.md']);
    assert.match(bluefin.checklist.find((i) => i.id === 'dpa-residency')?.detail ?? '', /in bluefin-dpa\.md, taken as part of this deal because it names the same parties/);

    const v2 = await reviewIn(folder, 'msa-v2.md');
    assert.equal(v2.deal.find((d) => d.path === 'msa-v1.md')?.member, false);
    assert.ok(v2.findings.some((f) => f.ruleId === 'exit/no-data-export'));
  });
});
