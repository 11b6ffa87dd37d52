import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DRAFT_TOO_LARGE, MAX_DRAFT_CHARACTERS } from '../../server/src/inputLimits';
import { assertCliBuilt, CLI_PATH, runCli, type CliRun } from './runCli';

// Issue 12.2 and 12.10: the CLI reads only regular files, and no more than the
// editor would review, with the editor's words when a draft is too large.

/** Runs the CLI with standard input read from a file (here /dev/zero), not a pipe. */
function runWithStdinFrom(file: string, args: readonly string[]): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const fd = openSync(file, 'r');
    const child = spawn(process.execPath, [CLI_PATH, ...args], { stdio: [fd, 'pipe', 'pipe'] });
    closeSync(fd);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

describe('cli: bounded inputs', function () {
  this.timeout(60000);
  before(assertCliBuilt);
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'cr-bounded-cli-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses /dev/zero and a symlink to it as not regular files', async () => {
    symlinkSync('/dev/zero', join(dir, 'draft.md'));
    const run = await runCli(['/dev/zero', 'draft.md'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /cannot review \/dev\/zero: it is a device, not a regular file; to review what a command prints, pipe it into "contract-review -"/);
    assert.match(run.stderr, /cannot review draft\.md: it is a device, not a regular file/);
  });

  it('refuses a Word or PDF name that leads to /dev/zero', async () => {
    symlinkSync('/dev/zero', join(dir, 'draft.docx'));
    symlinkSync('/dev/zero', join(dir, 'draft.pdf'));
    const run = await runCli(['draft.docx', 'draft.pdf'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /cannot review draft\.docx: it is a device, not a regular file/);
    assert.match(run.stderr, /cannot review draft\.pdf: it is a device, not a regular file/);
  });

  it('refuses a FIFO with no writer instead of waiting for one', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const run = await runCli(['pipe.md'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /cannot review pipe\.md: it is a pipe \(FIFO\), not a regular file/);
  });

  it('stops reading standard input fed from /dev/zero at the size limit', async () => {
    const run = await runWithStdinFrom('/dev/zero', ['-']);
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stderr, `contract-review: cannot review <stdin>: it is ${DRAFT_TOO_LARGE}\n`);
  });

  it('does not read a playbook that is a symlink to /dev/zero or a FIFO: a warning and the defaults, or exit 2 with --strict-playbook', async () => {
    writeFileSync(join(dir, 'msa.md'), '# Notes\n');
    symlinkSync('/dev/zero', join(dir, '.contract-review.json'));
    const zero = await runCli(['msa.md'], { cwd: dir });
    assert.equal(zero.code, 0, zero.stderr);
    assert.match(zero.stderr, /warning: cannot read the playbook \.contract-review\.json: it is a device, not a regular file/);
    const zeroStrict = await runCli(['--strict-playbook', 'msa.md'], { cwd: dir });
    assert.equal(zeroStrict.code, 2, zeroStrict.stderr);
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    const fifo = await runCli(['--strict-playbook', '--playbook', 'fifo.json', 'msa.md'], { cwd: dir });
    assert.equal(fifo.code, 2, fifo.stderr);
    assert.match(fifo.stderr, /cannot read the playbook fifo\.json: it is a pipe \(FIFO\), not a regular file/);
  });

  it('refuses a draft one character over the limit with the message the editor shows', async () => {
    writeFileSync(join(dir, 'huge.txt'), 'x'.repeat(MAX_DRAFT_CHARACTERS + 1));
    const run = await runCli(['huge.txt'], { cwd: dir });
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.stderr, `contract-review: cannot review huge.txt: it is ${DRAFT_TOO_LARGE}\n`);
  });

  it('counts the limit in characters, as the editor does, not in bytes on disk', async () => {
    // Three bytes per character in UTF-8: over the limit in bytes, within it in characters.
    const line = `${'\u6587\u66f8\u2014'.repeat(3)}\n`;
    const words = line.repeat(Math.ceil((MAX_DRAFT_CHARACTERS * 1.05) / Buffer.byteLength(line)));
    writeFileSync(join(dir, 'wide.txt'), words);
    assert.ok(Buffer.byteLength(words) > MAX_DRAFT_CHARACTERS && words.length <= MAX_DRAFT_CHARACTERS);
    const run = await runCli(['--fail-on', 'never', 'wide.txt'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
  });
});
