import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs } from '../../server/src/cli/args';
import { assertCliBuilt, fixture, REPO_ROOT, runCli } from './runCli';

// The end-to-end suite compares the editor's memo with this golden file; checking it here
// too means a change to the memo fails npm test, not only the slower editor run.
// UPDATE_GOLDEN=1 rewrites it from the CLI (review the diff before committing).
const E2E_WORKSPACE = join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'workspace');
const E2E_GOLDEN = join(REPO_ROOT, 'test', 'e2e', 'golden', 'renewal-msa.review.md');

describe('cli: review memo and checklist', function () {
  before(assertCliBuilt);

  it('prints the Markdown memo with --format markdown', async () => {
    const run = await runCli(['--format', 'markdown', fixture('renewal-msa.md')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# Review memo: /);
    assert.match(run.stdout, /\n## Checklist\n[\s\S]*\n## Findings\n[\s\S]*\n## Key terms\n/);
    assert.match(run.stdout, /renewal\/long-renewal-term/);
  });

  it("prints the memo the editor's end-to-end golden file has", async () => {
    const run = await runCli(['--format', 'markdown', 'renewal-msa.md'], { cwd: E2E_WORKSPACE });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(E2E_GOLDEN, run.stdout);
    assert.equal(run.stdout, readFileSync(E2E_GOLDEN, 'utf8'));
  });

  it('prints the same memo as HTML with --format html', async () => {
    const markdown = await runCli(['--format', 'markdown', fixture('renewal-msa.md')]);
    const html = await runCli(['--format', 'html', fixture('renewal-msa.md')]);
    assert.match(html.stdout, /^<!DOCTYPE html>/);
    const headings = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1].replace(/\\(.)/g, '$1'));
    assert.deepEqual(headings(html.stdout, /<h3>\d+\. ([^<]*)<\/h3>/g), headings(markdown.stdout, /^### \d+\. (.*)$/gm));
  });

  it('writes a Word memo with --output FILE.docx', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cli-memo-')), 'memo.docx');
    const run = await runCli(['--output', out, fixture('renewal-msa.md')]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.ok(existsSync(out));
    assert.equal(readFileSync(out).subarray(0, 2).toString('latin1'), 'PK');
  });

  it('refuses a memo of several drafts, and JSON into a .docx', () => {
    assert.equal(parseCliArgs(['--format', 'markdown', 'a.md', 'b.md']).kind, 'usage-error');
    assert.equal(parseCliArgs(['--format', 'json', '-o', 'memo.docx', 'a.md']).kind, 'usage-error');
    assert.deepEqual(parseCliArgs(['-o', 'memo.docx', 'a.md']), {
      kind: 'review', format: 'text', failOn: 'error', playbookPath: null, outputPath: 'memo.docx', strictPlaybook: false,
      stdin: { format: 'markdown', filename: null }, files: ['a.md'],
    });
  });

  it('prints the checklist with the text format, grouped by family', async () => {
    const run = await runCli([fixture('renewal-msa.md')]);
    assert.match(run.stderr, /renewal-msa\.md: checklist: \d+ /);
    assert.match(run.stderr, /\n {2}Renewal\n {4}\[(weak|missing)\] +Auto-renewal term: /);
  });
});
