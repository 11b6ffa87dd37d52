import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { review } from '../../../server/src/engine/review';
import { buildMemo } from '../../../server/src/report/memo/model';
import { memoToMarkdown } from '../../../server/src/report/memo/markdown';
import { memoToHtml } from '../../../server/src/report/memo/html';
import { memoToDocx } from '../../../server/src/report/memo/docx';
import { listZipEntries } from '../package/zipEntries';

const ROOT = join(__dirname, '..', '..', '..');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'samples', 'ccaas-msa.md');
const GOLDEN = join(ROOT, 'test', 'fixtures', 'memo', 'ccaas-msa.memo.md');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function sampleMemo() {
  return buildMemo(review(readFileSync(SAMPLE, 'utf8')), 'ccaas-msa.md');
}

describe('review memo', () => {
  it('matches the golden Markdown memo of the sample draft (UPDATE_GOLDEN=1 rewrites it)', () => {
    const markdown = memoToMarkdown(sampleMemo());
    if (UPDATE) writeFileSync(GOLDEN, markdown);
    assert.equal(markdown, readFileSync(GOLDEN, 'utf8'));
  });

  it('numbers every finding and links each checklist item to its findings', () => {
    const memo = sampleMemo();
    assert.deepEqual(memo.findings.map((f) => f.number), memo.findings.map((_, i) => i + 1));
    const referenced = new Set(memo.checklist.flatMap((family) => family.items.flatMap((item) => item.findingNumbers)));
    for (const finding of memo.findings) assert.ok(referenced.has(finding.number), `finding ${finding.number} (${finding.ruleId}) sits under a checklist item`);
    assert.deepEqual(memo.checklist.map((f) => f.label), ['SLA', 'Renewal', 'Data protection', 'Exit', 'Commercial', 'Drafting']);
  });

  it('quotes the clause, says why it matters and what to ask for', () => {
    const renewal = sampleMemo().findings.find((f) => f.ruleId === 'renewal/long-notice-period');
    assert.ok(renewal);
    assert.match(renewal.quote, /non-renewal/i);
    assert.match(renewal.where, /^clause \d/);
    assert.ok(renewal.why.length > 20 && renewal.askFor.length > 10);
    assert.ok(renewal.suggestedWording, 'the notice finding has a fix to suggest');
  });

  it('shows draft text as written: Markdown and HTML in a clause are escaped', () => {
    const draft = [
      '# Order <script>alert(1)</script> Form',
      '',
      '1.1 Customer shall pay within thirty (60) days **or else** <img src=x onerror=alert(1)> [link](http://example.invalid).',
      '',
    ].join('\n');
    const memo = buildMemo(review(draft), 'order.md');
    const html = memoToHtml(memo);
    assert.doesNotMatch(html, /<script|<img|<a href="http/);
    assert.match(html, /&lt;img src=x/);
    const markdown = memoToMarkdown(memo);
    assert.match(markdown, /\\\*\\\*or else\\\*\\\*/);
  });

  it('writes the same memo as a Word document', async () => {
    const bytes = await memoToDocx(sampleMemo());
    const file = join(mkdtempSync(join(tmpdir(), 'memo-')), 'memo.docx');
    writeFileSync(file, bytes);
    const names = listZipEntries(file).map((e) => e.name);
    assert.ok(names.includes('word/document.xml'), `entries: ${names.join(', ')}`);
    assert.ok(names.includes('[Content_Types].xml'));
  });
});
