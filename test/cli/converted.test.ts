import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blocksFromMarkdown, makeDocx, makePdf } from '../unit/convert/makeFiles';
import { assertCliBuilt, REPO_ROOT, runCli } from './runCli';

// Word and PDF drafts through the built CLI: converted by server/out/convert.js, which
// the CLI bundle loads only for them.

const SAMPLE = readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'samples', 'ccaas-msa.md'), 'utf8');

interface JsonFile { path: string; format: string; converted?: { from: string; notes: string[]; rendering: string }; findings: { ruleId: string; location?: string | null }[] }

describe('cli: Word and PDF drafts', function () {
  this.timeout(60_000);
  before(assertCliBuilt);
  let dir = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cr-converted-'));
    writeFileSync(join(dir, 'msa.md'), SAMPLE);
    writeFileSync(join(dir, 'msa.docx'), await makeDocx(blocksFromMarkdown(SAMPLE)));
    writeFileSync(join(dir, 'msa.pdf'), await makePdf(SAMPLE, { pageSize: [300, 420], header: 'Draft for discussion', footer: 'Page {page}' }));
    writeFileSync(join(dir, 'redline.docx'), await makeDocx([{ kind: 'paragraph', runs: ['Invoices are due within ', { deleted: 'sixty (60)' }, { inserted: 'thirty (30)' }, ' days.'] }]));
    writeFileSync(join(dir, 'broken.pdf'), '%PDF-1.4\nnot a pdf at all\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the same findings for the .docx and .pdf as for the Markdown, each with its page or section', async () => {
    const strip = (stdout: string): string[] => stdout.trim().split('\n').map((line) => line.replace(/^\S+ /, '').replace(/^(\w+) \([^)]*\) /, '$1 ')).sort();
    const md = await runCli(['msa.md'], { cwd: dir });
    const docx = await runCli(['msa.docx'], { cwd: dir });
    const pdf = await runCli(['msa.pdf'], { cwd: dir });
    assert.equal(docx.code, md.code, docx.stderr);
    assert.equal(pdf.code, md.code, pdf.stderr);
    assert.deepEqual(strip(docx.stdout), strip(md.stdout));
    assert.deepEqual(strip(pdf.stdout), strip(md.stdout));
    assert.match(pdf.stdout, /^msa\.pdf:\d+:\d+ warning \(page \d+\) Renews automatically .*\[renewal\/long-renewal-term\]$/m);
    assert.match(docx.stdout, /^msa\.docx:\d+:\d+ warning \(3 Term and Termination\) Renews automatically .*\[renewal\/long-renewal-term\]$/m);
  });

  it('puts the rendering, the notes and each finding\'s location in the JSON', async () => {
    const run = await runCli(['--format', 'json', '--fail-on', 'never', 'msa.pdf', 'redline.docx'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const [pdf, redline] = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    assert.equal(pdf.converted?.from, 'pdf');
    assert.match(pdf.converted?.rendering ?? '', /<!-- page 2 -->/);
    assert.ok(pdf.findings.length > 0 && pdf.findings.every((f) => /^page \d+$/.test(f.location ?? '')));
    assert.deepEqual(redline.converted?.notes, ['The Word file has 2 tracked changes; the review reads the text as if every change were accepted.']);
    assert.match(run.stderr, /redline\.docx: The Word file has 2 tracked changes/);
  });

  it('refuses a damaged file with one message and exit status 2', async () => {
    const run = await runCli(['msa.md', 'broken.pdf'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.deepEqual(run.stderr.trim().split('\n').filter((l) => l.includes('broken.pdf')), ['contract-review: cannot review broken.pdf: the file is not a readable PDF: it may be damaged, or another format renamed to .pdf']);
  });
});
