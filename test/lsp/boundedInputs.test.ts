import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { DRAFT_TOO_LARGE, MAX_DRAFT_CHARACTERS } from '../../server/src/inputLimits';
import { LspClient } from './client';
import { LONG_TERM, RENEWAL_DRAFT } from './drafts';

// Issue 12.2 and 12.10: a playbook that leads to /dev/zero or a FIFO costs one
// message on the file, and the drafts are still reviewed (with the defaults);
// a draft over the limit gets the CLI's words.

describe('lsp: bounded inputs', function () {
  this.timeout(30000);
  let client: LspClient;
  beforeEach(async () => { client = await LspClient.start(); });
  afterEach(() => client.dispose());

  it('reviews with the defaults when .contract-review.json is a symlink to /dev/zero', async () => {
    symlinkSync('/dev/zero', join(client.workspace, '.contract-review.json'));
    const uri = await client.open('msa.md', RENEWAL_DRAFT);
    const diagnostics = await client.current(uri);
    assert.ok(diagnostics.some((d) => d.code === LONG_TERM), JSON.stringify(diagnostics.map((d) => d.code)));
    const problems = await client.diagnostics(client.uri('.contract-review.json'), (p) => p.diagnostics.length > 0, 'the playbook is reported');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message, /is a device, not a regular file; the review uses the default playbook/);
  });

  it('reviews with the defaults when the playbook setting names /dev/zero or a FIFO', async () => {
    execFileSync('mkfifo', [join(client.workspace, 'positions.json')]);
    for (const setting of ['/dev/zero', 'positions.json']) {
      client.settings.playbook = setting;
      await client.settingsChanged();
      const uri = await client.open(`msa-${setting.length}.md`, RENEWAL_DRAFT);
      const diagnostics = await client.current(uri);
      assert.ok(diagnostics.some((d) => d.code === LONG_TERM), `${setting}: ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    }
    const fifo = await client.diagnostics(client.uri('positions.json'), (p) => p.diagnostics.length > 0, 'the FIFO is reported');
    assert.match(fifo[0].message, /is a pipe \(FIFO\), not a regular file/);
    assert.ok(client.alive);
  });

  it('says of a draft over the limit what the CLI says', async () => {
    const uri = await client.open('huge.txt', 'x'.repeat(MAX_DRAFT_CHARACTERS + 1), 'plaintext');
    const diagnostics = await client.current(uri);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].message, `Contract Review does not review this file: it is ${DRAFT_TOO_LARGE}.`);
  });
});
