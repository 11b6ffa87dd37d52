import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCliArgs } from '../../server/src/cli/args';
import { assertCliBuilt, fixture, runCli } from './runCli';

describe('cli: review memo and checklist', function () {
  before(assertCliBuilt);

  it('prints the Markdown memo with --format markdown', async () => {
    const run = await runCli(['--format', 'markdown', fixture('renewal-msa.md')]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^# Review memo: /);
    assert.match(run.stdout, /\n## Checklist\n[\s\S]*\n## Findings\n[\s\S]*\n## Key terms\n/);
    assert.match(run.stdout, /renewal\/long-renewal-term/);
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
