import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCliBuilt, REPO_ROOT } from './runCli';

// The README tells a user to run the CLI on drafts outside the clone: through the
// `contract-review` command that `npm link` / `npm install -g .` put on the PATH
// (a symlink to the package's bin entry), or as `node <clone>/server/out/cli.js`.
// Both must work from any folder, with nothing from the clone's node_modules.

describe('cli: installed outside the clone', function () {
  this.timeout(30000);
  before(assertCliBuilt);
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cr-installed-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };
  const binTarget = join(REPO_ROOT, manifest.bin['contract-review']);

  it('names a bin entry that is the built CLI with a node hashbang', () => {
    assert.ok(manifest.bin['contract-review'], 'package.json bin has contract-review');
    assert.match(readFileSync(binTarget, 'utf8').split('\n')[0], /^#!\/usr\/bin\/env node$/);
  });

  it('reviews a draft in another folder through a bin symlink, as npm link makes it', () => {
    mkdirSync(join(dir, 'bin'));
    const command = join(dir, 'bin', 'contract-review');
    symlinkSync(binTarget, command);
    const deal = join(dir, 'deals');
    mkdirSync(deal);
    writeFileSync(join(deal, 'order.md'), '# Order Form\n\nCustomer shall pay each invoice within thirty (60) days.\n');
    const version = spawnSync(process.execPath, [command, '--version'], { cwd: deal, encoding: 'utf8' });
    assert.equal(version.stdout.trim(), manifest.version);
    const run = spawnSync(process.execPath, [command, 'order.md'], { cwd: deal, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^order\.md:3:\d+ error .*\[drafting\/number-mismatch\]$/m);
  });

  it('reviews a draft in another folder as node <clone>/server/out/cli.js', () => {
    writeFileSync(join(dir, 'msa.txt'), 'Fees are due within thirty (60) days.\n');
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'server', 'out', 'cli.js'), 'msa.txt'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^msa\.txt:1:\d+ error /m);
  });
});
