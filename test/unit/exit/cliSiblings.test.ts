import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCliBuilt, runCli } from '../../cli/runCli';

// The built CLI reads the drafts beside each file it reviews: an export right in
// a schedule saved next to the MSA, which the MSA refers to, means the MSA does not lack one.

const MSA = '# Master Services Agreement\n\nProvider hosts Customer Data, including call recordings.\n\n## 6. Effect of Termination\n\n6.1 Upon termination, all licences end. The Data Return Schedule sets out the exit terms.\n';
const SCHEDULE = '# Data Return Schedule\n\n1. For ninety (90) days after termination, Customer may export Customer Data, including call recordings, in WAV and CSV formats at no additional charge.\n';

interface JsonRun { files: { path: string; findings: { ruleId: string }[] }[] }

async function ruleIdsIn(folder: string): Promise<string[]> {
  const run = await runCli(['--format', 'json', 'msa.md'], { cwd: folder });
  const output = JSON.parse(run.stdout) as JsonRun;
  return output.files[0].findings.map((f) => f.ruleId);
}

describe('cli: sibling drafts', function () {
  this.timeout(60000);
  before(assertCliBuilt);

  it('an export right in a draft beside the MSA counts; without it the MSA lacks one', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'contract-review-cli-'));
    writeFileSync(join(alone, 'msa.md'), MSA);
    assert.ok((await ruleIdsIn(alone)).includes('exit/no-data-export'));

    const deal = mkdtempSync(join(tmpdir(), 'contract-review-cli-'));
    writeFileSync(join(deal, 'msa.md'), MSA);
    writeFileSync(join(deal, 'schedule.md'), SCHEDULE);
    assert.ok(!(await ruleIdsIn(deal)).includes('exit/no-data-export'));
  });
});
