import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCliBuilt, fixture, REPO_ROOT, runCli } from './runCli';

interface JsonOutput { files: { path: string; format: string; findings: { ruleId: string; range: { start: { line: number; character: number } } }[] }[] }

describe('cli: inputs', function () {
  before(assertCliBuilt);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cr-inputs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const draft = (name: string): Buffer => readFileSync(join(REPO_ROOT, fixture(name)));

  it('reads standard input for "-" and reports it as <stdin>', async () => {
    const run = await runCli(['-'], { input: draft('number-mismatch.txt') });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /^<stdin>:3:\d+ error .* \[drafting\/number-mismatch\]$/m);
  });

  it('reads standard input as Markdown by default, as plain text with --stdin-format text, and names it by --stdin-filename', async () => {
    // A fenced block is not contract text in Markdown; in plain text the same line is.
    const fenced = '# Draft\n\n```\nPay within thirty (60) days.\n```\n';
    const markdown = await runCli(['-'], { input: fenced });
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.equal(markdown.stdout, '');
    const text = await runCli(['--stdin-format', 'text', '-'], { input: fenced });
    assert.equal(text.code, 1, text.stderr);
    assert.match(text.stdout, /^<stdin>:4:\d+ error .*\[drafting\/number-mismatch\]$/m);
    const named = await runCli(['-', '--stdin-filename', 'deal/msa.txt'], { input: fenced });
    assert.equal(named.code, 1, 'a .txt name reads it as plain text');
    assert.match(named.stdout, /^deal\/msa\.txt:4:\d+ error .*\[drafting\/number-mismatch\]$/m);
    assert.match(named.stderr, /^deal\/msa\.txt: checklist/m);
  });

  it('refuses --stdin-format without "-" and an unknown format', async () => {
    const without = await runCli(['--stdin-format', 'text', fixture('clean-msa.md')]);
    assert.equal(without.code, 2);
    assert.match(without.stderr, /add "-" to the files/);
    const unknown = await runCli(['--stdin-format', 'docx', '-'], { input: 'x' });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--stdin-format must be one of markdown, text/);
  });

  it('reviews files and standard input together, in command-line order', async () => {
    const run = await runCli(['--format', 'json', '--fail-on', 'never', fixture('clean-msa.md'), '-', fixture('renewal-msa.md')], { input: draft('number-mismatch.txt') });
    assert.equal(run.code, 0, run.stderr);
    const output = JSON.parse(run.stdout) as JsonOutput;
    assert.deepEqual(output.files.map((f) => f.path), [fixture('clean-msa.md'), '<stdin>', fixture('renewal-msa.md')]);
    assert.ok(output.files[1].findings.some((f) => f.ruleId === 'drafting/number-mismatch'));
  });

  it('reads a Markdown file by its extension, case-insensitively, and anything else as plain text', async () => {
    writeFileSync(join(dir, 'A.MARKDOWN'), '# Title\n');
    writeFileSync(join(dir, 'b.rst'), 'Title\n');
    const run = await runCli(['--format', 'json', 'A.MARKDOWN', 'b.rst'], { cwd: dir });
    const output = JSON.parse(run.stdout) as JsonOutput;
    assert.deepEqual(output.files.map((f) => f.format), ['markdown', 'plaintext']);
  });

  it('gives a UTF-16 draft with a byte-order mark the same findings as its UTF-8 copy', async () => {
    const text = draft('number-mismatch.txt').toString('utf8');
    writeFileSync(join(dir, 'utf8.txt'), text);
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const run = await runCli(['--format', 'json', 'utf8.txt', 'utf16.txt'], { cwd: dir });
    const [utf8, utf16] = (JSON.parse(run.stdout) as JsonOutput).files;
    assert.ok(utf8.findings.length > 0, 'the draft has findings to compare');
    assert.deepEqual(utf16.findings, utf8.findings);
  });

  it('reviews a file with invalid UTF-8 and warns about it on stderr', async () => {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Fees: '), Buffer.from([0xa3]), Buffer.from('5,000 within thirty (60) days.\n')]));
    const run = await runCli(['latin1.txt'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /^contract-review: warning: latin1\.txt: it is not valid UTF-8/m);
    assert.match(run.stdout, /^latin1\.txt:1:\d+ error .*\[drafting\/number-mismatch\]$/m);
  });

  it('reviews an empty file without findings', async () => {
    writeFileSync(join(dir, 'empty.md'), '');
    const run = await runCli(['empty.md'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /in 1 file\n$/);
  });
});
