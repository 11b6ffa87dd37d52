import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// A fresh clone has no shared corpus beside it: npm run eval and npm run bench must
// say in one line which folder they need and how to pass it, not print a stack trace.

const REPO = resolve(__dirname, '..', '..', '..');

function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, script), ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('eval and bench without the shared corpus', function () {
  this.timeout(60000);
  let empty = '';
  before(() => { empty = mkdtempSync(join(tmpdir(), 'cr-no-corpus-')); });
  after(() => rmSync(empty, { recursive: true, force: true }));

  it('npm run eval names the folder and the --corpus option in one line, exit 2', () => {
    const missing = join(empty, 'corpus');
    const result = run('test/eval/run.ts', ['--corpus', missing]);
    assert.equal(result.status, 2, result.stderr);
    assert.equal(result.stdout, '');
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.ok(lines[0].includes(missing), lines[0]);
    assert.match(lines[0], /\.\.\/shared\/corpus/);
    assert.match(lines[0], /--corpus DIR/);
  });

  it('npm run bench names the folder and the --cuad option in one line, exit 2', () => {
    const missing = join(empty, 'cuad');
    const result = run('test/bench/run.ts', ['--cuad', missing]);
    assert.equal(result.status, 2, result.stderr);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.ok(lines[0].includes(missing), lines[0]);
    assert.match(lines[0], /--cuad DIR/);
    assert.doesNotMatch(result.stdout + result.stderr, /^\s+at /m, 'no stack trace');
  });
});
