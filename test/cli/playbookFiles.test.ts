import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCliBuilt, FIXTURES, runCli } from './runCli';

// Issue 12.6: the CLI and the editor read playbooks with one loader, so a byte-order
// mark is fine for both, and a deeply nested file is one problem, not a crash (exit 3).

describe('cli: playbook files (issue 12.6)', function () {
  this.timeout(60000);
  before(assertCliBuilt);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cr-playbook-cli-'));
    copyFileSync(join(FIXTURES, 'renewal-msa.md'), join(dir, 'msa.md'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts a playbook that starts with a UTF-8 byte-order mark', async () => {
    const json = JSON.stringify({ rules: { 'renewal/long-renewal-term': 'off', 'renewal/long-notice-period': 'off' } });
    writeFileSync(join(dir, '.contract-review.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)]));
    const run = await runCli(['--format', 'json', 'msa.md'], { cwd: dir });
    assert.notEqual(run.code, 2, run.stderr);
    const ids = (JSON.parse(run.stdout) as { files: { findings: { ruleId: string }[] }[] }).files[0].findings.map((f) => f.ruleId);
    assert.ok(!ids.includes('renewal/long-renewal-term'), 'the playbook applied');
  });

  it('reports a playbook nested 200,000 deep as one problem, not a stack overflow (exit 3)', async () => {
    writeFileSync(join(dir, 'deep.json'), `{"rules": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    const lenient = await runCli(['--playbook', 'deep.json', 'msa.md'], { cwd: dir });
    assert.ok(lenient.code === 0 || lenient.code === 1, lenient.stderr);
    assert.match(lenient.stderr, /deep\.json:1:\d+: The playbook nests more than 64 levels/);
    assert.doesNotMatch(lenient.stderr, /Maximum call stack/);
    const strict = await runCli(['--strict-playbook', '--playbook', 'deep.json', 'msa.md'], { cwd: dir });
    assert.equal(strict.code, 2, strict.stderr);
    assert.match(strict.stderr, /nests more than 64 levels/);
  });
});
